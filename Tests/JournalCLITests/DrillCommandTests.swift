import Foundation
import JournalKit
import Testing

/// `journal drill --due`, `drill rate`, `drill alias`, and the review log under git.
@Suite struct DrillCommandTests {
    /// A copy of the practice fixture journal in a temporary folder (the tests write its log).
    static func journal() throws -> TemporaryDirectory {
        let temp = try TemporaryDirectory()
        let source = JournalRunner.practiceJournal
        for name in try FileManager.default.contentsOfDirectory(atPath: source) where name.hasSuffix(".md") {
            try temp.write(name, String(contentsOfFile: (source as NSString).appendingPathComponent(name), encoding: .utf8))
        }
        return temp
    }

    static func run(_ arguments: [String], _ temp: TemporaryDirectory) throws -> JournalRunner.Output {
        try JournalRunner.run(arguments + ["-C", temp.path], environment: ["NO_COLOR": "1"])
    }

    static func id(_ text: String, _ temp: TemporaryDirectory) throws -> String {
        let json = try run(["drill", "--due", "--format", "json", "--today", "2030-01-01"], temp).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let cards = try #require(object["cards"] as? [[String: Any]])
        return try #require(cards.first { $0["text"] as? String == text }?["card"] as? String)
    }

    @Test func refusesOffATerminalAndPointsToTheScriptableForms() throws {
        let temp = try Self.journal()
        let result = try Self.run(["drill"], temp)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            journal drill: not on a terminal, so there is no one to ask. For scripts:
              journal drill --due [--format text|json] [--today DATE] [--limit N]   lists the due cards
              journal drill rate CARD RATING [--today DATE]                        records one review (RATING 1-4 or again, hard, good, easy)

            """)
        #expect(!FileManager.default.fileExists(atPath: temp.path + "/.journal/reviews.tsv"))
    }

    @Test func dueListsCardsAndRateRecordsReviews() throws {
        let temp = try Self.journal()
        let due = try Self.run(["drill", "--due", "--today", "2026-09-21"], temp)
        #expect(due.status == 0, "\(due.stderr)")
        try Golden.check(due.stdout, "drill-due.txt")
        try Golden.check(try Self.run(["drill", "--due", "--today", "2026-09-21", "--format", "json", "--limit", "2"], temp).stdout, "drill-due.json")

        let thread = try Self.id("What is the difference between a process and a thread?", temp)
        let rated = try Self.run(["drill", "rate", String(thread.prefix(14)), "good", "--today", "2026-09-21"], temp)
        #expect(rated.status == 0)
        #expect(rated.stdout == "Recorded good for \(thread) on 2026-09-21; next review 2026-09-23 (stability 2.3 days).\n")
        #expect(rated.stderr == "journal: hint: add the line `.journal/reviews.tsv merge=union` to .gitattributes so that reviews from two machines merge without conflicts.\n")
        let again = try Self.run(["drill", "rate", thread, "1", "--today", "2026-09-23"], temp)
        #expect(again.stdout == "Recorded again for \(thread) on 2026-09-23; next review 2026-09-24 (stability 0.6 days).\n")
        #expect(again.stderr == "", "the hint is for the first use only")
        #expect(try temp.read(".journal/reviews.tsv") == "2026-09-21\t\(thread)\t3\n2026-09-23\t\(thread)\t1\n")

        let later = try Self.run(["drill", "--due", "--today", "2026-09-24", "--format", "json"], temp).stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(later.utf8)) as? [String: Any])
        let first = try #require((object["cards"] as? [[String: Any]])?.first { $0["card"] as? String == thread })
        #expect(first["card"] as? String == thread)
        #expect(first["reviews"] as? Int == 2)
        #expect(first["lapses"] as? Int == 1)
        #expect(first["due"] as? String == "2026-09-24")

        let unknown = try Self.run(["drill", "rate", "journal-0000", "good"], temp)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.hasPrefix("Error: No practice question has the card id 'journal-0000'; `journal drill --due` lists the due cards with their ids.\n"))
        let badRating = try Self.run(["drill", "rate", thread, "5"], temp)
        #expect(badRating.status == 2)
        #expect(badRating.stderr.contains("The value '5' is invalid for '<rating>'"))
    }

    @Test func aRewordedQuestionKeepsItsHistoryThroughAnAlias() throws {
        let temp = try Self.journal()
        let old = try Self.id("Design a data pipeline for late-arriving events.", temp)
        #expect(try Self.run(["drill", "rate", old, "3", "--today", "2026-09-16"], temp).status == 0)
        // Without git history the old wording is unknown: the warning says how to alias.
        #expect(try Self.run(["check"], temp).stdout.contains("""
            .journal/reviews.tsv:1:1: warning: 1 review is for the card \(old), which no practice question has any more (reworded?); \
            if its question was reworded
            """) == false, "the question is still there")
        for arguments in [["init", "-q"], ["add", "-A"], ["commit", "-qm", "notes"]] {
            #expect(try AuthoringCommandTests.git(arguments, in: temp.path, home: temp.path).status == 0)
        }
        let note = try temp.read("2026-09-15-northwind-onsite.md")
        try temp.write("2026-09-15-northwind-onsite.md", note.replacingOccurrences(of: "Design a data pipeline for late-arriving events.",
                                                                                   with: "Design a streaming pipeline that handles late events."))
        let check = try Self.run(["check"], temp)
        #expect(check.stdout.contains("""
            .journal/reviews.tsv:1:1: warning: 1 review is for the card \(old), which no practice question has any more (reworded?); \
            the closest question is "Design a streaming pipeline that handles late events." \
            (\(try Self.id("Design a streaming pipeline that handles late events.", temp))): \
            keep its history with `journal drill alias \(old) \(try Self.id("Design a streaming pipeline that handles late events.", temp))`.
            """), "\(check.stdout)")
        let new = try Self.id("Design a streaming pipeline that handles late events.", temp)
        let alias = try Self.run(["drill", "alias", String(old.prefix(12)), new], temp)
        #expect(alias.status == 0, "\(alias.stderr)")
        #expect(alias.stdout == "The 1 review of \(old) now counts for \(new) (Design a streaming pipeline that handles late events.).\n")
        #expect(try temp.read(".journal/reviews.tsv").hasSuffix("alias\t\(old)\t\(new)\n"))
        let json = try Self.run(["drill", "--due", "--format", "json", "--today", "2030-01-01"], temp).stdout
        #expect(json.contains("\"last_review\" : \"2026-09-16\""))
        #expect(!(try Self.run(["check"], temp).stdout.contains("reviews.tsv")))
    }

    /// Two clones each add reviews; merging with `merge=union` is clean either way round and
    /// both merges replay to the same schedule.
    @Test func twoBranchesOfReviewsMergeCleanlyInEitherOrder() throws {
        let temp = try Self.journal()
        let home = temp.path
        func git(_ arguments: [String]) throws -> JournalRunner.Output {
            let result = try AuthoringCommandTests.git(arguments, in: temp.path, home: home)
            #expect(result.status == 0, "git \(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }
        _ = try git(["init", "-q"])
        try temp.write(".gitattributes", JournalScaffold.gitattributesLine + "\n")
        let thread = try Self.id("What is the difference between a process and a thread?", temp)
        let pipeline = try Self.id("Design a data pipeline for late-arriving events.", temp)
        let manager = try Self.id("Tell me about a time you disagreed with your manager.", temp)
        #expect(try Self.run(["drill", "rate", thread, "3", "--today", "2026-09-16"], temp).status == 0)
        _ = try git(["add", "-A"])
        _ = try git(["commit", "-qm", "start"])
        _ = try git(["checkout", "-qb", "laptop"])
        _ = try Self.run(["drill", "rate", thread, "2", "--today", "2026-09-18"], temp)
        _ = try Self.run(["drill", "rate", pipeline, "4", "--today", "2026-09-18"], temp)
        _ = try git(["commit", "-qam", "laptop reviews"])
        _ = try git(["checkout", "-q", "main"])
        _ = try Self.run(["drill", "rate", thread, "1", "--today", "2026-09-17"], temp)
        _ = try Self.run(["drill", "rate", manager, "3", "--today", "2026-09-19"], temp)
        _ = try git(["commit", "-qam", "desktop reviews"])
        _ = try git(["branch", "desktop"])

        func schedule() throws -> String { try Self.run(["drill", "--due", "--format", "json", "--today", "2026-12-01"], temp).stdout }
        _ = try git(["merge", "-q", "--no-edit", "laptop"])
        let mainFirst = try schedule()
        let log = try temp.read(".journal/reviews.tsv")
        #expect(log.split(separator: "\n").count == 5)
        #expect(!log.contains("<<<<<<<"))
        _ = try git(["checkout", "-q", "laptop"])
        _ = try git(["merge", "-q", "--no-edit", "desktop"])
        #expect(try temp.read(".journal/reviews.tsv") != log, "the union keeps each side's lines in its own order")
        #expect(try schedule() == mainFirst)
        #expect(mainFirst.contains("\"reviews\" : 3"))
    }
}
