import Foundation
import Testing

/// `practice` and `report` with the schedule of `journal drill`: ticks in a regenerated
/// practice.md become reviews, `--due`, `--tag` on questions, the report's practice line.
@Suite struct PracticeDrillTests {
    static func run(_ arguments: [String], _ temp: TemporaryDirectory) throws -> JournalRunner.Output {
        try JournalRunner.run(arguments + ["-C", temp.path, "--color", "never"], environment: ["NO_COLOR": "1"])
    }

    @Test func ticksInARegeneratedPracticeFileSurviveAsReviews() throws {
        let temp = try DrillCommandTests.journal()
        // Outside the journal (inside it, the checklist would be read as an interview).
        let elsewhere = try TemporaryDirectory()
        let file = elsewhere.path + "/practice.md"
        let first = try Self.run(["practice", "-o", file, "--today", "2026-09-21"], temp)
        #expect(first.status == 0, "\(first.stderr)")
        let made = try String(contentsOfFile: file, encoding: .utf8)
        #expect(made.contains("- [ ] **What is the difference between a process and a thread?** — difficult · asked 2× · Contoso, Northwind · last 2026-09-15 <!-- card journal-608ccf60c14b7d08 -->\n"))
        #expect(!made.contains("[x]"))

        // Tick two questions, as a user would in an editor.
        var ticked = made
        for question in ["What is the difference between a process and a thread?", "Explain eventual consistency."] {
            ticked = ticked.replacingOccurrences(of: "- [ ] **\(question)**", with: "- [x] **\(question)**")
        }
        try ticked.write(toFile: file, atomically: true, encoding: .utf8)
        let second = try Self.run(["practice", "-o", file, "--today", "2026-09-21"], temp)
        #expect(second.status == 0)
        #expect(second.stderr == "journal: 2 questions ticked in practice.md recorded as Good reviews on 2026-09-21 (.journal/reviews.tsv).\n")
        #expect(try temp.read(".journal/reviews.tsv") == "2026-09-21\tjournal-608ccf60c14b7d08\t3\n2026-09-21\tjournal-6d69519131d8acbe\t3\n")
        let remade = try String(contentsOfFile: file, encoding: .utf8)
        #expect(remade.contains("- [x] **What is the difference between a process and a thread?** — difficult · asked 2× · Contoso, Northwind · last 2026-09-15 · next review 2026-09-23 <!-- card journal-608ccf60c14b7d08 ticked -->\n"))
        #expect(remade.contains("- [x] **Explain eventual consistency.**"))
        #expect(remade.contains("- [ ] **Tell me about a time you disagreed with your manager.** — asked 3× · Contoso, Northwind · last 2026-09-15 · due for review <!-- card journal-ddd33d1977b2138b -->\n"))

        // Made again: the ticks stay, and nothing is counted twice.
        let third = try Self.run(["practice", "-o", file, "--today", "2026-09-21"], temp)
        #expect(third.stderr == "")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == remade)
        #expect(try temp.read(".journal/reviews.tsv").split(separator: "\n").count == 2)

        // Once due again, the box is open again.
        _ = try Self.run(["practice", "-o", file, "--today", "2026-09-23"], temp)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("- [ ] **What is the difference between a process and a thread?**"))
        #expect(try temp.read(".journal/reviews.tsv").split(separator: "\n").count == 2)

        // The drill deck and the report see the reviews.
        let due = try Self.run(["drill", "--due", "--today", "2026-09-22"], temp).stdout
        #expect(due.hasPrefix("5 cards due on 2026-09-22 (5 new).\n"))
        let report = try Self.run(["report", "--format", "text", "--today", "2026-09-22"], temp).stdout
        #expect(report.hasPrefix("Interview report · 2026-09-22\n4 interviews, 3 applications.\npractice: 5 due today, 0 mastered\n"))
        let markdown = try Self.run(["report", "--format", "markdown", "--today", "2026-09-22"], temp).stdout
        #expect(markdown.contains("\n\npractice: 5 due today, 0 mastered\n"))
    }

    @Test func practiceDueOrdersByNextReviewAndMarksMastered() throws {
        let temp = try DrillCommandTests.journal()
        let manager = "journal-ddd33d1977b2138b"
        try temp.write(".journal/config.yml", "drill:\n  mastered_days: 5\n")
        for (day, rating) in [("2026-09-01", "4"), ("2026-09-09", "4")] {
            #expect(try Self.run(["drill", "rate", manager, rating, "--today", day], temp).status == 0)
        }
        let text = try Self.run(["practice", "--due", "--format", "text", "--today", "2026-09-21"], temp)
        #expect(text.status == 0, "\(text.stderr)")
        try Golden.check(text.stdout, "practice-drill-due.txt")
        #expect(text.stdout.contains("mastered"))
        let json = try Self.run(["practice", "--format", "json", "--today", "2026-09-21"], temp).stdout
        #expect(json.contains("\"mastered\" : true"))
        #expect(json.contains("\"card\" : \"\(manager)\""))
    }

    @Test func tagFiltersQuestionsNotInterviews() throws {
        let temp = try DrillCommandTests.journal()
        let result = try Self.run(["practice", "--tag", "os", "--format", "text"], temp)
        #expect(result.status == 0)
        #expect(result.stdout == """
            Practice questions: 1 question from 4 interviews, 1 of them difficult.

             1. What is the difference between a process and a thread?
                difficult · asked 2× · Contoso, Northwind · last 2026-09-15 · #os
                - Forgot to mention shared memory.

            """)
        let json = try Self.run(["practice", "--tag", "behavioral", "--tag", "databases", "--format", "json"], temp).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let texts = (object["questions"] as? [[String: Any]])?.compactMap { $0["text"] as? String }
        #expect(texts == ["Tell me about a time you disagreed with your manager.", "What is a B-tree, and why do databases use it?"])
        // The difficulty markers name the difficult questions.
        let hard = try Self.run(["practice", "--tag", "hard", "--format", "json"], temp).stdout
        #expect(hard.components(separatedBy: "\"difficult\" : true").count - 1 == 2)
        #expect(!hard.contains("\"difficult\" : false"))
    }
}
