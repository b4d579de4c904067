import JournalKit
import Testing

@Suite struct PracticeListTests {
    static let first = TestEntries.entry("a.md", """
    ---
    company: Acme
    date: 2026-11-02
    ---
    ## Questions
    - Tell me about a time you disagreed with your manager. #behavioral
      - Too long.
    - Explain eventual consistency.
    - Why Acme?

    ## Difficult answers
    - **Explain eventual consistency** — I mixed it up with strong consistency.

    ## Questions I asked
    - What does the team work on?
    """)

    static let second = TestEntries.entry("b.md", """
    ---
    company: globex
    date: 2026-11-09
    ---
    ## Questions
    - tell me about a time you disagreed with a manager? #behavioral #hard
      - Shorter this time.
      - Too long.
    - Why Globex?
    - What's the difference between a process and a thread?
    """)

    static let third = TestEntries.entry("c.md", """
    ---
    company: ACME
    date: 2026-11-01
    ---
    ## Questions
    - Tell me about a time you disagreed with your manager #leadership
    - What is the difference between a process and a thread?
    """)

    @Test func nearIdenticalWordingsShareAKey() {
        #expect(QuestionKey.merge("Tell me about a time you disagreed with your manager.")
                == QuestionKey.merge("tell me about a time you disagreed with a manager?"))
        #expect(QuestionKey.merge("What's the difference between a process and a thread?")
                == QuestionKey.merge("What is the difference between a process and a thread"))
        #expect(QuestionKey.merge("Why don't you use Go?") == QuestionKey.merge("Why do you not use Go"))
        #expect(QuestionKey.merge("Why Acme?") != QuestionKey.merge("Why Globex?"))
        #expect(QuestionKey.merge("Walk me through a system you designed end-to-end!")
                == QuestionKey.merge("Walk me through a system you designed end to end."))
    }

    @Test func mergesAcrossEntriesWithTheMostCommonWording() throws {
        let list = PracticeList(entries: [Self.first, Self.second, Self.third])
        let manager = try #require(list.questions.first { $0.text.hasPrefix("Tell me about") || $0.text.hasPrefix("tell me about") })
        // Two of three wordings say "your manager"; the later of those two (a.md, 11-02) has the full stop.
        #expect(manager.text == "Tell me about a time you disagreed with your manager.")
        #expect(manager.count == 3)
        #expect(manager.companies == ["Acme", "globex"])
        #expect(manager.difficult)
        #expect(manager.tags == ["behavioral", "leadership"])
        #expect(manager.notes == ["Too long.", "Shorter this time."])
        #expect(manager.lastAsked == CalendarDay(iso: "2026-11-09"))
        #expect(manager.sources.map(\.path) == ["c.md", "a.md", "b.md"])
    }

    @Test func difficultThroughADifficultAnswersItemOnly() throws {
        let list = PracticeList(entries: [Self.first])
        let question = try #require(list.questions.first { $0.text == "Explain eventual consistency." })
        #expect(question.difficult)
        #expect(question.notes == ["I mixed it up with strong consistency."])
        #expect(question.count == 1)
    }

    @Test func questionsAskedToTheInterviewerAreLeftOut() {
        let list = PracticeList(entries: [Self.first])
        #expect(!list.questions.contains { $0.text.contains("team work on") })
        #expect(list.questions.count == 3)
    }

    @Test func practiceOrderIsDifficultThenCountThenRecentThenText() {
        let list = PracticeList(entries: [Self.first, Self.second, Self.third])
        #expect(list.questions.map(\.text) == [
            "Tell me about a time you disagreed with your manager.",  // difficult, 3×
            "Explain eventual consistency.",                           // difficult, once
            "What's the difference between a process and a thread?",  // 2×, last 11-09 (tie on wording: most recent)
            "Why Globex?",                                             // once, 11-09
            "Why Acme?",                                               // once, 11-02
        ])
    }

    @Test func limitAndDifficultOnlyKeepTheTotal() {
        let list = PracticeList(entries: [Self.first, Self.second, Self.third])
        let cut = list.limited(difficultOnly: true, limit: 1)
        #expect(cut.questions.map(\.text) == ["Tell me about a time you disagreed with your manager."])
        #expect(cut.totalCount == 5)
        #expect(cut.entryCount == 3)
    }

    @Test func groupsByFirstTagWithUntaggedLast() {
        let list = PracticeList(entries: [Self.first, Self.second, Self.third])
        #expect(list.byTag.map(\.tag) == ["behavioral", nil])
        #expect(list.byTag.last?.questions.count == 4)
    }

    @Test func mostCommonWordingBreaksTiesByRecencyThenAlphabet() {
        let d1 = CalendarDay(iso: "2026-01-01"), d2 = CalendarDay(iso: "2026-01-02")
        #expect(Wording.mostCommon([("B?", d1), ("A?", d2)]) == "A?")
        #expect(Wording.mostCommon([("B?", d2), ("A?", d1)]) == "B?")
        #expect(Wording.mostCommon([("B?", d1), ("A?", d1)]) == "A?")
        #expect(Wording.mostCommon([("x", d1), ("y", d2), ("x", nil)]) == "x")
        #expect(Wording.mostCommon([]) == "")
    }
}
