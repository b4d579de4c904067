/// An open buffer: its bytes as the editor has them, and where each line starts, so that LSP
/// positions (0-based line, character in the negotiated encoding) become byte offsets.
package struct TextDocument: Sendable, Hashable {
    package var uri: String
    /// The path relative to the journal root (absolute when outside it).
    package var path: String
    package var version: Int
    package private(set) var bytes: [UInt8]
    /// Offset of the first byte of each line (a line ends after "\n").
    package private(set) var lineStarts: [Int]

    package init(uri: String, path: String, version: Int, text: [UInt8]) {
        self.uri = uri
        self.path = path
        self.version = version
        self.bytes = text
        self.lineStarts = Self.lineStarts(text)
    }

    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts = [0]
        for (i, byte) in bytes.enumerated() where byte == 0x0A { starts.append(i + 1) }
        return starts
    }

    /// The bytes of 0-based `line`, without "\n" or "\r\n"; empty past the end.
    package func line(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 0, line < lineStarts.count else { return [] }
        let start = lineStarts[line]
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[start..<max(start, end)]
    }

    /// The byte offset of an LSP position; a line past the end is the end of the text.
    package func offset(line: Int, character: Int, encoding: PositionEncoding) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return bytes.count }
        return lineStarts[line] + encoding.byte(ofCharacter: character, in: self.line(line))
    }

    /// The LSP position (0-based line and character) of byte `offset`.
    package func position(ofOffset offset: Int, encoding: PositionEncoding) -> (line: Int, character: Int) {
        let offset = min(max(0, offset), bytes.count)
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        let text = line(low)
        return (low, encoding.character(ofByte: offset - lineStarts[low], in: text))
    }

    /// The LSP position of a 1-based line and 1-based UTF-8 byte column (a `SourceLocation`).
    package func position(line: Int, byteColumn: Int, encoding: PositionEncoding) -> (line: Int, character: Int) {
        let index = max(0, line - 1)
        return (index, encoding.character(ofByte: byteColumn - 1, in: self.line(index)))
    }

    /// Replaces the bytes `range` with `text` (an incremental change) and renumbers the lines.
    package mutating func replace(_ range: Range<Int>, with text: [UInt8]) {
        let lower = min(max(0, range.lowerBound), bytes.count)
        let upper = min(max(lower, range.upperBound), bytes.count)
        bytes.replaceSubrange(lower..<upper, with: text)
        // Lines before the change keep their starts; only the rest is counted again.
        let firstLine = lineStarts.lastIndex { $0 <= lower } ?? 0
        var starts = Array(lineStarts[...firstLine])
        var i = lineStarts[firstLine]
        while i < bytes.count {
            if bytes[i] == 0x0A { starts.append(i + 1) }
            i += 1
        }
        lineStarts = starts
    }

    /// Replaces the whole text (a full change).
    package mutating func replaceAll(with text: [UInt8]) {
        bytes = text
        lineStarts = Self.lineStarts(text)
    }
}
