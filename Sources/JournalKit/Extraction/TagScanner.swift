/// Finds `#tags` and Dataview-style inline fields in text, and removes them for display.
package enum TagScanner {
    /// Tags that mark a question as difficult.
    private static let difficultTagList = ["hard", "difficult", "tough"]
    package static let difficultTags = Set(difficultTagList)

    /// Whether a tag marks a question as difficult (`difficultTags`, without hashing: three
    /// short strings compare faster than one is hashed).
    static func isDifficultTag(_ tag: String) -> Bool {
        difficultTagList.contains(tag)
    }

    /// Scans one piece of plain text (never a code span) for tags.
    /// Returns the tags found and the text with them removed.
    package static func scan(_ text: String) -> (tags: [String], stripped: String) {
        let hasFields = text.includes("::")
        guard hasFields || text.includesByte(UInt8(ascii: "#")) else { return ([], text) }
        var copy = text
        let (tags, cut) = copy.withUTF8 { scan(bytes: $0, hasFields: hasFields) }
        let stripped = cut ?? text
        // A bare `key:: value` field at the end of a line.
        if hasFields, let range = stripped.firstByteRange(of: "::") {
            let before = stripped[..<range.lowerBound]
            if let keyStart = before.lastIndex(where: { $0 == " " || $0 == "\n" }).map({ stripped.index(after: $0) }) ?? (before.isEmpty ? nil : stripped.startIndex) {
                let key = String(stripped[keyStart..<range.lowerBound]).lowercased()
                let value = String(stripped[range.upperBound...]).trimmingSpaces().lowercased()
                if key == "difficulty", !value.includesByte(10) {
                    var all = tags
                    if difficultTags.contains(value) { all.append("hard") }
                    return (all, String(stripped[..<keyStart]))
                }
            }
        }
        return (tags, stripped)
    }

    /// The tags of a piece of plain text, without building the text that remains.
    package static func tags(in text: String) -> [String] {
        if text.includes("::") { return scan(text).tags }
        guard text.includesByte(UInt8(ascii: "#")) else { return [] }
        var copy = text
        return copy.withUTF8 { scan(bytes: $0, hasFields: false, tagsOnly: true).0 }
    }

    /// The scan on UTF-8 bytes: tags found, and the text without them (nil when nothing was cut).
    private static func scan(bytes: UnsafeBufferPointer<UInt8>, hasFields: Bool, tagsOnly: Bool = false) -> ([String], String?) {
        var tags: [String] = []
        var cuts: [(from: Int, to: Int)] = []
        var i = 0
        let n = bytes.count
        // Whether the scalar before `i` lets a tag start (none, a space, `(` or `[`). After
        // a non-ASCII scalar it is decided only if a `#` follows (`nonASCIIBefore` is where
        // that scalar starts): Unicode properties are not cheap to look up.
        var boundary = true
        var nonASCIIBefore = -1

        func cut(_ from: Int, _ to: Int) {
            if !tagsOnly { cuts.append((from, to)) }
        }

        while i < n {
            let b = bytes[i]
            if b != UInt8(ascii: "#") && b != UInt8(ascii: "[") {
                if b < 0x80 {
                    boundary = b == 32 || b == 9 || b == 10 || b == UInt8(ascii: "(") || (b >= 11 && b <= 13)
                    nonASCIIBefore = -1
                    i += 1
                } else {
                    if b & 0xC0 != 0x80 { nonASCIIBefore = i }  // the start of a scalar
                    boundary = false
                    i += 1
                }
                continue
            }
            if b == UInt8(ascii: "#"), nonASCIIBefore >= 0 {
                boundary = decodeScalar(bytes, at: nonASCIIBefore).0.properties.isWhitespace
            }
            nonASCIIBefore = -1
            if b == UInt8(ascii: "#"), boundary {
                var j = i + 1
                while j < n {
                    let c = bytes[j]
                    if c < 0x80 {
                        guard isTagByte(c) else { break }
                        j += 1
                    } else {
                        let (scalar, length) = decodeScalar(bytes, at: j)
                        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { break }
                        j += length
                    }
                }
                if j > i + 1, let tag = TagName.normalizeScanned(UnsafeBufferPointer(rebasing: bytes[(i + 1)..<j])) {
                    tags.append(tag)
                    cut(i, j)
                    i = j
                    boundary = false
                    continue
                }
            }
            if b == UInt8(ascii: "["), hasFields, let (end, found) = field(bytes, from: i + 1) {
                tags += found
                cut(i, end + 1)
                i = end + 1
                boundary = false
                continue
            }
            boundary = b == UInt8(ascii: "[")
            i += 1
        }
        guard !cuts.isEmpty else { return (tags, nil) }
        // The text without the cut parts; spaces and tabs before each cut go with it.
        let text = String(unsafeUninitializedCapacity: n) { out in
            var written = 0
            var copyStart = 0
            for (from, to) in cuts {
                for k in copyStart..<from { out[written] = bytes[k]; written += 1 }
                while written > 0, out[written - 1] == 32 || out[written - 1] == 9 { written -= 1 }
                copyStart = to
            }
            for k in copyStart..<n { out[written] = bytes[k]; written += 1 }
            return written
        }
        return (tags, text)
    }

    private static func isTagByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/")
    }

    /// Reads `[key:: value]` after its `[`; returns the offset of the closing `]` and,
    /// for a difficulty field whose value says so, the tag `hard`.
    ///
    /// A field holds no `[`: the scan stops at the next one, so that each character is
    /// scanned once however many `[` a line has (it was quadratic, a hang on long lines).
    private static func field(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, [String])? {
        var j = start
        var colons: Int?
        while j < bytes.count, bytes[j] != UInt8(ascii: "]"), bytes[j] != 10, bytes[j] != UInt8(ascii: "[") {
            if colons == nil, bytes[j] == UInt8(ascii: ":"), j > start, bytes[j - 1] == UInt8(ascii: ":") { colons = j - 1 }
            j += 1
        }
        guard let colons, j < bytes.count, bytes[j] == UInt8(ascii: "]") else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colons]), as: UTF8.self).trimmingSpaces().lowercased()
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[(colons + 2)..<j]), as: UTF8.self).trimmingSpaces().lowercased()
        if key == "difficulty", difficultTags.contains(value) { return (j, ["hard"]) }
        return (j, [])
    }

    /// Obsidian wikilinks read as their text: `[[dir/Note|Alias]]` → "Alias", `[[dir/Note]]` → "Note".
    package static func resolveWikilinks(_ text: String) -> String {
        guard text.includesByte(UInt8(ascii: "[")), text.includes("[[") else { return text }
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

    /// Tags and display text of inline content: code spans are kept and never scanned; inline
    /// HTML is left out, or kept as written with `keepingHTML` (question text).
    package static func scan(_ inline: InlineText, keepingHTML: Bool = false) -> (tags: [String], text: String) {
        // One plain run (most paragraphs): its text as is when nothing is cut.
        if inline.runs.count == 1, !inline.runs[0].isCode, !inline.runs[0].isHTML {
            let (found, stripped) = scan(inline.runs[0].text)
            return (found, resolveWikilinks(stripped))
        }
        var tags: [String] = []
        var text: [UInt8] = []
        func append(_ string: String) {
            var copy = string
            copy.withUTF8 { text.append(contentsOf: $0) }
        }
        for run in inline.runs {
            if run.isHTML {
                if keepingHTML { append(run.text) }
            } else if run.isCode {
                append(InlineText(runs: [run]).display)
            } else {
                let (found, stripped) = scan(run.text)
                tags += found
                append(resolveWikilinks(stripped))
            }
        }
        return (tags, String(decoding: text, as: UTF8.self))
    }
}
