import Foundation

/// Aligned plain-text columns, measured in terminal cells.
package enum TextTable {
    package static func render(header: [String], rows: [[String]], rightAligned: Set<Int> = [], maxWidth: Int = 40) -> String {
        // A cell is one line: its newlines and controls are shown, not run (`TerminalSafe`).
        let all = [header] + rows.map { $0.map { truncate(TerminalSafe.line($0), maxWidth) } }
        var widths = Array(repeating: 0, count: header.count)
        for row in all { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cellWidth(cell)) } }
        var out = ""
        for row in all {
            var line = ""
            for (i, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[i] - cellWidth(cell))
                let text = rightAligned.contains(i) ? pad + cell : cell + (i == row.count - 1 ? "" : pad)
                line += (i == 0 ? "" : "  ") + text
            }
            out += line.trimmingSpaces() == "" ? "\n" : String(line.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
        }
        return out
    }

    /// Width in terminal cells: wide East Asian characters and emoji take two.
    package static func cellWidth(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.utf8.count }
        var width = 0
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if scalar.properties.generalCategory == .nonspacingMark || v == 0x200D || (0xFE00...0xFE0F).contains(v) { continue }
            if scalar.properties.isEmojiPresentation || (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v) ||
                (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v) ||
                (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v) {
                width += 2
            } else {
                width += 1
            }
        }
        return width
    }

    /// Cuts text to `limit` cells, ending with "…".
    package static func truncate(_ text: String, _ limit: Int) -> String {
        let flat = text.includesByte(10) ? text.replacingOccurrences(of: "\n", with: " ") : text
        guard cellWidth(flat) > limit else { return flat }
        var out = ""
        var width = 0
        for ch in flat {
            let w = cellWidth(String(ch))
            if width + w > limit - 1 { break }
            out.append(ch)
            width += w
        }
        return out + "…"
    }
}
