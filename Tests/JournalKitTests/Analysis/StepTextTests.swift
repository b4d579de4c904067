@testable import JournalKit
import Foundation
import Testing

/// `ReportModel.stepText` matches the regular expressions it replaced.
@Suite struct StepTextTests {
    static func byRegularExpressions(_ text: String) -> String {
        var t = text
        for pattern in [#"\s*📅\s*\d{4}-\d{1,2}-\d{1,2}"#, #"\s*\[due::\s*\d{4}-\d{1,2}-\d{1,2}\s*\]"#] {
            t = t.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        t = t.trimmingSpaces()
        return t.isEmpty ? text : t
    }

    static let pieces = [
        " ", "\u{3000}", "\u{A0}", "\t", "\n", "📅", "📅\u{FE0F}", "[due::", "]", " ]", "2026-11-21", "2026-1-2", "2026-111-2",
        "12026-11-2", "٢٠٢٦-١١-٢١", "2026-11-2x", "x", "é",
    ]

    @Test func matchesTheRegularExpressions() {
        var texts = ["Send the thank-you note 📅 2026-11-21", "Follow up [due:: 2026-11-25] with Dana", "📅 2026-11-21", "[due::2026-1-2 ]"]
        var last = [""]
        for _ in 0..<3 {
            last = last.flatMap { prefix in Self.pieces.map { prefix + $0 } }
            texts += last
        }
        for text in texts {
            #expect(ReportModel.stepText(text) == Self.byRegularExpressions(text), "\(Array(text.unicodeScalars))")
        }
    }
}
