/// Escapes user text for Markdown output so that it stays text: no emphasis, links,
/// raw HTML, headings or list items that the user did not mean.
public enum MarkdownEscape {
    /// Characters that change meaning anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "*", "_", "[", "]", "<", ">", "&", "~", "|", "#"]

    /// Escapes `text` for use inside a paragraph, list item or heading. Newlines become
    /// spaces. Code spans (`` `code` ``) are kept as code; a stray backtick is escaped.
    /// The start is escaped too, as it may begin a line.
    public static func inline(_ text: String) -> String {
        let chars = Array(TextWrap.flatten(text))
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "`" {
                var run = 0
                while i + run < chars.count, chars[i + run] == "`" { run += 1 }
                if let close = closingRun(chars, from: i + run, length: run) {
                    out += String(chars[i..<(close + run)])
                    i = close + run
                } else {
                    out += String(repeating: "\\`", count: run)
                    i += run
                }
                continue
            }
            if inlineSpecials.contains(c) { out.append("\\") }
            out.append(c)
            i += 1
        }
        return escapeLineStart(out)
    }

    /// Finds the next run of exactly `length` backticks at or after `start`.
    private static func closingRun(_ chars: [Character], from start: Int, length: Int) -> Int? {
        var j = start
        while j < chars.count {
            if chars[j] == "`" {
                var run = 0
                while j + run < chars.count, chars[j + run] == "`" { run += 1 }
                if run == length { return j }
                j += run
            } else {
                j += 1
            }
        }
        return nil
    }

    /// Escapes what would start a block at the beginning of a line: `#`, `>`, `-`, `+`,
    /// `=`, and `1.` or `1)`.
    private static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "#>-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = text.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")" {
                return String(digits) + "\\" + String(rest)
            }
        }
        return text
    }
}
