import Foundation
import Testing

@Suite struct ListCommandTests {
    @Test(arguments: ["table", "json", "csv"])
    func exampleJournalGolden(_ format: String) throws {
        let result = try JournalRunner.run(["list", "--journal", JournalRunner.exampleJournal, "--format", format])
        #expect(result.status == 0)
        try Golden.check(result.stdout, Golden.name("list-example", format))
    }

    @Test(arguments: ["table", "json", "csv"])
    func fixtureJournalGolden(_ format: String) throws {
        let result = try JournalRunner.run(["list", "-C", JournalRunner.practiceJournal, "--format", format])
        #expect(result.status == 0)
        try Golden.check(result.stdout, Golden.name("list-fixture", format))
    }

    @Test func filtersAndEmptyResult() throws {
        let some = try JournalRunner.run(["list", "-C", JournalRunner.exampleJournal, "--outcome", "pending", "--format", "csv"])
        // An entry without an outcome counts as pending (hooli/notes.md).
        #expect(some.stdout.split(separator: "\n").count == 1 + 4)
        let none = try JournalRunner.run(["list", "-C", JournalRunner.exampleJournal, "--company", "nobody"])
        #expect(none.status == 0)
        #expect(none.stdout == "No interviews found (none match the filters, or the journal is empty).\n")
    }

    @Test func undatedEntriesComeLastWithNullDate() throws {
        let dir = try TemporaryDirectory()
        try dir.write("acme/notes.md", "# Acme\n\n## Questions\n- Why Acme?\n")
        try dir.write("2026-01-05-globex.md", "# Globex\n")
        let result = try JournalRunner.run(["list", "-C", dir.path, "--format", "csv"])
        #expect(result.stdout == "date,company,role,stage,outcome,questions,open_steps,path\n2026-01-05,Globex,,,,0,0,2026-01-05-globex.md\n,Acme,,,,1,0,acme/notes.md\n")
        let json = try JournalRunner.run(["list", "-C", dir.path, "--format", "json"])
        #expect(json.stdout.contains("\"date\" : null"))
    }
}
