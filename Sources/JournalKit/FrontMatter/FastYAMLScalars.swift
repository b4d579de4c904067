/// Keys and scalars of the fast YAML reader: plain, quoted and flow values on one line.
extension FastYAML {
    /// Whether `key` is not yet among the pending pairs of the mapping that started at `base`
    /// (a duplicate goes to Yams). Front-matter mappings are small: comparing with the keys
    /// before is cheaper than hashing every key into a set, which is only built (in `many`)
    /// once a mapping is long.
    func isNew(_ key: String, since base: Int, _ many: inout Set<String>) -> Bool {
        if pendingPairs.count - base < 16 {
            for i in base..<pendingPairs.count where pendingPairs[i].key == key { return false }
            return true
        }
        if many.isEmpty { many = Set(pendingPairs[base...].lazy.map(\.key)) }
        return many.insert(key).inserted
    }

    func looksLikeKey(line: Int, from start: Int) -> Bool {
        (try? keyBounds(line: line, from: start)) != nil
    }

    /// A plain key followed by `:` and a space or the end of the line.
    func key(line: Int, from start: Int) throws -> (String, Int) {
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
    func inlineValue(line: Int, from start: Int) throws -> FrontMatterNode {
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
