import Foundation
import Testing
@testable import JournalKit

/// Diagnostics of a journal as `path:line:col: severity: message`, notes left out.
func messages(_ journal: Journal) -> [String] {
    journal.diagnostics.filter { $0.severity != .note }.map {
        "\($0.location.path):\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)"
    }
}

let goodEntry = "---\ncompany: Acme\ndate: 2026-11-18\n---\n## Questions\n- Why Acme?\n"

/// The file system as an enemy: links, permissions, files that vanish or are huge.
@Suite struct JournalLoadRobustnessTests {
    static let runsAsRoot = geteuid() == 0

    @Test func symbolicLinkLoopsAreReportedAndNotFollowed() throws {
        let journal = try TemporaryDirectory()
        try journal.write("good.md", goodEntry)
        try journal.link("ping.md", to: "pong.md")
        try journal.link("pong.md", to: "ping.md")
        try journal.link("self.md", to: "self.md")
        try journal.link("dangling.md", to: "gone.md")
        try journal.write("sub/inner.md", goodEntry)
        try journal.link("sub/up", to: "..")
        try journal.link("alias.md", to: "good.md")
        let loaded = Journal.load(root: journal.root, options: LoadOptions(threads: 2))
        // alias.md is good.md by another path: one entry per real file.
        #expect(loaded.entries.map(\.path) == ["good.md", "sub/inner.md"])
        #expect(messages(loaded) == [
            "dangling.md:1:1: warning: this symbolic link points to nothing; it is skipped",
            "ping.md:1:1: warning: this symbolic link loops (it leads back to itself through other links); it is skipped",
            "pong.md:1:1: warning: this symbolic link loops (it leads back to itself through other links); it is skipped",
            "self.md:1:1: warning: this symbolic link loops (it leads back to itself through other links); it is skipped",
            "sub/up:1:1: warning: this symbolic link leads back into a folder above it (a loop); it is not followed",
        ])
        // Named on the command line, a looping link is an error of its own.
        let named = Journal.load(root: journal.root, options: LoadOptions(files: ["ping.md"]))
        #expect(messages(named) == ["ping.md:1:1: error: this symbolic link loops (it leads back to itself through other links); it is skipped"])
    }

    @Test(.enabled(if: !runsAsRoot, "root reads every file whatever its permissions; see unreadableFileAsRoot"))
    func unreadableFileIsSkippedWithAnError() throws {
        let journal = try TemporaryDirectory()
        try journal.write("good.md", goodEntry)
        try journal.write("secret.md", goodEntry)
        try journal.write("locked/inner.md", goodEntry)
        #expect(chmod(journal.path("secret.md"), 0) == 0)
        #expect(chmod(journal.path("locked"), 0) == 0)
        defer { _ = chmod(journal.path("locked"), 0o755) }
        let loaded = Journal.load(root: journal.root, options: LoadOptions(threads: 2))
        #expect(loaded.entries.map(\.path) == ["good.md"])
        #expect(messages(loaded) == [
            "locked:1:1: error: this folder cannot be read (permission denied?); its entries are skipped",
            "secret.md:1:1: error: this file cannot be read (permission denied); it is skipped",
        ])
    }

    /// Tests may run as root (in containers), where chmod 000 does not stop reading:
    /// then the file is read like any other, which is what root asked for.
    @Test(.enabled(if: runsAsRoot, "only root can read a chmod 000 file; see unreadableFileIsSkippedWithAnError"))
    func unreadableFileAsRoot() throws {
        let journal = try TemporaryDirectory()
        try journal.write("secret.md", goodEntry)
        #expect(chmod(journal.path("secret.md"), 0) == 0)
        let loaded = Journal.load(root: journal.root)
        #expect(loaded.entries.map(\.path) == ["secret.md"])
        #expect(messages(loaded) == [])
    }

    @Test func fileDeletedAfterListingIsReportedAndTheOthersAreRead() throws {
        let journal = try TemporaryDirectory()
        for name in ["a.md", "b.md", "c.md", "d.md"] { try journal.write(name, goodEntry) }
        let listing = EntryDiscovery.list(root: journal.root)
        #expect(listing.paths == ["a.md", "b.md", "c.md", "d.md"])
        try FileManager.default.removeItem(atPath: journal.path("b.md"))
        let loaded = Journal.load(root: journal.root, options: LoadOptions(files: listing.paths, threads: 2))
        #expect(loaded.entries.map(\.path) == ["a.md", "c.md", "d.md"])
        #expect(messages(loaded) == ["b.md:1:1: error: this file cannot be found (was it deleted or moved?)"])
    }

    @Test func twoHundredMegabyteFileIsRefusedWithoutReadingIt() throws {
        let journal = try TemporaryDirectory()
        try journal.write("good.md", goodEntry)
        try journal.sparse("huge.md", size: 200 << 20)
        let loaded = Journal.load(root: journal.root, options: LoadOptions(threads: 2))
        #expect(loaded.entries.map(\.path) == ["good.md"])
        #expect(messages(loaded) == ["huge.md:1:1: error: this file is 200 MB, more than the limit of 8 MB for one entry; split it, or raise max_file_size in .journal/config.yml"])
    }

    @Test func theSizeLimitComesFromTheConfiguration() throws {
        let journal = try TemporaryDirectory()
        try journal.write(".journal/config.yml", "max_file_size: 500KB\n")
        try journal.write("small.md", goodEntry + String(repeating: "- Another question?\n", count: 20_000))
        try journal.write("large.md", goodEntry + String(repeating: "- Another question?\n", count: 30_000))
        let loaded = Journal.load(root: journal.root, options: LoadOptions(threads: 2))
        #expect(loaded.config.maxFileBytes == 500 << 10)
        #expect(loaded.entries.map(\.path) == ["small.md"])
        #expect(loaded.entries.first?.questions.count == 20_001)
        #expect(messages(loaded) == ["large.md:1:1: error: this file is 586 KB, more than the limit of 500 KB for one entry; split it, or raise max_file_size in .journal/config.yml"])

        #expect(Journal.describeSize(1536) == "1.5 KB")
        #expect(Journal.describeSize(8 << 20) == "8 MB")
        #expect(Journal.describeSize(1023) == "1023 bytes")

        // Raised above the default, a 9 MB file is read (here, as the binary it is).
        try journal.write(".journal/config.yml", "max_file_size: 16MB\n")
        try journal.sparse("large.md", size: 9 << 20)
        let raised = Journal.load(root: journal.root, options: LoadOptions(files: ["large.md"]))
        #expect(messages(raised) == ["large.md:1:1: error: this file looks binary (it contains NUL bytes), not Markdown text; move it out of the journal or add it to .journalignore"])
    }

    @Test func oversizedOrUnreadableConfigurationFallsBackToDefaults() throws {
        let journal = try TemporaryDirectory()
        try journal.write("good.md", goodEntry)
        try journal.sparse(".journal/config.yml", size: 2 << 20)
        let oversized = Journal.load(root: journal.root)
        #expect(oversized.entries.count == 1)
        #expect(messages(oversized) == [".journal/config.yml:1:1: error: the configuration is 2 MB, more than the 1 MB a configuration may have; the defaults are used"])
        try FileManager.default.removeItem(atPath: journal.path(".journal/config.yml"))
        try FileManager.default.createDirectory(atPath: journal.path(".journal/config.yml"), withIntermediateDirectories: true)
        #expect(messages(Journal.load(root: journal.root)) == [".journal/config.yml:1:1: error: the configuration is not a regular file; the defaults are used"])
    }

    /// A pipe named like an entry would block `read` forever: it is never opened.
    @Test func namedPipeIsNotRead() throws {
        let journal = try TemporaryDirectory()
        try journal.write("good.md", goodEntry)
        try #require(mkfifo(journal.path("pipe.md"), 0o644) == 0)
        let listed = Journal.load(root: journal.root)
        #expect(listed.entries.map(\.path) == ["good.md"])
        #expect(messages(listed) == [])
        let named = Journal.load(root: journal.root, options: LoadOptions(files: ["pipe.md", "good.md"]))
        #expect(messages(named) == ["pipe.md:1:1: error: this is not a regular file (a folder, a pipe or a device); it is skipped"])
    }

    /// Entries nested as deep as hostile input goes, and as deep as each reader allows.
    static let deepEntries: [(String, String)] = [
        ("quotes.md", "## Questions\n- Why?\n\n" + String(repeating: "> ", count: 50_000) + "deep\n"),
        ("lists.md", "## Next steps\n" + String(repeating: "- ", count: 3_000) + "deep\n"),
        ("mixed.md", "## Questions\n" + String(repeating: "- > 1. ", count: 1_000) + "deep\n"),
        ("brackets.md", "## Questions\n- " + String(repeating: "*_[`![", count: 20_000) + "\n"),
        ("yaml-flow.md", "---\nextra: " + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "\n---\n"),
        ("yaml-block.md", "---\n" + (0..<63).map { String(repeating: " ", count: $0) + "k:\n" }.joined() + "---\n"),
        ("yaml-too-deep.md", "---\nextra: " + String(repeating: "{a: ", count: 5_000) + "\n---\n"),
        ("yaml-block-too-deep.md", "---\n" + (0..<998).map { String(repeating: " ", count: $0) + "k:\n" }.joined() + "---\n"),
        ("toml.md", "+++\nextra = " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n+++\n"),
        ("toml-too-deep.md", "+++\nextra = " + String(repeating: "[", count: 5_000) + "\n+++\n"),
    ]

    /// Deep nesting on Dispatch worker threads: cmark's tree, our walk, Swift's recursive
    /// destruction of nested blocks, Yams and the TOML reader all stay within their limits.
    @Test func deepNestingOnWorkerThreads() throws {
        let journal = try TemporaryDirectory()
        for (name, text) in Self.deepEntries { try journal.write(name, text) }
        let loaded = Journal.load(root: journal.root, options: LoadOptions(threads: 2))
        #expect(loaded.entries.map(\.path) == Self.deepEntries.map(\.0).sorted())
        let deep = "warning: blocks are nested more than 48 levels deep here; text below that depth is not read"
        #expect(messages(loaded).filter { !$0.contains("no interview date") } == [
            "lists.md:2:1: " + deep,
            "mixed.md:2:1: " + deep,
            "quotes.md:4:1: " + deep,
            "toml-too-deep.md:2:73: error: TOML syntax error: arrays and tables are nested more than 64 levels deep here; the front-matter is ignored until this is fixed",
            "yaml-block-too-deep.md:65:64: error: the YAML is nested too deeply here (more than 64 levels of lists or mappings); the front-matter is ignored until this is fixed",
            "yaml-too-deep.md:2:256: error: the YAML is nested too deeply here (more than 64 levels of lists or mappings); the front-matter is ignored until this is fixed",
        ])
        #expect(loaded.entries.first { $0.path == "quotes.md" }?.questions.map(\.text) == ["Why?"])
    }

    /// The same on a thread with a 512 KB stack, the size of a Dispatch worker thread on
    /// macOS (Linux gives them 8 MB): libyaml's default limit of 1000 levels overflowed it.
    @Test func deepNestingOnA512KilobyteStack() throws {
        for (name, text) in Self.deepEntries {
            let done = DispatchSemaphore(value: 0)
            let thread = Thread {
                _ = EntryReader().read(path: name, bytes: Array(text.utf8))
                done.signal()
            }
            thread.stackSize = 512 << 10
            thread.start()
            done.wait()
        }
    }
}
