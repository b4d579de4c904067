/// A front-matter value with its position, whatever the syntax (YAML or TOML).
package struct FrontMatterNode: Sendable, Hashable {
    package enum Value: Sendable, Hashable {
        /// A scalar as written; `quoted` when it was a quoted string.
        case scalar(String, quoted: Bool)
        case list([FrontMatterNode])
        case map([FrontMatterPair])
    }

    package var value: Value
    /// File-relative line and UTF-8 byte column.
    package var line: Int
    package var column: Int

    package init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }

    /// The scalar text, or nil for lists and maps.
    package var scalar: String? {
        if case .scalar(let s, _) = value { return s }
        return nil
    }

    /// True for a plain empty scalar, `~` or `null`.
    package var isNull: Bool {
        if case .scalar(let s, let quoted) = value, !quoted {
            // Most values are longer than any null: one length check instead of five comparisons.
            guard s.utf8.count <= 4 else { return false }
            return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
        }
        return false
    }

    /// Describes the kind of value for error messages.
    package var kindName: String {
        switch value {
        case .scalar: "a single value"
        case .list: "a list"
        case .map: "a mapping"
        }
    }

    /// A JSON rendering of the value, for keys `journal` does not know.
    package var json: JSONValue {
        switch value {
        case .scalar(let s, let quoted):
            if quoted { return .string(s) }
            if isNull { return .null }
            switch s {
            case "true", "True", "TRUE", "yes", "Yes", "YES": return .bool(true)
            case "false", "False", "FALSE", "no", "No", "NO": return .bool(false)
            default:
                // JSON has no infinity or NaN (`1e999`, `-nan`): those stay text.
                if let n = Double(s), n.isFinite, s.first.map({ $0.isNumber || $0 == "-" }) == true, !s.includesByte(UInt8(ascii: "_")) { return .number(n) }
                return .string(s)
            }
        case .list(let items): return .array(items.map(\.json))
        case .map(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs { object[pair.key] = pair.value.json }
            return .object(object)
        }
    }
}

/// A key of a front-matter mapping with its value.
package struct FrontMatterPair: Sendable, Hashable {
    package var key: String
    package var keyLine: Int
    package var keyColumn: Int
    package var value: FrontMatterNode

    package init(key: String, keyLine: Int, keyColumn: Int, value: FrontMatterNode) {
        self.key = key
        self.keyLine = keyLine
        self.keyColumn = keyColumn
        self.value = value
    }
}
