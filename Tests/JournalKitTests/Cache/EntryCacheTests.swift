import Foundation
import Testing
@testable import JournalKit

@Suite struct EntryCacheTests {
    static let files: [String: String] = [
        "2026-11-18-acme.md": ExtractionTests.designExample,
        "globex/notes.md": "# Round 1\n- Why Globex? #behavioral\n\n## Next steps\n- [ ] Call back by 2026-11-30\n",
        "bad.md": "---\ndate: 2026-13-45\nsalary: {base: 100, bonus: [1, 2.5, true, null]}\n---\n# Bad\n",
    ]

    static func snapshot(_ journal: Journal) throws -> String {
        try JSONOutput.encode(journal.entries) + journal.diagnostics.map { "\($0.location) \($0.severity) \($0.message)" }.joined(separator: "\n")
    }

    @Test func cachedRunsGiveTheSameResultAsUncachedOnes() throws {
        let journal = try TemporaryDirectory(journal: Self.files)
        let uncached = try Self.snapshot(Journal.load(root: journal.root, options: LoadOptions(threads: 1, useCache: false)))
        // --no-cache does not read the cache, but refreshes it with what it read.
        #expect(FileManager.default.fileExists(atPath: journal.root + "/" + EntryCache.relativePath))
        try FileManager.default.removeItem(atPath: journal.root + "/" + EntryCache.relativePath)
        let cold = try Self.snapshot(Journal.load(root: journal.root, options: LoadOptions(threads: 2)))
        #expect(FileManager.default.fileExists(atPath: journal.root + "/" + EntryCache.relativePath))
        let warm = try Self.snapshot(Journal.load(root: journal.root, options: LoadOptions(threads: 2)))
        #expect(cold == uncached)
        #expect(warm == uncached)
    }

    @Test func warmRunPicksUpModifiedAddedAndDeletedFiles() throws {
        let journal = try TemporaryDirectory(journal: Self.files)
        _ = Journal.load(root: journal.root)
        try journal.write("globex/notes.md", "# Round 1\n- Why Globex, really?\n")
        try journal.write("2026-11-20-initech.md", "---\ncompany: Initech\ndate: 2026-11-20\n---\n## Questions\n- Why Initech?\n")
        try FileManager.default.removeItem(atPath: journal.root + "/bad.md")
        let warm = Journal.load(root: journal.root)
        #expect(warm.entries.map(\.path) == ["2026-11-18-acme.md", "2026-11-20-initech.md", "globex/notes.md"])
        #expect(warm.entries[2].questions.map(\.text) == ["Why Globex, really?"])
        #expect(try Self.snapshot(warm) == (try Self.snapshot(Journal.load(root: journal.root, options: LoadOptions(useCache: false)))))
    }

    @Test func sameSizeEditWithinTheSameSecondIsStillSeen() throws {
        let journal = try TemporaryDirectory(journal: ["a.md": "## Questions\n- Why A?\n"])
        _ = Journal.load(root: journal.root)
        try journal.write("a.md", "## Questions\n- Why B?\n")
        #expect(Journal.load(root: journal.root).entries[0].questions.map(\.text) == ["Why B?"])
    }

    @Test func corruptOrForeignCacheIsIgnoredAndRebuilt() throws {
        let journal = try TemporaryDirectory(journal: Self.files)
        let expected = try Self.snapshot(Journal.load(root: journal.root, options: LoadOptions(useCache: false)))
        _ = Journal.load(root: journal.root)
        let cachePath = journal.root + "/" + EntryCache.relativePath
        var bytes = readWholeFile(cachePath)!
        for variant in 0..<3 {
            var broken = bytes
            switch variant {
            case 0: broken = Array(broken.prefix(broken.count / 2))
            case 1: for i in stride(from: 40, to: broken.count, by: 7) { broken[i] ^= 0x5A }
            default: broken = Array("not a cache at all".utf8)
            }
            FileManager.default.createFile(atPath: cachePath, contents: Data(broken))
            #expect(try Self.snapshot(Journal.load(root: journal.root)) == expected)
            bytes = readWholeFile(cachePath)!
            #expect(bytes.starts(with: Array("JOURNAL-CACHE\n".utf8)))
        }
    }

    @Test func noCacheWithoutADotJournalFolder() throws {
        let journal = try TemporaryDirectory(journal: ["a.md": "# A\n"])
        try FileManager.default.removeItem(atPath: journal.root + "/.journal")
        _ = Journal.load(root: journal.root)
        #expect(!FileManager.default.fileExists(atPath: journal.root + "/.journal"))
    }

}
