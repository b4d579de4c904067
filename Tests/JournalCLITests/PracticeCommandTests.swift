import Foundation
import Testing

@Suite struct PracticeCommandTests {
    static let formats = ["markdown", "text", "json", "anki"]

    @Test(arguments: formats)
    func exampleJournalGolden(_ format: String) throws {
        let result = try JournalRunner.run(["practice", "--journal", JournalRunner.exampleJournal, "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try Golden.check(result.stdout, Golden.name("practice-example", format))
    }

    @Test(arguments: formats)
    func fixtureJournalGolden(_ format: String) throws {
        let result = try JournalRunner.run(["practice", "-C", JournalRunner.practiceJournal, "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try Golden.check(result.stdout, Golden.name("practice-fixture", format))
    }

    @Test func fixtureMergesWordingsAndDifficultAnswers() throws {
        let result = try JournalRunner.run(["practice", "-C", JournalRunner.practiceJournal, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let questions = try #require(object?["questions"] as? [[String: Any]])
        #expect(Set(questions.flatMap { $0.keys }) == ["text", "count", "companies", "difficult", "notes", "tags", "last_asked", "sources"])
        let manager = try #require(questions.first { ($0["text"] as? String)?.contains("disagreed") == true })
        #expect(manager["text"] as? String == "Tell me about a time you disagreed with your manager.")
        #expect(manager["count"] as? Int == 3)
        #expect(manager["companies"] as? [String] == ["Contoso", "Northwind"])
        #expect((manager["sources"] as? [Any])?.count == 3)
        let consistency = try #require(questions.first { $0["text"] as? String == "Explain eventual consistency." })
        #expect(consistency["difficult"] as? Bool == true)
        #expect(consistency["notes"] as? [String] == ["I mixed it up with strong consistency; use the shopping-cart example."])
        #expect(!result.stdout.contains("What does the data team work on"))
    }

    @Test func difficultOnlyAndLimit() throws {
        let result = try JournalRunner.run(["practice", "-C", JournalRunner.exampleJournal, "--format", "text", "--difficult-only", "--limit", "2"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Practice questions: Showing 2 of 20 questions from 8 interviews, all of them difficult.\n\n 1. How would you shard a write-heavy table?\n"))
        #expect(result.stdout.contains("\n 2. Explain how a Kubernetes rolling update works.\n"))
        #expect(!result.stdout.contains(" 3. "))
    }

    @Test func filtersApply() throws {
        let result = try JournalRunner.run(["practice", "-C", JournalRunner.practiceJournal, "--format", "json", "--company", "contoso"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let questions = try #require(object?["questions"] as? [[String: Any]])
        #expect(questions.allSatisfy { $0["companies"] as? [String] == ["Contoso"] })
        #expect(questions.count == 3)
    }

    @Test func limitMustBePositive() throws {
        let result = try JournalRunner.run(["practice", "-C", JournalRunner.exampleJournal, "--limit", "0"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--limit must be at least 1, but it is 0."))
    }

    @Test func emptyJournalSaysSo() throws {
        let dir = try TemporaryDirectory()
        let text = try JournalRunner.run(["practice", "-C", dir.path, "--format", "text"])
        #expect(text.status == 0)
        #expect(text.stdout == "No interviews found (none match the filters, or the journal is empty).\n")
        let json = try JournalRunner.run(["practice", "-C", dir.path, "--format", "json"])
        #expect(json.stdout == "{\n  \"questions\" : [\n\n  ]\n}\n")
        try dir.write("a.md", "---\ncompany: A\ndate: 2026-01-02\n---\n# Notes\n")
        let none = try JournalRunner.run(["practice", "-C", dir.path, "--format", "markdown"])
        #expect(none.stdout == "# Practice questions\n\nNo questions found in 1 interview; list the questions you were asked under a \"Questions\" heading.\n")
    }

    @Test func colourOnlyWhenAskedOrOnATerminal() throws {
        let plain = try JournalRunner.run(["practice", "-C", JournalRunner.exampleJournal, "--format", "text"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let coloured = try JournalRunner.run(["practice", "-C", JournalRunner.exampleJournal, "--format", "text", "--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[31m\u{1B}[1mdifficult\u{1B}[0m\u{1B}[0m"))
        let stripped = coloured.stdout.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        #expect(stripped == plain.stdout)
    }

    @Test func sameBytesEveryRun() throws {
        let a = try JournalRunner.run(["practice", "-C", JournalRunner.exampleJournal, "--format", "anki"])
        let b = try JournalRunner.run(["practice", "-C", JournalRunner.exampleJournal, "--format", "anki"])
        #expect(a.stdout == b.stdout)
    }
}
