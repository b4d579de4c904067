/// A fast reader for the YAML that front-matter almost always is: a block mapping of
/// plain or quoted scalars, flow lists of scalars, and block lists of scalars or of
/// small mappings. It works on the UTF-8 bytes of the text in place and builds
/// `FrontMatterNode`s with the same positions as the Yams path.
///
/// Anything outside that subset (anchors, block scalars, multi-line scalars, nested
/// flow collections, tabs, unusual escapes, duplicate keys, syntax errors) makes it
/// return nil, and `YAMLFrontMatter` hands the text to Yams, which reads all of YAML
/// and reports errors with their position. A differential test keeps both paths equal.
struct FastYAML {
    /// The text's own UTF-8 storage, valid for the whole parse (see `parse`).
    let bytes: UnsafeBufferPointer<UInt8>
    let firstLine: Int
    /// Byte ranges of the lines (without the newline and a trailing `\r`), and how many
    /// spaces each starts with (asked for several times per line).
    var lines: [(start: Int, end: Int, indent: Int)] = []
    /// The pairs and items of the block collections being read, innermost last. Each
    /// collection is copied out at its exact size when it ends, rather than growing an
    /// array of its own: front-matter is many small collections. Every pair and item takes
    /// a line of its own, so neither outgrows the line count reserved.
    var pendingPairs: [FrontMatterPair] = []
    private var pendingItems: [FrontMatterNode] = []

    private init(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) {
        self.bytes = bytes
        self.firstLine = firstLine
        // Front-matter lines are rarely shorter than this: one allocation, not one per doubling.
        lines.reserveCapacity(bytes.count / 8 + 1)
        func add(_ start: Int, _ end: Int) {
            var i = start
            while i < end, bytes[i] == 32 { i += 1 }
            lines.append((start, end, i - start))
        }
        var start = 0
        for i in 0..<bytes.count where bytes[i] == 10 {
            add(start, i > start && bytes[i - 1] == 13 ? i - 1 : i)
            start = i + 1
        }
        if start < bytes.count { add(start, bytes.count > start && bytes[bytes.count - 1] == 13 ? bytes.count - 1 : bytes.count) }
        pendingPairs.reserveCapacity(lines.count)
        pendingItems.reserveCapacity(lines.count)
    }

    /// The root node, `.some(nil)` for an empty document, or nil when Yams must decide.
    static func parse(_ text: String, firstLine: Int) -> FrontMatterNode?? {
        var text = text
        // A native string's bytes are read where they are, not copied into an array.
        return text.withUTF8 { parse($0, firstLine: firstLine) }
    }

