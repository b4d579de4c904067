import Foundation
import Testing

/// `journal check` on a folder of broken files, compared line by line with a golden file.
@Suite struct CheckGoldenTests {
    /// Each file of the broken journal: its name and its bytes.
    static let brokenFiles: [(String, [UInt8])] = [
        ("bad-date.md", Array("---\ncompany: Acme\nrole: Engineer\ndate: 2026-13-45\n---\n# Acme\n".utf8)),
        ("bad-day.md", Array("---\ncompany: Acme\ndate: 2026-02-30\ndecision_by: 2026-1-5\n---\n".utf8)),
        ("unclosed.md", Array("---\ncompany: Globex\ndate: 2026-11-02\n\n# Globex\n".utf8)),
        ("yaml-syntax.md", Array("---\ncompany: Initech\nrole: \"Backend\ndate: 2026-11-10\n---\n".utf8)),
        ("yaml-indent.md", Array("---\ncompany: Initech\n  role: Backend\n---\n".utf8)),
        ("wrong-types.md", Array("---\ncompany: [Acme, Globex]\ndate: 2026-11-02\nfit: high\nround: two\ninterviewers:\n  - title: CTO\nfollow_ups: {a: 1}\n---\n".utf8)),
        ("unknown-values.md", Array("---\ncompany: Umbrella\ndate: 2026-11-06\nstage: lunch\noutcome: maybe\ncompnay: typo\n---\n".utf8)),
        ("list-front-matter.md", Array("---\n- company\n- Acme\n---\n# Acme, 2026-11-01\n".utf8)),
        ("toml-error.md", Array("+++\ncompany = Hooli\n+++\n".utf8)),
        ("no-date.md", Array("---\ncompany: Hooli\n---\n## Questions\n- Why Hooli?\n- \n".utf8)),
        ("bad-due.md", Array("---\ncompany: Hooli\ndate: 2026-11-12\n---\n## Next steps\n- [ ] Call back 📅 2026-11-31\n".utf8)),
        ("empty.md", []),
        ("utf16.md", [0xFF, 0xFE] + "# Hi\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("invalid-utf8.md", Array("---\ncompany: Pied Piper\ndate: 2026-11-20\n---\nCaf".utf8) + [0xE9] + Array(" notes\n".utf8)),
        ("binary.md", [0x89, 0x50, 0x4E, 0x47] + Array(repeating: 0, count: 40)),
        ("good/2026-11-18-acme.md", Array("---\ncompany: Acme\ndate: 2026-11-18\n---\n## Questions\n- Why Acme?\n".utf8)),
        ("good/notes.md", Array("# Hooli, 2026-11-12\n# Round 1\n- Reverse a list\n".utf8)),
    ]

    static func makeBrokenJournal() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        for (name, bytes) in brokenFiles {
            let path = (dir.path as NSString).appendingPathComponent(name)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
        }
        return dir
    }

    @Test func brokenJournalText() throws {
        let dir = try Self.makeBrokenJournal()
        let result = try JournalRunner.run(["check", "--verbose", "--journal", dir.path])
        #expect(result.status == 1)
        try Golden.check(result.stdout, "check-broken.txt")
    }

    @Test func brokenJournalJSON() throws {
        let dir = try Self.makeBrokenJournal()
        let result = try JournalRunner.run(["check", "--format", "json", "--journal", dir.path])
        #expect(result.status == 1)
        try Golden.check(result.stdout, "check-broken.json")
    }

    @Test func oneGoodFilePassesAndStrictCountsWarnings() throws {
        let dir = try Self.makeBrokenJournal()
        let good = try JournalRunner.run(["check", "good/2026-11-18-acme.md"], cwd: dir.path)
        #expect(good.status == 0)
        #expect(good.stdout == "1 entry checked: no problems.\n")
        let warned = try JournalRunner.run(["check", "--journal", dir.path, "unknown-values.md"])
        #expect(warned.status == 0)
        let strict = try JournalRunner.run(["check", "--strict", "--journal", dir.path, "unknown-values.md"])
        #expect(strict.status == 1)
        #expect(strict.stdout == warned.stdout)
    }

    @Test func missingFileIsAUsageError() throws {
        let dir = try Self.makeBrokenJournal()
        let result = try JournalRunner.run(["check", "nope.md"], cwd: dir.path)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: No such file: nope.md"))
    }

    @Test func journalRootFromEnvironmentAndFromDotJournal() throws {
        let dir = try Self.makeBrokenJournal()
        try FileManager.default.createDirectory(atPath: dir.path + "/good/.journal", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: dir.path + "/good/sub", withIntermediateDirectories: true)
        let fromAncestor = try JournalRunner.run(["check"], cwd: dir.path + "/good/sub")
        #expect(fromAncestor.stdout == "2 entries checked: no problems; 2 notes on inferred values (see them with --verbose).\n")
        let fromEnv = try JournalRunner.run(["check"], cwd: "/", environment: ["JOURNAL_DIR": dir.path + "/good"])
        #expect(fromEnv.stdout == fromAncestor.stdout)
    }

    @Test func colourOnlyWhenAsked() throws {
        let dir = try Self.makeBrokenJournal()
        let plain = try JournalRunner.run(["check", "--journal", dir.path, "bad-date.md"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let colored = try JournalRunner.run(["check", "--color", "always", "--journal", dir.path, "bad-date.md"])
        #expect(colored.stdout.contains("\u{1B}[31m"))
    }
}

/// Real notes from public repositories: every file is read, none crashes the tool.
@Suite struct RealWorldCorpusTests {
    static let corpus = JournalRunner.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/real-world").path

    @Test func everyFileIsReadWithoutACrash() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus) else {
            print("skipped: \(Self.corpus) is absent (it ships with the project's shared/ folder)")
            return
        }
        let result = try JournalRunner.run(["check", "--format", "json", "--journal", Self.corpus])
        #expect(result.status == 0 || result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entries = try #require(json["entries"] as? Int)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus).filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }
        #expect(entries == files.count)
        let export = try JournalRunner.run(["export", "--journal", Self.corpus])
        #expect(export.status == 0)
        let entriesJSON = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any])
        let list = try #require(entriesJSON["entries"] as? [[String: Any]])
        let questions = Dictionary(uniqueKeysWithValues: list.map { ($0["path"] as! String, ($0["questions"] as! [Any]).count) })
        // Interview-experience files with round headings yield their questions.
        #expect(questions["006-kotakbank-notes.md"] == 14)
        #expect(questions["016-zwsoft-cpp-mianjing-zh.md"] == 18)
        #expect((questions["014-ciena-hybrid.md"] ?? 0) >= 4)
        #expect((questions["040-vedasava-selected.md"] ?? 0) >= 2)
    }
}
