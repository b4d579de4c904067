/// How a new value is written in YAML or TOML front-matter: dates bare, text plain when
/// YAML reads it back unchanged as text, else in double quotes (always quoted in TOML).
struct ValueFormat {
    let syntax: FrontMatterSplit.Syntax

    /// `value` as a scalar; `quote` keeps the quote character of the value it replaces.
    func scalar(_ value: FrontMatterChange.Value, quote: UInt8? = nil, inFlow: Bool = false) -> String {
        switch value {
        case .date(let day):
            guard let quote, syntax == .yaml || quote == UInt8(ascii: "\"") else { return day.description }
            let q = String(UnicodeScalar(quote))
            return q + day.description + q
        case .text(let text):
            if quote == UInt8(ascii: "'"), !text.contains("\n"), syntax == .yaml || !text.contains("'") { return "'" + text.replacingAll("'", with: "''") + "'" }
            // YAML: `EntryTemplate`'s rule (plain only for letters, digits and `.&()'+-/_`,
            // never a keyword, so also safe in a flow list), quoted too when a digit starts
            // it (`42` would read back as a number). TOML: always a basic string.
            if syntax == .yaml, quote == nil, text.unicodeScalars.first?.properties.isAlphabetic == true { return EntryTemplate.yamlScalar(text) }
            return ValueFormat.doubleQuoted(text)
        }
    }

    /// `key: value` or `key = value`.
    func pair(_ key: String, _ value: String) -> String {
        syntax == .toml ? "\(key) = \(value)" : "\(key): \(value)"
    }

    /// A one-line list of already formatted items.
    func list(_ items: [String]) -> String { "[" + items.joined(separator: ", ") + "]" }

    /// A one-line mapping of already formatted values: `{name: Dana, connected: 2026-11-19}`.
    func inlineMap(_ pairs: [(String, String)]) -> String {
        syntax == .toml ? "{ " + pairs.map { "\($0.0) = \($0.1)" }.joined(separator: ", ") + " }"
                        : "{" + pairs.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
    }

    /// A double-quoted string with the escapes TOML and YAML share.
    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}

private extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
