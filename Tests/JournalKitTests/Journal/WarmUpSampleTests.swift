@testable import JournalKit
import Testing

/// The warm-up reads a real entry (if the format moved on and it stopped parsing, the
/// warm-up would quietly do less) and finishes.
@Suite struct WarmUpSampleTests {
    @Test func theSampleIsAFullEntry() throws {
        let result = EntryReader().read(path: "prewarm.md", bytes: Array(WarmUpSample.text.utf8))
        let entry = try #require(result.entry)
        #expect(result.diagnostics.filter { $0.severity != .note }.isEmpty, "\(result.diagnostics)")
        #expect(entry.company?.value == "Globex")
        #expect(entry.questions.count == 3)
        #expect(entry.questions.contains { $0.difficult })
        #expect(entry.nextSteps.count == 2)
        #expect(!entry.toImprove.isEmpty && !entry.wentWell.isEmpty && !entry.feedback.isEmpty)
    }
}
