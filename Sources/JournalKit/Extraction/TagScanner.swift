/// Finds `#tags` and Dataview-style inline fields in text, and removes them for display.
public enum TagScanner {
    /// Tags that mark a question as difficult.
    public static let difficultTags: Set<String> = ["hard", "difficult", "tough"]

    private static func isTagScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57) || s == "_" || s == "-" || s == "/"
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
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
        let hasFields = text.includes("::")
        guard hasFields || text.includesByte(UInt8(ascii: "#")) else { return ([], text) }
        var tags: [String] = []
        var out = ""
        let scalars = text.unicodeScalars
        var copyStart = scalars.startIndex
        var i = scalars.startIndex
        var previous: Unicode.Scalar?

        func cut(_ from: String.UnicodeScalarView.Index, _ to: String.UnicodeScalarView.Index) {
            out += String(scalars[copyStart..<from])
            while let last = out.last, last == " " || last == "\t" { out.removeLast() }
            copyStart = to
        }

        while i < scalars.endIndex {
            let s = scalars[i]
            if s != "#" && s != "[" {
                previous = s
                i = scalars.index(after: i)
                continue
            }
            let atBoundary = previous.map { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "(" || $0 == "[" || $0.properties.isWhitespace } ?? true
            if s == "#", atBoundary {
                var j = scalars.index(after: i)
                while j < scalars.endIndex, isTagScalar(scalars[j]) { j = scalars.index(after: j) }
                if j > scalars.index(after: i), let tag = normalize(String(scalars[scalars.index(after: i)..<j])) {
                    tags.append(tag)
                    cut(i, j)
                    i = j
                    previous = "#"
                    continue
                }
            }
            if s == "[", hasFields, let (end, found) = field(in: scalars, from: scalars.index(after: i)) {
                tags += found
                let after = scalars.index(after: end)
                cut(i, after)
                i = after
                previous = "]"
                continue
            }
            previous = s
            i = scalars.index(after: i)
        }
        out += String(scalars[copyStart...])
        var stripped = out
        // A bare `key:: value` field at the end of a line.
        if hasFields, let range = stripped.firstByteRange(of: "::") {
            let before = stripped[..<range.lowerBound]
            if let keyStart = before.lastIndex(where: { $0 == " " || $0 == "\n" }).map({ stripped.index(after: $0) }) ?? (before.isEmpty ? nil : stripped.startIndex) {
                let key = String(stripped[keyStart..<range.lowerBound]).lowercased()
                let value = String(stripped[range.upperBound...]).trimmingSpaces().lowercased()
                if key == "difficulty", !value.includesByte(10) {
                    if difficultTags.contains(value) { tags.append("hard") }
                    stripped = String(stripped[..<keyStart])
                }
            }
        }
        return (tags, stripped)
    }

    /// Reads `[key:: value]` after its `[`; returns the index of the closing `]` and,
    /// for a difficulty field whose value says so, the tag `hard`.
    ///
    /// A field holds no `[`: the scan stops at the next one, so that each character is
    /// scanned once however many `[` a line has (it was quadratic, a hang on long lines).
    private static func field(in scalars: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index) -> (String.UnicodeScalarView.Index, [String])? {
        var j = start
        var sawColons = false
        var last: Unicode.Scalar?
        while j < scalars.endIndex, scalars[j] != "]", scalars[j] != "\n", scalars[j] != "[" {
            if scalars[j] == ":", last == ":" { sawColons = true }
            last = scalars[j]
            j = scalars.index(after: j)
        }
        guard sawColons, j < scalars.endIndex, scalars[j] == "]" else { return nil }
        let body = String(scalars[start..<j])
        guard let range = body.firstByteRange(of: "::") else { return nil }
        let key = body[..<range.lowerBound].trimmingSpaces().lowercased()
        let value = body[range.upperBound...].trimmingSpaces().lowercased()
        if key == "difficulty", difficultTags.contains(value) { return (j, ["hard"]) }
        return (j, [])
    }

    /// Obsidian wikilinks read as their text: `[[dir/Note|Alias]]` → "Alias", `[[dir/Note]]` → "Note".
    public static func resolveWikilinks(_ text: String) -> String {
        guard text.includes("[[") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstByteRange(of: "[["), let close = rest[open.upperBound...].firstByteRange(of: "]]") {
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
