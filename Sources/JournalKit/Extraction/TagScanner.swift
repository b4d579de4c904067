/// Finds `#tags` and Dataview-style inline fields in text, and removes them for display.
public enum TagScanner {
    /// Tags that mark a question as difficult.
    public static let difficultTags: Set<String> = ["hard", "difficult", "tough"]

    private static func isTagScalar(_ s: Unicode.Scalar) -> Bool {
        s.properties.isAlphabetic || s.properties.numericType != nil || s == "_" || s == "-" || s == "/"
    }

    /// Lowercases a tag and strips a leading `#`; nil when nothing is left or it is only digits.
    public static func normalize(_ raw: String) -> String? {
        var t = raw.trimmingSpaces()
        while t.hasPrefix("#") { t.removeFirst() }
        while t.hasSuffix("/") || t.hasSuffix("-") { t.removeLast() }
        t = t.lowercased()
        guard !t.isEmpty, !t.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "/" || $0 == "-" }) else { return nil }
        return t
    }

    /// Scans one piece of plain text (never a code span) for tags.
    /// Returns the tags found and the text with them removed.
    public static func scan(_ text: String) -> (tags: [String], stripped: String) {
        guard text.contains("#") || text.contains("::") else { return ([], text) }
        var tags: [String] = []
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let atBoundary = i == 0 || scalars[i - 1].properties.isWhitespace || scalars[i - 1] == "(" || scalars[i - 1] == "["
            if s == "#", atBoundary, i + 1 < scalars.count, isTagScalar(scalars[i + 1]) {
                var j = i + 1
                while j < scalars.count, isTagScalar(scalars[j]) { j += 1 }
                let raw = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                if let tag = normalize(raw) {
                    tags.append(tag)
                    while let last = out.last, last == " " || last == "\t" { out.removeLast() }
                    i = j
                    continue
                }
            }
            if s == "[", let close = field(in: scalars, from: i + 1, until: "]") {
                tags.append(contentsOf: close.tags)
                while let last = out.last, last == " " || last == "\t" { out.removeLast() }
                i = close.end + 1
                continue
            }
            out.append(s)
            i += 1
        }
        var stripped = String(out)
        // A bare `key:: value` field at the end of a line.
        if let range = stripped.range(of: "::") {
            let before = stripped[..<range.lowerBound]
            if let keyStart = before.lastIndex(where: { $0 == " " || $0 == "\n" }).map({ stripped.index(after: $0) }) ?? (before.isEmpty ? nil : stripped.startIndex) {
                let key = String(stripped[keyStart..<range.lowerBound]).lowercased()
                let value = String(stripped[range.upperBound...]).trimmingSpaces().lowercased()
                if key == "difficulty", !value.contains("\n") {
                    if difficultTags.contains(value) { tags.append("hard") }
                    stripped = String(stripped[..<keyStart])
                }
            }
        }
        return (tags, stripped)
    }

    /// Reads `[key:: value]`; a difficulty field yields the tag `hard` when its value says so.
    private static func field(in scalars: [Unicode.Scalar], from start: Int, until close: Unicode.Scalar) -> (end: Int, tags: [String])? {
        var j = start
        var sawColons = false
        while j < scalars.count, scalars[j] != close, scalars[j] != "\n" {
            if scalars[j] == ":", j + 1 < scalars.count, scalars[j + 1] == ":" { sawColons = true }
            j += 1
        }
        guard sawColons, j < scalars.count, scalars[j] == close else { return nil }
        let body = String(String.UnicodeScalarView(scalars[start..<j]))
        guard let range = body.range(of: "::") else { return nil }
        let key = body[..<range.lowerBound].trimmingSpaces().lowercased()
        let value = body[range.upperBound...].trimmingSpaces().lowercased()
        if key == "difficulty", difficultTags.contains(value) { return (j, ["hard"]) }
        return (j, [])
    }

    /// Obsidian wikilinks read as their text: `[[dir/Note|Alias]]` → "Alias", `[[dir/Note]]` → "Note".
    public static func resolveWikilinks(_ text: String) -> String {
        guard text.contains("[[") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
            out += rest[..<open.lowerBound]
            let inner = rest[open.upperBound..<close.lowerBound]
            if let bar = inner.lastIndex(of: "|") {
                out += inner[inner.index(after: bar)...]
            } else {
                out += inner.split(separator: "/").last.map(String.init) ?? String(inner)
            }
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    /// Tags and display text of inline content: code spans are kept and never scanned.
    public static func scan(_ inline: InlineText) -> (tags: [String], text: String) {
        var tags: [String] = []
        var text = ""
        for run in inline.runs {
            if run.isCode {
                text += InlineText(runs: [run]).display
            } else {
                let (found, stripped) = scan(run.text)
                tags += found
                text += resolveWikilinks(stripped)
            }
        }
        return (tags, text)
    }
}
