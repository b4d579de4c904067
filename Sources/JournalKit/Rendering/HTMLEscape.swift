/// The one function that turns user text into HTML text: for element content and for
/// attribute values alike.
package enum HTMLEscape {
    /// Escapes `&`, `<`, `>`, `"` and `'`, so that the text can neither close an element
    /// or attribute nor start markup; control characters (but tab, newline and carriage
    /// return) and bidirectional controls are shown as `<U+202E>` (`visibleControls`).
    /// Other characters are kept as they are.
    package static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || mayStartHidden($0) }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if isHidden(scalar) { out += visible(scalar) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// `html` with every control character but tab, newline and carriage return, and every
    /// bidirectional control (U+202A–U+202E, U+2066–U+2069), shown as the text `<U+202E>`:
    /// in a browser an override would show "Acme‮evil‬ Corp" in another order than it is
    /// stored (issue 21). Safe on markup: such characters are never part of a tag.
    package static func visibleControls(_ html: String) -> String {
        guard html.utf8.contains(where: mayStartHidden), html.unicodeScalars.contains(where: isHidden) else { return html }
        var out = ""
        out.reserveCapacity(html.utf8.count + 16)
        for scalar in html.unicodeScalars {
            if isHidden(scalar) { out += visible(scalar) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// Whether `scalar` is shown as `<U+XXXX>` rather than kept.
    static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
        (TerminalSafe.isControl(scalar) && scalar != "\t" && scalar != "\n" && scalar != "\r") || TerminalSafe.isBidiControl(scalar)
    }

    /// A UTF-8 byte that may begin a hidden scalar: a C0 control or DEL, the lead byte of C1
    /// controls (0xC2) or of the bidirectional controls (0xE2).
    private static func mayStartHidden(_ byte: UInt8) -> Bool {
        (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "&lt;U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "&gt;"
    }
}
