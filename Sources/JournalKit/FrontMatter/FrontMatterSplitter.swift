#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the front-matter block at the top of a file, without copying the body.
package struct FrontMatterSplit: Sendable, Hashable {
    package enum Syntax: String, Sendable, Hashable {
        case yaml, toml
    }

    package var syntax: Syntax?
    /// The front-matter text between the delimiters (empty when there is none, or when
    /// the split was asked not to copy it).
    package var text: String
    /// Where that text is in the split bytes.
    package var textRange: Range<Int>
    /// File line of the first front-matter line (the line after the opening delimiter).
    package var firstLine: Int
    /// Byte offset in the file where the body starts.
    package var bodyStart: Int
    /// Lines before the body (so that body line 1 is file line `bodyLineOffset + 1`).
    package var bodyLineOffset: Int
    /// True when an opening delimiter was found but no closing one.
    package var unclosed: Bool
    /// File line of the closing delimiter.
    package var closingLine: Int
}

package enum FrontMatterSplitter {
    /// Splits `bytes` (already without a byte-order mark). Accepts `---` (YAML, also
    /// `---yaml` and `---json`) and `+++` (TOML), CRLF line endings, and `...` as a YAML
    /// closing line. An unclosed block leaves the whole file as body.
    ///
    /// With `copyingText` false, `text` stays empty: a reader of the bytes in place saves
    /// making a string of them.
    package static func split(_ bytes: UnsafeBufferPointer<UInt8>, copyingText: Bool = true) -> FrontMatterSplit {
        let none = FrontMatterSplit(syntax: nil, text: "", textRange: 0..<0, firstLine: 1, bodyStart: 0, bodyLineOffset: 0, unclosed: false, closingLine: 0)
        guard bytes.count >= 3 else { return none }
        let dash = UInt8(ascii: "-"), plus = UInt8(ascii: "+")
        let first = bytes[0]
        guard (first == dash || first == plus), bytes[1] == first, bytes[2] == first else { return none }
        let syntax: FrontMatterSplit.Syntax = first == dash ? .yaml : .toml

        // The rest of the opening line: nothing but spaces, or a language word (---yaml, ---json).
        var i = 3
        var word: [UInt8] = []
        while i < bytes.count, bytes[i] != UInt8(ascii: "\n") { word.append(bytes[i]); i += 1 }
        let rest = String(decoding: word, as: UTF8.self).trimmingSpaces().lowercased()
        if !(rest.isEmpty || (syntax == .yaml && (rest == "yaml" || rest == "yml" || rest == "json"))) { return none }
        guard i < bytes.count else {
            return FrontMatterSplit(syntax: syntax, text: "", textRange: 0..<0, firstLine: 2, bodyStart: 0, bodyLineOffset: 0, unclosed: true, closingLine: 0)
        }
        let textStart = i + 1
        var lineStart = textStart
        var line = 2
        while lineStart <= bytes.count {
            let lineEnd = newline(in: bytes, from: lineStart)
            if isClosing(bytes, lineStart, lineEnd, syntax: syntax) {
                let text = copyingText ? String(decoding: UnsafeBufferPointer(rebasing: bytes[textStart..<lineStart]), as: UTF8.self) : ""
                let bodyStart = min(lineEnd + 1, bytes.count)
                return FrontMatterSplit(syntax: syntax, text: text, textRange: textStart..<lineStart, firstLine: 2, bodyStart: bodyStart,
                                        bodyLineOffset: line, unclosed: false, closingLine: line)
            }
            if lineEnd >= bytes.count { break }
            lineStart = lineEnd + 1
            line += 1
        }
        return FrontMatterSplit(syntax: syntax, text: "", textRange: 0..<0, firstLine: 2, bodyStart: 0, bodyLineOffset: 0, unclosed: true, closingLine: 0)
    }

    /// The index of the first `\n` at or after `start`, or the end of `bytes`.
    private static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let hit = memchr(base + start, 0x0A, bytes.count - start) else { return bytes.count }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    private static func isClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, syntax: FrontMatterSplit.Syntax) -> Bool {
        var e = end
        while e > start, bytes[e - 1] == UInt8(ascii: "\r") || bytes[e - 1] == UInt8(ascii: " ") || bytes[e - 1] == UInt8(ascii: "\t") { e -= 1 }
        guard e - start == 3 else { return false }
        let c = bytes[start]
        guard bytes[start + 1] == c, bytes[start + 2] == c else { return false }
        switch syntax {
        case .yaml: return c == UInt8(ascii: "-") || c == UInt8(ascii: ".")
        case .toml: return c == UInt8(ascii: "+")
        }
    }
}
