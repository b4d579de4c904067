/// Reads TOML front-matter (`+++` blocks, as Hugo writes them) into `FrontMatterNode`s.
///
/// Front-matter uses a small part of TOML: `key = value` pairs, strings, numbers,
/// booleans, dates, arrays, inline tables and `[table]` headers. This reader covers
/// exactly that and reports anything else with its position.
struct TOMLFrontMatter {
    typealias Failure = YAMLFrontMatter.Failure

    private let bytes: [UInt8]
    private var i = 0
    private var line: Int
    private var lineStart = 0
    /// Arrays and inline tables open around the value being read.
    private var depth = 0

    /// Deeper nesting is refused, so that hostile input cannot exhaust the stack
    /// (the reader is recursive, and may run on a worker thread with a small stack).
    static let maximumDepth = 64

    private init(_ text: String, firstLine: Int) {
        bytes = Array(text.utf8)
        line = firstLine
    }

    static func parse(_ text: String, firstLine: Int) -> Result<FrontMatterNode?, Failure> {
        var parser = TOMLFrontMatter(text, firstLine: firstLine)
        do {
            return .success(try parser.document())
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(line: firstLine, column: 1, message: "\(error)"))
        }
    }

    private var column: Int { i - lineStart + 1 }

    private func fail(_ message: String) -> Failure { Failure(line: line, column: column, message: "TOML syntax error: \(message)") }

    private var current: UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func advance() {
        if bytes[i] == UInt8(ascii: "\n") { line += 1; lineStart = i + 1 }
        i += 1
    }

    private mutating func skipSpaces() {
        while let c = current, c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") { advance() }
    }

    private mutating func skipSpacesCommentsAndNewlines() {
        while let c = current {
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") || c == UInt8(ascii: "\n") { advance() }
            else if c == UInt8(ascii: "#") { while let d = current, d != UInt8(ascii: "\n") { advance() } }
            else { break }
        }
    }

    private mutating func endOfLine() throws {
        skipSpaces()
        if current == UInt8(ascii: "#") { while let d = current, d != UInt8(ascii: "\n") { advance() } }
        if let c = current, c != UInt8(ascii: "\n") { throw fail("unexpected '\(Character(UnicodeScalar(c)))' after a value; put one key = value per line") }
    }

    private mutating func document() throws -> FrontMatterNode? {
        var root: [FrontMatterPair] = []
        var table: (name: String, line: Int, column: Int, pairs: [FrontMatterPair])?
        func closeTable() {
            if let t = table {
                root.append(FrontMatterPair(key: t.name, keyLine: t.line, keyColumn: t.column,
                                            value: FrontMatterNode(.map(t.pairs), line: t.line, column: t.column)))
            }
        }
        var any = false
        while true {
            skipSpacesCommentsAndNewlines()
            guard let c = current else { break }
            any = true
            if c == UInt8(ascii: "[") {
                let (hl, hc) = (line, column)
                advance()
                let isArray = current == UInt8(ascii: "[")
                if isArray { advance() }
                var name: [UInt8] = []
                while let d = current, d != UInt8(ascii: "]"), d != UInt8(ascii: "\n") { name.append(d); advance() }
                guard current == UInt8(ascii: "]") else { throw fail("a table header needs a closing ']'") }
                advance()
                if isArray {
                    guard current == UInt8(ascii: "]") else { throw fail("an array-of-tables header needs ']]'") }
                    advance()
                }
                try endOfLine()
                closeTable()
                table = (String(decoding: name, as: UTF8.self).trimmingSpaces(), hl, hc, [])
                continue
            }
            let pair = try keyValue()
            try endOfLine()
            if table != nil { table!.pairs.append(pair) } else { root.append(pair) }
        }
        closeTable()
        return any ? FrontMatterNode(.map(root), line: line, column: 1) : nil
    }

    private mutating func keyValue() throws -> FrontMatterPair {
        let (kl, kc) = (line, column)
        var key = ""
        while true {
            skipSpaces()
            if current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") {
                key += try string()
            } else {
                var part: [UInt8] = []
                while let c = current, isBareKey(c) { part.append(c); advance() }
                guard !part.isEmpty else {
                    if current == nil || current == UInt8(ascii: "\n") { throw fail("expected a key = value pair") }
                    throw fail("unexpected '\(Character(UnicodeScalar(current!)))'; expected a key")
                }
                key += String(decoding: part, as: UTF8.self)
            }
            skipSpaces()
            if current == UInt8(ascii: ".") { key += "."; advance(); continue }
            break
        }
        guard current == UInt8(ascii: "=") else { throw fail("expected '=' after the key '\(key)'") }
        advance()
        skipSpaces()
        let value = try self.value()
        return FrontMatterPair(key: key, keyLine: kl, keyColumn: kc, value: value)
    }

    private func isBareKey(_ c: UInt8) -> Bool {
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")
    }

    private mutating func value() throws -> FrontMatterNode {
        let (vl, vc) = (line, column)
        guard let c = current, c != UInt8(ascii: "\n") else { throw fail("a key needs a value after '='") }
        if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") {
            guard depth < TOMLFrontMatter.maximumDepth else {
                throw fail("arrays and tables are nested more than \(TOMLFrontMatter.maximumDepth) levels deep here")
            }
            depth += 1
        }
        defer { if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { depth -= 1 } }
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return FrontMatterNode(.scalar(try string(), quoted: true), line: vl, column: vc)
        case UInt8(ascii: "["):
            advance()
            var items: [FrontMatterNode] = []
            while true {
                skipSpacesCommentsAndNewlines()
                guard let d = current else { throw fail("an array opened at line \(vl) is never closed with ']'") }
                if d == UInt8(ascii: "]") { advance(); break }
                items.append(try value())
                skipSpacesCommentsAndNewlines()
                if current == UInt8(ascii: ",") { advance() }
                else if current != UInt8(ascii: "]") { throw fail("expected ',' or ']' in an array") }
            }
            return FrontMatterNode(.list(items), line: vl, column: vc)
        case UInt8(ascii: "{"):
            advance()
            var pairs: [FrontMatterPair] = []
            while true {
                skipSpaces()
                guard let d = current, d != UInt8(ascii: "\n") else { throw fail("an inline table must end with '}' on the same line") }
                if d == UInt8(ascii: "}") { advance(); break }
                pairs.append(try keyValue())
                skipSpaces()
                if current == UInt8(ascii: ",") { advance() }
                else if current != UInt8(ascii: "}") { throw fail("expected ',' or '}' in an inline table") }
            }
            return FrontMatterNode(.map(pairs), line: vl, column: vc)
        default:
            var raw: [UInt8] = []
            while let d = current, d != UInt8(ascii: "\n"), d != UInt8(ascii: ","), d != UInt8(ascii: "]"),
                  d != UInt8(ascii: "}"), d != UInt8(ascii: "#") { raw.append(d); advance() }
            let text = String(decoding: raw, as: UTF8.self).trimmingSpaces()
            guard isBareValue(text) else {
                throw Failure(line: vl, column: vc, message: "TOML syntax error: '\(text)' is not a TOML value; put text in double quotes")
            }
            return FrontMatterNode(.scalar(text, quoted: false), line: vl, column: vc)
        }
    }

    /// Numbers, booleans, dates and date-times; anything else must be quoted in TOML.
    private func isBareValue(_ text: String) -> Bool {
        if text == "true" || text == "false" || text == "inf" || text == "nan" { return true }
        guard let first = text.unicodeScalars.first else { return false }
        guard first == "+" || first == "-" || ("0"..."9").contains(first) else { return false }
        return text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) || "+-_.:eExXoObBTZ ".unicodeScalars.contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }
    }

    private mutating func string() throws -> String {
        let quote = current!
        let literal = quote == UInt8(ascii: "'")
        let (sl, _) = (line, column)
        advance()
        var multi = false
        if current == quote, i + 1 < bytes.count, bytes[i + 1] == quote {
            advance(); advance(); multi = true
            if current == UInt8(ascii: "\r") { advance() }
            if current == UInt8(ascii: "\n") { advance() }
        }
        var out: [UInt8] = []
        while true {
            guard let c = current else { throw fail("a string opened at line \(sl) is never closed") }
            if !multi, c == UInt8(ascii: "\n") { throw fail("a string must close on the line it starts; use \"\"\" for several lines") }
            if c == quote {
                if !multi { advance(); break }
                if i + 2 < bytes.count, bytes[i + 1] == quote, bytes[i + 2] == quote { advance(); advance(); advance(); break }
            }
            if c == UInt8(ascii: "\\"), !literal {
                advance()
                guard let e = current else { continue }
                advance()
                switch e {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "\""): out.append(e)
                case UInt8(ascii: "\\"): out.append(e)
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let count = e == UInt8(ascii: "u") ? 4 : 8
                    var hex: [UInt8] = []
                    for _ in 0..<count { if let h = current { hex.append(h); advance() } }
                    if let v = UInt32(String(decoding: hex, as: UTF8.self), radix: 16), let s = UnicodeScalar(v) {
                        out.append(contentsOf: Array(String(Character(s)).utf8))
                    } else { throw fail("'\\\(Character(UnicodeScalar(e)))\(String(decoding: hex, as: UTF8.self))' is not a valid escape") }
                default: out.append(e)
                }
                continue
            }
            out.append(c)
            advance()
        }
        return String(decoding: out, as: UTF8.self)
    }
}
