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
    private let bytes: UnsafeBufferPointer<UInt8>
    private let firstLine: Int
    /// Byte ranges of the lines (without the newline and a trailing `\r`), and how many
    /// spaces each starts with (asked for several times per line).
    private var lines: [(start: Int, end: Int, indent: Int)] = []
    /// The pairs and items of the block collections being read, innermost last. Each
    /// collection is copied out at its exact size when it ends, rather than growing an
    /// array of its own: front-matter is many small collections. Every pair and item takes
    /// a line of its own, so neither outgrows the line count reserved.
    private var pendingPairs: [FrontMatterPair] = []
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

    private struct Bail: Error {}

    // MARK: - Lines

    private func indent(_ line: Int) -> Int {
        lines[line].indent
    }

    /// Blank or comment-only lines carry nothing.
    private func isBlank(_ line: Int) -> Bool {
        let i = lines[line].start + lines[line].indent
        return i == lines[line].end || bytes[i] == UInt8(ascii: "#")
    }

    private func nextContent(from line: Int) -> Int {
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

    private func isSequenceItem(_ line: Int) -> Bool {
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

    // MARK: - Keys and scalars

    /// Whether `key` is not yet among the pending pairs of the mapping that started at `base`
    /// (a duplicate goes to Yams). Front-matter mappings are small: comparing with the keys
    /// before is cheaper than hashing every key into a set, which is only built (in `many`)
    /// once a mapping is long.
    private func isNew(_ key: String, since base: Int, _ many: inout Set<String>) -> Bool {
        if pendingPairs.count - base < 16 {
            for i in base..<pendingPairs.count where pendingPairs[i].key == key { return false }
            return true
        }
        if many.isEmpty { many = Set(pendingPairs[base...].lazy.map(\.key)) }
        return many.insert(key).inserted
    }

    private func looksLikeKey(line: Int, from start: Int) -> Bool {
        (try? keyBounds(line: line, from: start)) != nil
    }

    /// A plain key followed by `:` and a space or the end of the line.
    private func key(line: Int, from start: Int) throws -> (String, Int) {
        let (keyEnd, afterColon) = try keyBounds(line: line, from: start)
        return (text(start, keyEnd), afterColon)
    }

    /// Where the key starting at `start` ends (trailing spaces excluded), and the index after its colon.
    private func keyBounds(line: Int, from start: Int) throws -> (keyEnd: Int, afterColon: Int) {
        let end = lines[line].end
        guard start < end, isPlainStart(bytes[start]) else { throw Bail() }
        var i = start
        while i < end {
            if bytes[i] == UInt8(ascii: ":"), i + 1 == end || bytes[i + 1] == 32 { break }
            if bytes[i] == UInt8(ascii: "#"), bytes[i - 1] == 32 { throw Bail() }
            i += 1
        }
        guard i < end else { throw Bail() }
        var keyEnd = i
        while keyEnd > start, bytes[keyEnd - 1] == 32 { keyEnd -= 1 }
        return (keyEnd, i + 1)
    }

    /// The text of bytes `start..<end`.
    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    private func isPlainStart(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), 32:
            return false
        default:
            return true
        }
    }

    /// A value on one line: a quoted or plain scalar, or a flow list of scalars.
    private func inlineValue(line: Int, from start: Int) throws -> FrontMatterNode {
        let end = lines[line].end
        let column = start - lines[line].start + 1
        let fileLine = firstLine + line
        switch bytes[start] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let (text, after) = try quoted(line: line, from: start)
            try expectEnd(line: line, from: after)
            return FrontMatterNode(.scalar(text, quoted: true), line: fileLine, column: column)
        case UInt8(ascii: "["):
            var items: [FrontMatterNode] = []
            var i = start + 1
            while true {
                while i < end, bytes[i] == 32 { i += 1 }
                guard i < end else { throw Bail() }
                if bytes[i] == UInt8(ascii: "]") { i += 1; break }
                let itemColumn = i - lines[line].start + 1
                if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    let (text, after) = try quoted(line: line, from: i)
                    items.append(FrontMatterNode(.scalar(text, quoted: true), line: fileLine, column: itemColumn))
                    i = after
                } else {
                    guard isPlainStart(bytes[i]) || bytes[i] == UInt8(ascii: "-") else { throw Bail() }
                    var j = i
                    while j < end, bytes[j] != UInt8(ascii: ","), bytes[j] != UInt8(ascii: "]") {
                        if bytes[j] == UInt8(ascii: "[") || bytes[j] == UInt8(ascii: "{") || bytes[j] == UInt8(ascii: "}") ||
                            bytes[j] == UInt8(ascii: "#") || (bytes[j] == UInt8(ascii: ":") && (j + 1 == end || bytes[j + 1] == 32)) { throw Bail() }
                        j += 1
                    }
                    var k = j
                    while k > i, bytes[k - 1] == 32 { k -= 1 }
                    items.append(FrontMatterNode(.scalar(text(i, k), quoted: false), line: fileLine, column: itemColumn))
                    i = j
                }
                while i < end, bytes[i] == 32 { i += 1 }
                guard i < end else { throw Bail() }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    // A trailing comma before "]" is accepted by libyaml.
                    continue
                }
                guard bytes[i] == UInt8(ascii: "]") else { throw Bail() }
                i += 1
                break
            }
            try expectEnd(line: line, from: i)
            return FrontMatterNode(.list(items), line: fileLine, column: column)
        default:
            guard isPlainStart(bytes[start]) || (bytes[start] == UInt8(ascii: "-") && start + 1 < end && bytes[start + 1] != 32) else { throw Bail() }
            var i = start
            var valueEnd = start
            while i < end {
                let b = bytes[i]
                if b == UInt8(ascii: "#"), bytes[i - 1] == 32 { break }
                if b == UInt8(ascii: ":"), i + 1 == end || bytes[i + 1] == 32 { throw Bail() }
                i += 1
                if b != 32 { valueEnd = i }
            }
            // A continuation line (a multi-line plain scalar) goes to Yams.
            let next = nextContent(from: line + 1)
            if next < lines.count, indent(next) > indent(line), !isSequenceItem(next) || indent(next) > indent(line) {
                let nextStart = lines[next].start + indent(next)
                if !(isSequenceItem(next) && indent(next) > indent(line)) && !looksLikeKey(line: next, from: nextStart) { throw Bail() }
            }
            return FrontMatterNode(.scalar(text(start, valueEnd), quoted: false), line: fileLine, column: column)
        }
    }

    private func expectEnd(line: Int, from start: Int) throws {
        var i = start
        while i < lines[line].end, bytes[i] == 32 { i += 1 }
        guard i == lines[line].end || (bytes[i] == UInt8(ascii: "#") && i > start) else { throw Bail() }
    }

    /// A quoted scalar on one line; returns its text and the index after the closing quote.
    private func quoted(line: Int, from start: Int) throws -> (String, Int) {
        let end = lines[line].end
        let quote = bytes[start]
        // Bytes are copied out only after an escape or a doubled quote; until then the
        // text is the bytes between the quotes.
        var out: [UInt8] = []
        var escaped = false
        var run = start + 1
        var i = start + 1
        while i < end {
            let b = bytes[i]
            if b == quote {
                if quote == UInt8(ascii: "'"), i + 1 < end, bytes[i + 1] == quote {
                    out.append(contentsOf: bytes[run...i])
                    escaped = true
                    i += 2
                    run = i
                    continue
                }
                guard escaped else { return (text(run, i), i + 1) }
                out.append(contentsOf: bytes[run..<i])
                return (String(decoding: out, as: UTF8.self), i + 1)
            }
            if b == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") {
                guard i + 1 < end else { throw Bail() }
                out.append(contentsOf: bytes[run..<i])
                escaped = true
                switch bytes[i + 1] {
                case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                default: throw Bail()
                }
                i += 2
                run = i
                continue
            }
            i += 1
        }
        throw Bail()
    }
}
