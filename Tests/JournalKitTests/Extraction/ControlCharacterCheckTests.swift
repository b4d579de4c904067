import Testing
@testable import JournalKit

/// Where the control-character warning points: the first ESC or bidirectional control, by
/// line and column (lines are counted only up to it), and how many of each the file holds.
@Suite struct ControlCharacterCheckTests {
    static func scan(_ text: String) -> ControlCharacterCheck.Finding? {
        var copy = text
        return copy.withUTF8 { ControlCharacterCheck.scan($0) }
    }

    @Test func firstFindingAndCounts() throws {
        let f = try #require(Self.scan("# Note — one\n\nplain — text\nab\u{1B}[31mred\u{1B}[0m\n\u{202E}evil\n"))
        #expect(f.line == 4)
        #expect(f.column == 3)
        #expect(f.escapes == 2)
        #expect(f.bidi == 1)
        let g = try #require(Self.scan("\u{2067}x\n"))
        #expect((g.line, g.column, g.bidi, g.escapes) == (1, 1, 1, 0))
    }

    @Test func dashesAndEmojiAreNoFinding() {
        #expect(Self.scan("— – … “quotes” ✓ 🚀\nline two\n") == nil)
        #expect(Self.scan("") == nil)
    }
}
