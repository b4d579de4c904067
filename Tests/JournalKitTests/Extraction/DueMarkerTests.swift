import Foundation
import JournalKit
import Testing

/// `DueMarker`: one grammar for the due day of a next step (the extractor) and for the
/// words shown of it (`journal due` and the report).
@Suite struct DueMarkerTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var due: String?
        var shown: String
        var testDescription: String { text }
        init(_ text: String, _ due: String?, _ shown: String) {
            self.text = text
            self.due = due
            self.shown = shown
        }
    }

    @Test(arguments: [
        Case("Send the thank-you note 📅 2026-11-21", "2026-11-21", "Send the thank-you note"),
        Case("Send the thank-you note 📅\u{FE0F} 2026-11-21", "2026-11-21", "Send the thank-you note"),
        Case("Follow up [due:: 2026-11-25] with Dana", "2026-11-25", "Follow up with Dana"),
        Case("Follow up [Due::2026-1-2 ] with Dana", "2026-01-02", "Follow up with Dana"),
        Case("Send Monica my portfolio link by 2026-11-24", "2026-11-24", "Send Monica my portfolio link"),
        Case("Prepare the system design, due: 2026-11-26", "2026-11-26", "Prepare the system design"),
        Case("DUE 2026-11-26 call Bill", "2026-11-26", "call Bill"),
        Case("Call the standby 2026-11-26 line", nil, "Call the standby 2026-11-26 line"),
        Case("Overdue 2026-11-26 invoice", nil, "Overdue 2026-11-26 invoice"),
        Case("Ask for the offer in writing ⏳ 2026-11-20 📅 2026-11-21 ✅ 2026-11-21", "2026-11-21", "Ask for the offer in writing"),
        Case("Read the blog [priority:: high] 📅 2026-11-21", "2026-11-21", "Read the blog"),
        Case("Think about it", nil, "Think about it"),
        Case("  Think about it  ", nil, "Think about it"),
        Case("📅 2026-11-21", "2026-11-21", "📅 2026-11-21"),
        Case("Pay by 2026-11-211", nil, "Pay by 2026-11-211"),
        Case("Pay by 20261-11-21", nil, "Pay by 20261-11-21"),
    ])
    func parseAndStripAgree(_ c: Case) {
        #expect(DueMarker.parse(c.text).day?.description == c.due)
        #expect(DueMarker.parse(c.text).problem == nil)
        #expect(DueMarker.strip(c.text) == c.shown)
    }

    @Test func anImpossibleDateIsAProblemAndStillNotShown() {
        let (day, problem) = DueMarker.parse("Call Bill 📅 2026-02-30")
        #expect(day == nil)
        #expect(problem == "'due date' is '2026-02-30', which is not a real date: month 2 of 2026 has 28 days. Write the date as YYYY-MM-DD, e.g. 2026-11-18")
        #expect(DueMarker.strip("Call Bill 📅 2026-02-30") == "Call Bill")
    }

    @Test func theFirstDueMarkerWins() {
        #expect(DueMarker.parse("Call by 2026-11-20 [due:: 2026-11-22]").day?.description == "2026-11-20")
        #expect(DueMarker.strip("Call by 2026-11-20 [due:: 2026-11-22]") == "Call")
    }

    /// The extractor reads the due day of a step through the same grammar.
    @Test func theExtractorUsesIt() throws {
        let text = "# Acme\n\n## Next steps\n- [ ] Send Monica my link by 2026-11-24\n- [ ] Prepare [due:: 2026-11-26]\n- [ ] Read 📅 2026-13-01\n"
        let result = EntryReader().read(path: "acme.md", bytes: Array(text.utf8))
        let entry = try #require(result.entry)
        #expect(entry.nextSteps.map { $0.due?.description } == ["2026-11-24", "2026-11-26", nil])
        #expect(result.diagnostics.map(\.message).filter { $0.contains("due date") } == ["'due date' is '2026-13-01', which is not a real date: there is no month 13. Write the date as YYYY-MM-DD, e.g. 2026-11-18"])
    }
}
