import Foundation

/// The text of a question as the user wrote it, minus the marks around it: `Q1:` leads,
/// task boxes, numbering, and the lines of a paragraph.
enum QuestionText {
    /// `**Q1:** text`, `Q:` and `Question 3:` leads of a paragraph question.
    static func lead(_ inline: InlineText) -> String? {
        if let lead = inline.strongLead {
            let l = TextKey.normalize(lead)
            if l == "q" { return lead }
            if let rest = afterQuestionNumber(Substring(l)), rest.isEmpty, l.last?.isNumber == true { return lead }
        }
        guard let first = inline.runs.first, !first.isCode, first.text.hasPrefix("Q") else { return nil }
        let text = Substring(first.text)
        if let rest = afterQuestionNumber(text), let mark = rest.first, mark == ":" || mark == "." || mark == ")",
           rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) == true {
            return String(text[..<rest.index(after: rest.startIndex)])
        }
        return nil
    }

    /// After "Q", "Q1", "Question 3" (case-insensitive): the rest of the text; nil when it does not start so.
    static func afterQuestionNumber(_ text: Substring) -> Substring? {
        var rest = text
        if rest.lowercased().hasPrefix("question") { rest = rest.dropFirst(8) }
        else if rest.first == "Q" || rest.first == "q" { rest = rest.dropFirst() }
        else { return nil }
        if rest.first == " " { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        return rest.dropFirst(digits.count)
    }

    static func firstLine(_ text: String) -> String {
        text.firstLineOnly().trimmingSpaces()
    }

    static func joinLines(_ text: String) -> String {
        if !text.includesByte(10) { return text.trimmingSpaces() }
        return text.lines().map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Removes a task box, a `Q1:` lead, and surrounding punctuation noise.
    static func clean(_ text: String) -> String {
        var t = text.trimmingSpaces()
        guard let first = t.unicodeScalars.first,
              first == "Q" || first == "*" || first == "[" || ("0"..."9").contains(first) || t.endsWithBytes(":") || t.endsWithBytes("：")
        else { return t }
        for box in ["[ ] ", "[x] ", "[X] "] where t.hasPrefix(box) { t.removeFirst(box.count) }
        if let range = t.range(of: #"^\*{0,2}(Q|Question) ?\d*[:.)]\*{0,2}\s*"#, options: .regularExpression) {
            t.removeSubrange(range)
        }
        if let range = t.range(of: #"^\d+[、.)．]\s*"#, options: .regularExpression) {
            t.removeSubrange(range)
        }
        if t.endsWithBytes(":") || t.endsWithBytes("：") { t.removeLast() }
        return t.trimmingSpaces()
    }

    /// Drops leading spaces, dashes (`-`, `–`, `—`), colons (`:`, `：`) and full stops.
    static func trimLeadingPunctuation(_ text: String) -> String {
        let bytes = text.utf8
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            if b == 32 || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") {
                i = bytes.index(after: i)
                continue
            }
            // — U+2014 and – U+2013 (E2 80 94/93), ： U+FF1A (EF BC 9A).
            let rest = bytes[i...]
            if rest.starts(with: [0xE2, 0x80, 0x94]) || rest.starts(with: [0xE2, 0x80, 0x93]) || rest.starts(with: [0xEF, 0xBC, 0x9A]) {
                i = bytes.index(i, offsetBy: 3)
                continue
            }
            break
        }
        return i == bytes.startIndex ? text : String(text[i...])
    }
}
