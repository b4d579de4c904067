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

    @Test(arguments: ["table", "json", "csv"])
    func oneLinePerApplicationGolden(_ format: String) throws {
        let result = try JournalRunner.run(["list", "--applications", "-C", JournalRunner.exampleJournal, "--format", format])
        #expect(result.status == 0)
        try Golden.check(result.stdout, Golden.name("list-applications-example", format))
    }

    @Test func oneApplicationWhateverTheSpellingAsInTheReport() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a.md", "---\ncompany: Acme Corp\nrole: Backend\ndate: 2026-11-02\nstage: phone-screen\n---\n")
        try dir.write("b.md", "---\ncompany: Acme Corp.\ndate: 2026-11-09\nstage: onsite\n---\n## Next steps\n- [ ] Send the slides\n")
        try dir.write("c.md", "---\ncompany: Acme\napplication: data team\nrole: Data\ndate: 2026-11-10\n---\n")
        let list = try JournalRunner.run(["list", "--applications", "-C", dir.path, "--format", "csv"])
        #expect(list.stdout == """
            company,role,stage,outcome,interviews,last_interview,open_steps,notes
            Acme,Data,,pending,1,2026-11-10,0,c.md
            Acme Corp.,Backend,onsite,pending,2,2026-11-09,1,a.md;b.md

            """)
        let report = try JournalRunner.run(["report", "-C", dir.path, "--format", "json", "--today", "2026-11-23"])
        let pipeline = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])["pipeline"] as? [[String: Any]]
        #expect(pipeline?.count == 2)
        #expect(Set(pipeline?.compactMap { $0["company"] as? String } ?? []) == ["Acme", "Acme Corp."])
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
