/// Word wrapping for terminal text, measured in terminal cells.
package enum TextWrap {
    /// The width text output is wrapped to.
    package static let defaultWidth = 80

    /// Wraps `text` (newlines and runs of spaces count as one space) into lines of at most
    /// `width` cells, the first starting with `first` and the others with `rest`.
    /// A word longer than a whole line (a URL, or Chinese or Japanese text without
    /// spaces) is broken between characters.
    package static func wrap(_ text: String, width: Int = defaultWidth, first: String = "", rest: String = "") -> [String] {
        let available = max(2, width - max(TextTable.cellWidth(first), TextTable.cellWidth(rest)))
        var words: [String] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            if TextTable.cellWidth(String(word)) <= available { words.append(String(word)); continue }
            words += pieces(String(word), width: available)
        }
        var lines: [String] = []
        var line = first
        var lineWidth = TextTable.cellWidth(first)
        var empty = true
        for word in words {
            let w = TextTable.cellWidth(word)
            if !empty, lineWidth + 1 + w > width {
                lines.append(line)
                line = rest
                lineWidth = TextTable.cellWidth(rest)
                empty = true
            }
            if !empty { line += " "; lineWidth += 1 }
            line += word
            lineWidth += w
            empty = false
        }
        lines.append(line)
        return lines
    }

    /// Wraps `text` like `wrap` and applies `style` to the words (not to the indentation);
    /// every line ends with a newline.
    package static func styled(_ text: String, width: Int = defaultWidth, first: String, rest: String,
                              style: (String) -> String) -> String {
        var out = ""
        for (index, line) in wrap(text, width: width, first: first, rest: rest).enumerated() {
            let prefix = index == 0 ? first : rest
            out += prefix + style(String(line.dropFirst(prefix.count))) + "\n"
        }
        return out
    }

    /// Splits a long word into pieces of at most `width` cells, between characters.
    static func pieces(_ word: String, width: Int) -> [String] {
        var pieces: [String] = []
        var piece = ""
        var pieceWidth = 0
        for ch in word {
            let w = TextTable.cellWidth(String(ch))
            if pieceWidth + w > width, !piece.isEmpty {
                pieces.append(piece)
                piece = ""
                pieceWidth = 0
            }
            piece.append(ch)
            pieceWidth += w
        }
        if !piece.isEmpty { pieces.append(piece) }
        return pieces
    }

    /// `text` with newlines and runs of white space collapsed to single spaces.
    package static func flatten(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
