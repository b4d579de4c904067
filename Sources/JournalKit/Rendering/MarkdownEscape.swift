/// Escapes user text for Markdown output so that it stays text: no emphasis, links,
/// raw HTML, headings or list items that the user did not mean.
package enum MarkdownEscape {
    /// Characters that change meaning anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "*", "_", "[", "]", "<", ">", "&", "~", "|", "#"]

    /// Escapes `text` for use inside a paragraph, list item or heading. Newlines become
    /// spaces. Code spans (`` `code` ``) are kept as code; a stray backtick is escaped.
    /// The start is escaped too, as it may begin a line.
    package static func inline(_ text: String) -> String {
        inlineOnBytes(text) ?? inlineByCharacters(text)
    }

    /// `inline`, character by character.
    static func inlineByCharacters(_ text: String) -> String {
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

    /// `inline` on UTF-8 bytes, or nil when the text needs the character-by-character way.
    ///
    /// Every character `inline` looks at (the spaces and line breaks `flatten` removes,
    /// the specials, backticks) is one ASCII byte. When each of those bytes in the text
    /// is a character of its own (not joined to a combining mark after it, a prepended
    /// mark before it, or a "\r" — which never happens between ASCII bytes), every other
    /// byte is copied as it is, and working on bytes gives the same text as working on
    /// characters, without breaking the whole text into characters first (which was
    /// most of the time of rendering a report).
    static func inlineOnBytes(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { bytes -> String? in
            /// Whether the byte at `k` is a character of its own. Whether a character ends
            /// next to an ASCII byte depends only on the two neighbouring scalars, so the
            /// answer holds in the flattened text too.
            func isCharacter(at k: Int) -> Bool {
                let before = k > 0 && bytes[k - 1] >= 0x80, after = k + 1 < bytes.count && bytes[k + 1] >= 0x80
                guard before || after else { return true }
                let utf8 = text.utf8
                let at = utf8.index(utf8.startIndex, offsetBy: k)
                if before, at.samePosition(in: text) == nil { return false }
                if after, utf8.index(after: at).samePosition(in: text) == nil { return false }
                return true
            }
            return isSpecialByte.withUnsafeBufferPointer { special -> String? in
                // Flattened: runs of spaces and line breaks become one space, none at the ends.
                var flat: [UInt8] = []
                flat.reserveCapacity(bytes.count)
                var escapes = 0
                var pendingSpace = false
                for k in 0..<bytes.count {
                    let b = bytes[k]
                    if b == 0x0D { return nil }
                    let space = b == 0x20 || b == 0x0A || b == 0x09
                    if space || b == 0x60 || special[Int(b)] {
                        if !isCharacter(at: k) { return nil }
                        if space {
                            pendingSpace = !flat.isEmpty
                            continue
                        }
                        escapes += 1
                    }
                    if pendingSpace { flat.append(0x20) }
                    pendingSpace = false
                    flat.append(b)
                }
                if escapes == 0 { return escapeLineStart(String(decoding: flat, as: UTF8.self)) }
                var out: [UInt8] = []
                out.reserveCapacity(flat.count + escapes + 1)
                var i = 0
                while i < flat.count {
                    let b = flat[i]
                    if b == 0x60 {
                        var run = 0
                        while i + run < flat.count, flat[i + run] == 0x60 { run += 1 }
                        if let close = closingRun(flat, from: i + run, length: run) {
                            out += flat[i..<(close + run)]
                            i = close + run
                        } else {
                            for _ in 0..<run { out += [0x5C, 0x60] }
                            i += run
                        }
                        continue
                    }
                    if special[Int(b)] { out.append(0x5C) }
                    out.append(b)
                    i += 1
                }
                return escapeLineStart(String(decoding: out, as: UTF8.self))
            }
        }
    }

    /// `inlineSpecials` as a table of bytes.
    private static let isSpecialByte: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for c in inlineSpecials { table[Int(c.asciiValue!)] = true }
        return table
    }()

    /// Finds the next run of exactly `length` backticks at or after `start`.
    private static func closingRun(_ bytes: [UInt8], from start: Int, length: Int) -> Int? {
        var j = start
        while j < bytes.count {
            if bytes[j] == 0x60 {
                var run = 0
                while j + run < bytes.count, bytes[j + run] == 0x60 { run += 1 }
                if run == length { return j }
                j += run
            } else {
                j += 1
            }
        }
        return nil
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

    private static let lineStartMarkers: [UInt8] = Array("#>-+=".utf8)

    /// Escapes what would start a block at the beginning of a line: `#`, `>`, `-`, `+`,
    /// `=`, and `1.` or `1)`.
    static func escapeLineStart(_ text: String) -> String {
        // Most lines start with an ASCII byte that is neither a marker nor a digit: that
        // byte is the whole first character's start, and nothing needs escaping.
        if let b = text.utf8.first, b < 0x80, !(0x30...0x39).contains(b), !lineStartMarkers.contains(b) { return text }
        return escapeLineStartByCharacters(text)
    }

    /// `escapeLineStart`, character by character.
    static func escapeLineStartByCharacters(_ text: String) -> String {
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