    /// `parse` of valid UTF-8 bytes (the text of a string), which must stay alive meanwhile.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) -> FrontMatterNode?? {
        var reader = FastYAML(bytes, firstLine: firstLine)
        return reader.document()
    }

    struct Bail: Error {}

    // MARK: - Lines

    func indent(_ line: Int) -> Int {
        lines[line].indent
    }

    /// Blank or comment-only lines carry nothing.
    private func isBlank(_ line: Int) -> Bool {
        let i = lines[line].start + lines[line].indent
        return i == lines[line].end || bytes[i] == UInt8(ascii: "#")
    }

    func nextContent(from line: Int) -> Int {
        var l = line
        while l < lines.count, isBlank(l) { l += 1 }
        return l
    }

    private mutating func document() -> FrontMatterNode?? {
        do {
            if bytes.contains(9) { throw Bail() }
            let first = nextContent(from: 0)
            if first == lines.count { return .some(nil) }
            // Directives, document markers and a top-level list or scalar go to Yams.
            guard indent(first) == 0 else { throw Bail() }
            var line = first
            let node = try mapping(at: &line, indent: 0)
            if nextContent(from: line) != lines.count { throw Bail() }
            return .some(node)
        } catch {
            return nil
        }
    }

    // MARK: - Block collections

    /// A block mapping whose keys start at column `indent`.
    private mutating func mapping(at line: inout Int, indent: Int, depth: Int = 0) throws -> FrontMatterNode {
        // Deep nesting goes to Yams, which limits it and says where.
        guard depth < 16 else { throw Bail() }
        let base = pendingPairs.count
        var manyKeys: Set<String> = []
        while true {
            line = nextContent(from: line)
            guard line < lines.count else { break }
            let lineIndent = self.indent(line)
            if lineIndent < indent { break }
            guard lineIndent == indent else { throw Bail() }
            let keyStart = lines[line].start + indent
            let (key, afterColon) = try self.key(line: line, from: keyStart)
            guard isNew(key, since: base, &manyKeys) else { throw Bail() }
            let keyLine = firstLine + line
            let keyColumn = indent + 1
            var valueStart = afterColon
            while valueStart < lines[line].end, bytes[valueStart] == 32 { valueStart += 1 }
            let value: FrontMatterNode
            if valueStart < lines[line].end, bytes[valueStart] != UInt8(ascii: "#") {
                value = try inlineValue(line: line, from: valueStart)
                line += 1
            } else {
                // Nothing after the colon: a nested block, or null.
                let next = nextContent(from: line + 1)
                if next < lines.count, isSequenceItem(next), self.indent(next) >= indent {
                    line = next
                    value = try sequence(at: &line, indent: self.indent(next), depth: depth + 1)
                } else if next < lines.count, self.indent(next) > indent {
                    line = next
                    value = try mapping(at: &line, indent: self.indent(next), depth: depth + 1)
                } else {
                    // Yams marks an empty value at the end of the key line's content.
                    value = FrontMatterNode(.scalar("", quoted: false), line: keyLine, column: afterColon - lines[line].start + 1 + 0)
                    line += 1
                }
            }
            pendingPairs.append(FrontMatterPair(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
        }
        let pairs = popPairs(since: base)
        guard let first = pairs.first else { throw Bail() }
        return FrontMatterNode(.map(pairs), line: first.keyLine, column: first.keyColumn)
    }

    func isSequenceItem(_ line: Int) -> Bool {
        let i = lines[line].start + indent(line)
        guard i < lines[line].end, bytes[i] == UInt8(ascii: "-") else { return false }
        return i + 1 == lines[line].end || bytes[i + 1] == 32
    }

    /// A block sequence whose dashes are at column `indent`.
    private mutating func sequence(at line: inout Int, indent: Int, depth: Int) throws -> FrontMatterNode {
        guard depth < 16 else { throw Bail() }
        let base = pendingItems.count
        let startLine = line
        while true {
            line = nextContent(from: line)
            guard line < lines.count else { break }
            let lineIndent = self.indent(line)
            if lineIndent < indent { break }
            guard lineIndent == indent, isSequenceItem(line) else {
                if lineIndent == indent { break }
                throw Bail()
            }
            var contentStart = lines[line].start + indent + 1
            while contentStart < lines[line].end, bytes[contentStart] == 32 { contentStart += 1 }
            if contentStart >= lines[line].end || bytes[contentStart] == UInt8(ascii: "#") { throw Bail() }
            let itemColumn = contentStart - lines[line].start
            if looksLikeKey(line: line, from: contentStart) {
                // "- name: Raj" starts a mapping item; its other keys follow at the same column.
                var inner = line
                let node = try mappingItem(at: &inner, firstKeyStart: contentStart, indent: itemColumn)
                pendingItems.append(node)
                line = inner
            } else {
                pendingItems.append(try inlineValue(line: line, from: contentStart))
                line += 1
            }
        }
        let items = Array(pendingItems[base...])
        pendingItems.removeSubrange(base...)
        return FrontMatterNode(.list(items), line: firstLine + startLine, column: indent + 1)
    }

    /// A mapping that starts after "- " on `line`; further keys at column `indent`.
    private mutating func mappingItem(at line: inout Int, firstKeyStart: Int, indent: Int) throws -> FrontMatterNode {
        let base = pendingPairs.count
        var manyKeys: Set<String> = []
        var keyStart = firstKeyStart
        while true {
            let (key, afterColon) = try self.key(line: line, from: keyStart)
            guard isNew(key, since: base, &manyKeys) else { throw Bail() }
            var valueStart = afterColon
            while valueStart < lines[line].end, bytes[valueStart] == 32 { valueStart += 1 }
            guard valueStart < lines[line].end, bytes[valueStart] != UInt8(ascii: "#") else { throw Bail() }
            let value = try inlineValue(line: line, from: valueStart)
            pendingPairs.append(FrontMatterPair(key: key, keyLine: firstLine + line, keyColumn: keyStart - lines[line].start + 1, value: value))
            let next = nextContent(from: line + 1)
            line += 1
            guard next < lines.count, self.indent(next) == indent, !isSequenceItem(next) else {
                if next < lines.count, self.indent(next) > indent { throw Bail() }
                break
            }
            line = next
            keyStart = lines[next].start + indent
        }
        let pairs = popPairs(since: base)
        return FrontMatterNode(.map(pairs), line: pairs[0].keyLine, column: pairs[0].keyColumn)
    }

    /// The pairs of the mapping that started at `base` in `pendingPairs`, taken out of it.
    private mutating func popPairs(since base: Int) -> [FrontMatterPair] {
        let pairs = Array(pendingPairs[base...])
        pendingPairs.removeSubrange(base...)
        return pairs
    }
}
