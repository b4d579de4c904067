import Foundation
import Testing
@testable import JournalKit

/// Crashes and hangs found by fuzzing and hostile input, each pinned by the input that found it.
@Suite struct RegressionTests {
    /// `[` then `::` on one line: every `[` scanned to the end of the line for a `]` (quadratic;
    /// 100,000 brackets took minutes).
    @Test func manyBracketsBeforeAFieldSeparator() throws {
        let text = "## Questions\n- " + String(repeating: "[", count: 100_000) + " a:: b [difficulty:: hard]\n"
        let start = ContinuousClock.now
        let entry = try #require(read(text).entry)
        #expect(ContinuousClock.now - start < .seconds(2))
        let question = try #require(entry.questions.first)
        #expect(question.text == String(repeating: "[", count: 100_000) + " a:: b")
        #expect(question.difficult)
        // Fields after a failed scan are still read.
        let (tags, stripped) = TagScanner.scan("[[ x [a:: b] [difficulty:: hard] end")
        #expect(tags == ["hard"])
        #expect(stripped == "[[ x end")
    }
}
