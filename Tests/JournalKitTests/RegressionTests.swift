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

    /// Nested TOML arrays and inline tables recursed without a limit: a stack overflow (SIGSEGV).
    @Test func deeplyNestedTOMLIsAnErrorNotAStackOverflow() {
        let result = read("+++\na = " + String(repeating: "[", count: 200_000) + "\n+++\n")
        #expect(messages(result) == ["2:69: error: TOML syntax error: arrays and tables are nested more than 64 levels deep here; the front-matter is ignored until this is fixed"])
        let allowed = read("+++\na = " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n+++\n")
        #expect(messages(allowed) == [])
    }
}
