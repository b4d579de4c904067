@testable import JournalKit
import Testing

/// The byte-level fast paths give exactly what the character-level (or regular
/// expression) way gives, on texts built to trip them: combining marks, prepended marks,
/// joiners and "\r\n" next to the characters they look at.
@Suite struct ByteFastPathTests {
    static let pieces = [
        " ", "  ", "\n", "\t", "\r", "\r\n", "*", "`", "``", "#", "-", "+", "=", "1", "12", ".", ")", "\\", "_", "|", "&",
        "a", "é", "e\u{301}", "\u{301}", "\u{600}", "\u{200D}", "👍", "🏽", "\u{0E33}", "\u{0903}", "क", "\u{094D}", "東京",
        "\u{FE0F}", "\u{20E3}", "🇫", "🇷",
    ]

    /// Every text of up to three pieces.
    static var texts: [String] {
        var out = [""]
        var last = [""]
        for _ in 0..<3 {
            last = last.flatMap { prefix in pieces.map { prefix + $0 } }
            out += last
        }
        return out
    }

    @Test func markdownInlineOnBytesMatchesCharacters() {
        for text in Self.texts + ["Know my own résumé dates cold", "Use `code` and *stars* — `x` ``y`` `z", "# 1. 東京 #tag"] {
            #expect(MarkdownEscape.inline(text) == MarkdownEscape.inlineByCharacters(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func lineStartEscapeMatchesCharacters() {
        for text in Self.texts {
            #expect(MarkdownEscape.escapeLineStart(text) == MarkdownEscape.escapeLineStartByCharacters(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func markdownInlineUsesBytesForOrdinaryText() {
        #expect(MarkdownEscape.inlineOnBytes("Know my own résumé dates cold, 東京 *now*") == "Know my own résumé dates cold, 東京 \\*now\\*")
        #expect(MarkdownEscape.inlineOnBytes("a *\u{301} b") == nil)
    }
}
