import Foundation
import Testing

/// `formats:` in `.journal/config.yml` is read by every command that config validation
/// accepts it for (issue 17: `list` and `due` used to ignore theirs).
@Suite struct ConfiguredFormatTests {
    static func journal(formats: String) throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write(".journal/config.yml", "formats:\n\(formats)")
        try dir.write("2026-11-18-acme-onsite.md", "---\ncompany: Acme Corp\ndate: 2026-11-18\nstage: onsite\n---\n\n## Questions\n- Why Acme?\n")
        return dir
    }

    @Test func listAndDueHonourTheirConfiguredFormat() throws {
        let dir = try Self.journal(formats: "  list: csv\n  due: json\n")
        let list = try JournalRunner.run(["list", "-C", dir.path])
        let csv = try JournalRunner.run(["list", "-C", dir.path, "--format", "csv"])
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout == csv.stdout)
        #expect(list.stdout.hasPrefix("date,company,role,stage,outcome,questions,open_steps,path\n"))

        let due = try JournalRunner.run(["due", "-C", dir.path, "--today", "2026-11-20"])
        let json = try JournalRunner.run(["due", "-C", dir.path, "--today", "2026-11-20", "--format", "json"])
        #expect(due.status == 0, "\(due.stderr)")
        #expect(due.stdout == json.stdout)
        #expect(due.stdout.hasPrefix("{"))
    }

    @Test func theOptionWinsOverTheConfiguration() throws {
        let dir = try Self.journal(formats: "  list: csv\n")
        let table = try JournalRunner.run(["list", "-C", dir.path, "--format", "table"])
        #expect(!table.stdout.hasPrefix("date,company"))
    }

    @Test func anOutputFileExtensionWinsOverTheConfiguration() throws {
        let dir = try Self.journal(formats: "  list: table\n")
        let out = (dir.path as NSString).appendingPathComponent("out/list.csv")
        try FileManager.default.createDirectory(atPath: (out as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let result = try JournalRunner.run(["list", "-C", dir.path, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("date,company,role"))
    }

    @Test func aFormatTheCommandDoesNotHaveIsAConfigError() throws {
        let dir = try Self.journal(formats: "  due: csv\n")
        let result = try JournalRunner.run(["check", "-C", dir.path])
        #expect(result.status == 1)
        #expect(result.stdout == ".journal/config.yml:2:8: error: 'csv' is not a format of 'due'; use one of text, json, ics (see docs/format.md#configuration)\n1 entry checked: 1 error, 0 warnings.\n")
    }
}
