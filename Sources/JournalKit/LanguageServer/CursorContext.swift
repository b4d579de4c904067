/// Where the cursor of a request is in a note: in the front-matter at a key or after one,
/// or in the body, and the word it ends.
package struct CursorContext: Sendable, Hashable {
    package enum Place: Sendable, Hashable {
        /// Typing a key at the start of a front-matter line.
        case key
        /// After `key:` (the key normalised: lowercase, `_` for `-` and space), or on a list
        /// item of that key's block.
        case value(key: String)
        /// In the body of the note.
        case body
    }

    package var place: Place
    /// The text of the line before the cursor.
    package var linePrefix: String
    /// The bytes of the word before the cursor (letters, digits, `-`, `_`, `#`), as a byte range.
    package var wordRange: Range<Int>

    package init(document: TextDocument, offset: Int) {
        let position = document.position(ofOffset: offset, encoding: .utf8)
        let lineStart = document.lineStarts[position.line]
        let prefixBytes = document.bytes[lineStart..<offset]
        linePrefix = String(decoding: prefixBytes, as: UTF8.self)
        var start = offset
        while start > lineStart, Self.isWordByte(document.bytes[start - 1]) { start -= 1 }
        wordRange = start..<offset
        let span = FrontMatterSpan(document.bytes)
        guard let span, span.contains(offset) else {
            place = .body
            return
        }
        let trimmed = linePrefix.drop { $0 == " " || $0 == "\t" }
        if let colon = trimmed.firstIndex(of: ":"), !trimmed.hasPrefix("-") {
            place = .value(key: Self.normalizeKey(String(trimmed[..<colon])))
        } else if trimmed.hasPrefix("-") || linePrefix.hasPrefix(" ") {
            // A list item: the key is the nearest line above that starts at column 1.
            var line = position.line - 1
            var key = ""
            while line >= 0, document.lineStarts[line] >= span.start {
                let text = String(decoding: document.line(line), as: UTF8.self)
                if let first = text.first, first != " ", first != "\t", first != "-", let colon = text.firstIndex(of: ":") {
                    key = Self.normalizeKey(String(text[..<colon]))
                    break
                }
                line -= 1
            }
            place = .value(key: key)
        } else {
            place = .key
        }
    }

    /// The word before the cursor, as text.
    package func word(in document: TextDocument) -> String {
        String(decoding: document.bytes[wordRange], as: UTF8.self)
    }

    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x5F || byte == 0x23
    }

    /// Lowercase, `-` and space as `_`, as the front-matter matches keys.
    static func normalizeKey(_ key: String) -> String {
        String(key.trimmingSpaces().lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }
}

/// Where a note's front-matter text is, in bytes (between its delimiter lines).
struct FrontMatterSpan {
    var start: Int
    var end: Int

    init?(_ bytes: [UInt8]) {
        let layout = NoteLayout(bytes)
        guard layout.syntax != nil else { return nil }
        start = layout.textStart
        end = layout.textEnd
    }

    func contains(_ offset: Int) -> Bool { offset >= start && offset <= end }
}
