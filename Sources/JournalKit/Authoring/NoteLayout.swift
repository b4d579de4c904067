/// Where the parts of a note are, in bytes: byte-order mark, line ending, the
/// front-matter block and its lines, the body. `FrontMatterEditor` edits through it.
struct NoteLayout {
    let bytes: [UInt8]
    /// 3 when the file starts with a UTF-8 byte-order mark, else 0.
    let bomLength: Int
    /// The file's line ending (`\r\n` when its first line ends so), for inserted lines.
    let newline: [UInt8]
    /// nil when the file has no front-matter.
    let syntax: FrontMatterSplit.Syntax?
    /// True when an opening delimiter has no closing one.
    let unclosed: Bool
    /// The front-matter text between the delimiters, as byte offsets into `bytes`.
    let textStart: Int
    let textEnd: Int
    /// Byte offset of each front-matter line's start; line 1 is the first line after the
    /// opening delimiter. One more entry (`textEnd`) closes the last line.
    let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        bomLength = bom
        let firstNewline = bytes.firstIndex(of: UInt8(ascii: "\n"))
        newline = firstNewline.map { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: "\r") } == true ? [13, 10] : [10]
        let split = bytes.withUnsafeBufferPointer { buffer in
            FrontMatterSplitter.split(UnsafeBufferPointer(rebasing: buffer[bom...]), copyingText: false)
        }
        syntax = split.syntax
        unclosed = split.unclosed
        textStart = bom + split.textRange.lowerBound
        textEnd = bom + split.textRange.upperBound
        var starts = [textStart]
        var i = textStart
        while i < textEnd {
            if bytes[i] == UInt8(ascii: "\n"), i + 1 < textEnd { starts.append(i + 1) }
            i += 1
        }
        if textStart == textEnd { starts = [] }
        lineStarts = starts + [textEnd]
    }

    /// The front-matter text, as the parsers read it.
    var text: String { String(decoding: bytes[textStart..<textEnd], as: UTF8.self) }

    /// Number of front-matter lines.
    var lineCount: Int { lineStarts.count - 1 }

    /// Byte offset where `line` starts (1-based front-matter line).
    func start(of line: Int) -> Int { lineStarts[line - 1] }

    /// Byte offset where `line`'s content ends, before its `\r\n` or `\n`.
    func contentEnd(of line: Int) -> Int {
        var end = lineStarts[line]
        if end > lineStarts[line - 1], bytes[end - 1] == UInt8(ascii: "\n") { end -= 1 }
        if end > lineStarts[line - 1], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// Byte offset of a (line, UTF-8 byte column) position.
    func offset(line: Int, column: Int) -> Int { start(of: line) + column - 1 }

    /// True for a line with nothing but spaces, or only a comment.
    func isBlankOrComment(_ line: Int) -> Bool {
        var i = start(of: line)
        let end = contentEnd(of: line)
        while i < end, bytes[i] == UInt8(ascii: " ") || bytes[i] == UInt8(ascii: "\t") { i += 1 }
        return i == end || bytes[i] == UInt8(ascii: "#")
    }

    /// The last line of `lines` that holds content (not blank, not only a comment), or
    /// `lines.lowerBound` when none does.
    func lastContentLine(in lines: ClosedRange<Int>) -> Int {
        var line = lines.upperBound
        while line > lines.lowerBound, isBlankOrComment(line) { line -= 1 }
        return line
    }

    /// The leading spaces and list dashes of `line` up to `column` ("  - "), to repeat for a new item.
    func prefix(of line: Int, upTo column: Int) -> [UInt8] {
        Array(bytes[start(of: line)..<offset(line: line, column: column)])
    }

    /// The end of the scalar that starts at `offset` on its line: a closing quote, else
    /// (plain) before a ` #` comment, trailing spaces and, in a flow collection, `,]}`.
    /// nil when a quoted scalar does not close on this line.
    func scalarEnd(from offset: Int, lineEnd: Int, inFlow: Bool) -> Int? {
        guard offset < lineEnd else { return offset }
        let quote = bytes[offset]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            var i = offset + 1
            while i < lineEnd {
                if quote == UInt8(ascii: "\"") && bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
                if bytes[i] == quote {
                    if quote == UInt8(ascii: "'"), i + 1 < lineEnd, bytes[i + 1] == quote { i += 2; continue }
                    return i + 1
                }
                i += 1
            }
            return nil
        }
        var i = offset
        while i < lineEnd {
            let b = bytes[i]
            if b == UInt8(ascii: "#"), i > offset, bytes[i - 1] == UInt8(ascii: " ") || bytes[i - 1] == UInt8(ascii: "\t") { break }
            if syntax == .toml, b == UInt8(ascii: "#") { break }
            if inFlow, b == UInt8(ascii: ",") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") { break }
            i += 1
        }
        while i > offset, bytes[i - 1] == UInt8(ascii: " ") || bytes[i - 1] == UInt8(ascii: "\t") { i -= 1 }
        return i
    }

    /// The offset of the bracket that closes the one at `open` (`[` or `{`), skipping
    /// quoted text and comments; nil when it does not close inside the front-matter.
    func closingBracket(from open: Int) -> Int? {
        var depth = 0
        var i = open
        while i < textEnd {
            let b = bytes[i]
            switch b {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                var j = i + 1
                while j < textEnd, bytes[j] != b, bytes[j] != UInt8(ascii: "\n") {
                    if b == UInt8(ascii: "\"") && bytes[j] == UInt8(ascii: "\\") { j += 1 }
                    j += 1
                }
                i = j
            case UInt8(ascii: "#") where i > open && (bytes[i - 1] == 32 || bytes[i - 1] == 9 || syntax == .toml):
                while i < textEnd, bytes[i] != UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
                if depth == 0 { return i }
            default: break
            }
            i += 1
        }
        return nil
    }

    /// The offset just after the last non-space byte before `offset` (spaces, tabs and line ends skipped).
    func afterLastContent(before offset: Int) -> Int {
        var i = offset
        while i > textStart, [9, 10, 13, 32].contains(bytes[i - 1]) { i -= 1 }
        return i
    }
}
