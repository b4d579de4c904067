/// The one place where text from notes and file names is made safe to print
/// (docs/robustness.md, "Output is text, never commands").
///
/// A note or a file name may hold terminal escapes (ESC, CSI, OSC: a window title, a
/// link, clearing the screen), carriage returns and backspaces that overwrite what was
/// printed, or bidirectional overrides that show "Acme‮evil‬ Corp" in another order than
/// it is stored. In text output these are shown as `<U+001B>`, `<U+202E>`: visible,
/// unambiguous, and inert in any terminal, with colour or without, on a terminal or in a
/// pipe. Tab and newline stay where a text may hold them.
package enum TerminalSafe {
    /// Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069).
    package static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// C0 controls, DEL and C1 controls.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// A byte of a file name that is not UTF-8, as `EntryDiscovery` keeps it (see `FileName`).
    static func isRawByte(_ scalar: Unicode.Scalar) -> Bool {
        FileName.rawByte(scalar) != nil
    }

    static func needsEscape(_ scalar: Unicode.Scalar, keepingLines: Bool) -> Bool {
        if keepingLines, scalar == "\n" || scalar == "\t" { return false }
        return isControl(scalar) || isBidiControl(scalar) || isRawByte(scalar)
    }

    static func visible(_ scalar: Unicode.Scalar) -> String {
        if let byte = FileName.rawByte(scalar) { return "\\x" + hex(UInt32(byte), digits: 2) }
        return "<U+" + hex(scalar.value, digits: 4) + ">"
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// `text` with every control character except tab and newline, every bidirectional
    /// control and every raw file-name byte made visible. With `keepingStyle`, the colour
    /// codes `TerminalStyle` writes (ESC `[` 0, 1, 2 or 31–36 `m`) are kept: they change
    /// colour only.
    package static func text(_ text: String, keepingStyle: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLines: true) }) else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            if keepingStyle, scalar == "\u{1B}", let length = styleCodeLength(scalars, at: i) {
                out.append(contentsOf: scalars[i..<(i + length)])
                i += length
                continue
            }
            if needsEscape(scalar, keepingLines: true) { out.append(contentsOf: visible(scalar).unicodeScalars) } else { out.append(scalar) }
            i += 1
        }
        return String(out)
    }

    /// The length of a `TerminalStyle` colour code at `i` (`ESC [ 0 m` … `ESC [ 36 m`), if one is there.
    private static func styleCodeLength(_ scalars: [Unicode.Scalar], at i: Int) -> Int? {
        guard i + 3 < scalars.count, scalars[i + 1] == "[" else { return nil }
        if scalars[i + 3] == "m", ["0", "1", "2"].contains(scalars[i + 2]) { return 4 }
        if i + 4 < scalars.count, scalars[i + 4] == "m", scalars[i + 2] == "3", ("1"..."6").contains(scalars[i + 3]) { return 5 }
        return nil
    }

    /// `text` on one line: like `text(_:)`, and newlines and tabs made visible too.
    package static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLines: false) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLines: false) { out.append(contentsOf: visible(scalar).unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }

    /// A file name for a diagnostic or a message: as it is when it is plain, else in single
    /// quotes with its controls, bidirectional controls and non-UTF-8 bytes made visible, so
    /// a name can never start a line of its own (`path:line:col: error:` forged by a newline).
    package static func path(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { needsEscape($0, keepingLines: false) }) else { return path }
        return "'" + line(path).replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// A CSV cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return) gets a leading `'`, as OWASP recommends; the
    /// spreadsheet shows the text, and `'` is easy to strip by a program that wants the raw value.
    package static func csvCell(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return cell }
        return "'" + cell
    }
}
