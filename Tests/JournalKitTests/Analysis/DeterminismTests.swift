import JournalKit
import Testing

/// Output must not depend on the number of threads, nor on the run.
@Suite struct DeterminismTests {
    static func render(_ root: String, threads: Int) throws -> String {
        let entries = Journal.load(root: root, options: LoadOptions(threads: threads)).entries
        let list = PracticeList(entries: entries)
        let model = ReportModel(entries: entries, today: CalendarDay(iso: "2026-11-23")!)
        return [PracticeRenderer.markdown(list), PracticeRenderer.text(list, color: true), try PracticeRenderer.json(list),
                PracticeRenderer.anki(list), ReportRenderer.text(model, color: true), ReportRenderer.markdown(model),
                try ReportRenderer.json(model), ListRenderer.table(entries), try ListRenderer.json(entries), ListRenderer.csv(entries)]
            .joined(separator: "\u{0}")
    }

    @Test(arguments: [TestEntries.exampleJournal, TestEntries.practiceJournal])
    func oneAndTwoThreadsGiveTheSameBytes(_ root: String) throws {
        let one = try Self.render(root, threads: 1)
        let two = try Self.render(root, threads: 2)
        #expect(one == two)
        #expect(one == (try Self.render(root, threads: 2)))
        #expect(one.count > 1000)
    }
}
