extension FrontMatterDecoder {
    /// Splits "Dana Lee (EM), Raj Patel" on commas and semicolons outside parentheses.
    static func splitPeople(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for ch in text {
            if ch == "(" { depth += 1 } else if ch == ")" { depth = max(0, depth - 1) }
            if (ch == "," || ch == ";") && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(ch)
            }
        }
        parts.append(current)
        return parts
    }

    /// Reads "Dana Lee (Engineering Manager)" or "Dana Lee".
    static func person(_ text: String) -> Interviewer? {
        let t = text.trimmingSpaces()
        guard !t.isEmpty else { return nil }
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
            let name = String(t[..<open]).trimmingSpaces()
            let title = String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimmingSpaces()
            if !name.isEmpty { return Interviewer(name: name, title: title.isEmpty ? nil : title) }
        }
        return Interviewer(name: t)
    }
}
