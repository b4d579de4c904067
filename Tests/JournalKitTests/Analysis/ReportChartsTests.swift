import JournalKit
import Testing

@Suite struct ReportChartsTests {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    @Test func weeksStartOnMondayAndIncludeEmptyWeeks() {
        // 2026-11-02 is a Monday; 2026-11-08 is the Sunday of the same week.
        let weeks = ReportCharts.weeks([Self.day("2026-11-08"), Self.day("2026-11-02"), Self.day("2026-11-25"), Self.day("2026-11-05")])
        #expect(weeks == [
            ReportCharts.Week(start: Self.day("2026-11-02"), interviews: 3),
            ReportCharts.Week(start: Self.day("2026-11-09"), interviews: 0),
            ReportCharts.Week(start: Self.day("2026-11-16"), interviews: 0),
            ReportCharts.Week(start: Self.day("2026-11-23"), interviews: 1),
        ])
    }

    @Test func weeksAcrossTheNewYearAndNone() {
        // 2027-01-01 is a Friday: its ISO week starts on Monday 2026-12-28.
        let weeks = ReportCharts.weeks([Self.day("2027-01-01"), Self.day("2026-12-27")])
        #expect(weeks.map(\.start.description) == ["2026-12-21", "2026-12-28"])
        #expect(weeks.map(\.interviews) == [1, 1])
        #expect(ReportCharts.weeks([]) == [])
    }

    @Test func undatedEntriesAreCountedApart() {
        let entries = [
            TestEntries.entry("2026-11-02-a.md", "---\ncompany: A\n---\n## Questions\n- Why A? #motivation\n"),
            TestEntries.entry("notes.md", "# Call with B\n\n## Questions\n- Why B? #motivation\n"),
        ]
        let charts = ReportCharts(entries: entries, practice: PracticeList(entries: entries))
        #expect(charts.weeks == [ReportCharts.Week(start: Self.day("2026-11-02"), interviews: 1)])
        #expect(charts.undated == 1)
    }

    @Test func tagsByTimesAskedThenQuestionsThenName() {
        func question(_ text: String, count: Int, tags: [String], difficult: Bool = false) -> PracticeQuestion {
            PracticeQuestion(text: text, key: text, count: count, companies: [], difficult: difficult, notes: [], tags: tags,
                             lastAsked: nil, sources: [])
        }
        let counts = ReportCharts.tagCounts([
            question("a", count: 3, tags: ["system-design"], difficult: true),
            question("b", count: 1, tags: ["behavioral", "system-design"]),
            question("c", count: 2, tags: ["behavioral"]),
            question("d", count: 2, tags: ["coding"]),
            question("e", count: 1, tags: ["zz"]),
            question("f", count: 1, tags: ["aa"]),
        ], limit: 4)
        #expect(counts == [
            ReportCharts.TagCount(tag: "system-design", asked: 4, questions: 2, difficult: 1),
            ReportCharts.TagCount(tag: "behavioral", asked: 3, questions: 2, difficult: 0),
            ReportCharts.TagCount(tag: "coding", asked: 2, questions: 1, difficult: 0),
            ReportCharts.TagCount(tag: "aa", asked: 1, questions: 1, difficult: 0),
        ])
    }

    @Test func reportModelGivenThePracticeListIsTheSame() {
        let journal = Journal.load(root: TestEntries.exampleJournal, options: LoadOptions(useCache: false))
        let today = Self.day("2026-11-23")
        let given = ReportModel(entries: journal.entries, today: today, practice: PracticeList(entries: journal.entries))
        #expect(given == ReportModel(entries: journal.entries, today: today))
        #expect(!given.difficult.isEmpty)
    }

    @Test func exampleJournalKeepsTheTenMostAskedTags() throws {
        let journal = Journal.load(root: TestEntries.exampleJournal, options: LoadOptions(useCache: false))
        let practice = PracticeList(entries: journal.entries)
        let charts = ReportCharts(entries: journal.entries, practice: practice)
        #expect(charts.topTags.count <= ReportCharts.tagLimit)
        #expect(charts.topTags.first?.tag == "behavioral")
        #expect(charts.weeks.reduce(0) { $0 + $1.interviews } + charts.undated == journal.entries.count)
    }
}
