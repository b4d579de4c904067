import Foundation
import Testing

/// Hostile files in a journal, through the binary: each is reported where it is, and the
/// rest of the journal is read as if it were not there.
@Suite struct HostileJournalTests {
    static let good = [
        ("2026-11-18-acme.md", "---\ncompany: Acme\ndate: 2026-11-18\n---\n## Questions\n- Why Acme?\n"),
        ("hooli/2026-11-12-onsite.md", "---\ncompany: Hooli\ndate: 2026-11-12\n---\n## Questions\n- Design a feed. #system-design\n"),
    ]

    static func makeJournal(_ extra: [(String, [UInt8])]) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        for (name, text) in good { try dir.write(name, text) }
        for (name, bytes) in extra {
            let path = (dir.path as NSString).appendingPathComponent(name)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        }
        return dir
    }

    @Test func invalidUTF8IsReportedWithItsOffsetAndTheOtherEntriesAreUnaffected() throws {
        let bad = Array("---\ncompany: Initech\ndate: 2026-11-10\n---\n## Questions\n- Caf".utf8) + [0xE9, 0x80] + Array(" or tea?\n".utf8)
        let dir = try Self.makeJournal([("2026-11-10-initech.md", bad)])
        let check = try JournalRunner.run(["check", "--journal", dir.path])
        #expect(check.status == 1)
        #expect(check.stdout == """
            2026-11-10-initech.md:6:6: error: invalid UTF-8 at byte offset 60; the bad bytes are read as \u{FFFD}. Re-save the file as UTF-8 (see docs/format.md#files)
            3 entries checked: 1 error, 0 warnings; 1 note on inferred values (see them with --verbose).

            """)
        // Every entry is listed, the bad one with what could be read.
        let list = try JournalRunner.run(["list", "--format", "csv", "--journal", dir.path])
        #expect(list.status == 0)
        #expect(list.stderr == "journal: 1 error in 1 file (those parts are left out); run `journal check` to see them.\n")
        let rows = list.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
        #expect(rows == ["2026-11-10,Initech", "2026-11-12,Hooli", "2026-11-18,Acme"])
    }

    @Test func everyKindOfBrokenFileAtOnce() throws {
        let utf16 = [UInt8]([0xFF, 0xFE]) + "# Hi\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let dir = try Self.makeJournal([
            ("empty.md", []),
            ("utf16.md", utf16),
            ("binary.md", [0x89, 0x50, 0x4E, 0x47] + Array(repeating: 0, count: 64)),
            ("quotes.md", Array(("# Quotes, 2026-11-01\n" + String(repeating: "> ", count: 50_000) + "deep\n").utf8)),
            ("toml.md", Array(("+++\ntags = " + String(repeating: "[", count: 1_000) + "\n+++\n# TOML, 2026-11-02\n").utf8)),
        ])
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/loop.md", withDestinationPath: "loop.md")
        let check = try JournalRunner.run(["check", "--journal", dir.path])
        #expect(check.status == 1)
        #expect(check.stdout == """
            binary.md:1:1: error: this file looks binary (it contains NUL bytes), not Markdown text; move it out of the journal or add it to .journalignore (see docs/format.md#files)
            empty.md:1:1: warning: no interview date found; add `date: YYYY-MM-DD` to the front-matter or put the date in the file name (see docs/format.md#dates)
            empty.md:1:1: warning: this file is empty; write down the interview while it is fresh, or delete the file (see docs/format.md#when-something-is-missing)
            loop.md:1:1: warning: this symbolic link loops (it leads back to itself through other links); it is skipped (see docs/format.md#files)
            quotes.md:2:1: warning: blocks are nested more than 48 levels deep here; text below that depth is not read (see docs/format.md#sections)
            toml.md:2:72: error: TOML syntax error: arrays and tables are nested more than 64 levels deep here; the front-matter is ignored until this is fixed (see docs/format.md#front-matter)
            utf16.md:1:1: error: this file is UTF-16 text, not UTF-8; save it as UTF-8 (most editors offer "UTF-8" in Save As) so journal can read it (see docs/format.md#files)
            5 entries checked: 3 errors, 4 warnings; 6 notes on inferred values (see them with --verbose).

            """)
        let list = try JournalRunner.run(["list", "--format", "csv", "--journal", dir.path])
        #expect(list.stdout.contains("2026-11-18,Acme"))
        #expect(list.stdout.contains("2026-11-12,Hooli"))
    }

    @Test func twoHundredMegabyteFileIsRefusedAndTheLimitIsConfigurable() throws {
        let dir = try Self.makeJournal([])
        let huge = (dir.path as NSString).appendingPathComponent("huge.md")
        #expect(FileManager.default.createFile(atPath: huge, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: huge))
        try handle.truncate(atOffset: 200 << 20)
        try handle.close()
        let check = try JournalRunner.run(["check", "--journal", dir.path])
        #expect(check.status == 1)
        #expect(check.stdout == """
            huge.md:1:1: error: this file is 200 MB, more than the limit of 8 MB for one entry; split it, or raise max_file_size in .journal/config.yml (see docs/format.md#files)
            2 entries checked: 1 error, 0 warnings; 1 note on inferred values (see them with --verbose).

            """)
        try dir.write(".journal/config.yml", "max_file_size: 1KB\n")
        let limited = try JournalRunner.run(["check", "--journal", dir.path, "hooli/2026-11-12-onsite.md", "huge.md"])
        #expect(limited.stdout == """
            hooli/2026-11-12-onsite.md:1:1: note: the stage 'onsite' comes from 'onsite' in the file name; state it with `stage: onsite` in the front-matter (see docs/format.md#when-something-is-missing)
            huge.md:1:1: error: this file is 200 MB, more than the limit of 1 KB for one entry; split it, or raise max_file_size in .journal/config.yml (see docs/format.md#files)
            1 entry checked: 1 error, 0 warnings.

            """)
    }
}
