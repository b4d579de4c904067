/// Where and how one `FrontMatterChange` goes into a note: the bytes it replaces, the
/// bytes it writes, and what the front-matter must read as afterwards.
struct FrontMatterSplice {
    enum Step {
        case already(String)
        case splice(Splice)
    }

    struct Splice {
        var range: Range<Int>
        var bytes: [UInt8]
        /// The root mapping, as JSON, that the edited front-matter must parse to.
        var expected: [String: JSONValue]

        func applied(to original: [UInt8]) -> [UInt8] {
            var out = original
            out.replaceSubrange(range, with: bytes)
            return out
        }
    }

    typealias Refusal = FrontMatterEditor.Refusal
    let layout: NoteLayout
    let root: [FrontMatterPair]
    private var format: ValueFormat { ValueFormat(syntax: layout.syntax ?? .yaml) }

    init(layout: NoteLayout, root: [FrontMatterPair]) {
        self.layout = layout
        self.root = root
    }

    static func object(_ pairs: [FrontMatterPair]) -> [String: JSONValue] {
        var object: [String: JSONValue] = [:]
        for pair in pairs { object[pair.key] = pair.value.json }
        return object
    }

    func step(_ change: FrontMatterChange) throws(Refusal) -> Step {
        let index = root.lastIndex { change.aliases.contains(FrontMatterDecoder.normalizeKey($0.key)) }
        switch change.operation {
        case .set(let value, let policy):
            guard let index else { return .splice(insert(key: change.key, text: format.scalar(value), expect: .string(value.text))) }
            return try set(index, value, policy)
        case .append(let value):
            guard let index else { return .splice(insert(key: change.key, text: format.list([format.scalar(value)]), expect: .array([.string(value.text)]))) }
            return try append(index, value)
        case .interviewer(let name, let field, let value):
            guard let index else {
                throw Refusal(line: nil, message: "the note lists no interviewers, so there is no '\(name)' to mark as \(field); add them under `interviewers:` first")
            }
            return try InterviewerSplice(splice: self, pair: index).set(name: name, field: field, value: value)
        }
    }

    // MARK: - Keys

    /// A new `key: value` line at the end of the front-matter (before TOML's first table),
    /// or a new front-matter block when the note has none.
    func insert(key: String, text: String, expect value: JSONValue) -> Splice {
        var expected = FrontMatterSplice.object(root)
        expected[key] = value
        let line = Array(format.pair(key, text).utf8) + layout.newline
        guard layout.syntax != nil else {
            let delimiter = Array("---".utf8) + layout.newline
            return Splice(range: layout.bomLength..<layout.bomLength, bytes: delimiter + line + delimiter, expected: expected)
        }
        let at = layout.syntax == .toml ? firstTOMLTable() ?? layout.textEnd : layout.textEnd
        return Splice(range: at..<at, bytes: line, expected: expected)
    }

    /// The start of the first `[table]` line of a TOML front-matter: keys after it belong to that table.
    private func firstTOMLTable() -> Int? {
        var depth = 0
        for line in stride(from: 1, through: layout.lineCount, by: 1) {
            let start = layout.start(of: line), end = layout.contentEnd(of: line)
            var i = start
            while i < end, layout.bytes[i] == 32 || layout.bytes[i] == 9 { i += 1 }
            if depth == 0, i < end, layout.bytes[i] == UInt8(ascii: "[") { return start }
            while i < end {
                let b = layout.bytes[i]
                if b == UInt8(ascii: "#") { break }
                if b == UInt8(ascii: "[") { depth += 1 } else if b == UInt8(ascii: "]") { depth = max(0, depth - 1) }
                i += 1
            }
        }
        return nil
    }

    /// Lines of the pair at `index`: its key line to the line before the next key.
    func lines(of index: Int) -> ClosedRange<Int> {
        let first = root[index].keyLine
        let next = root.map(\.keyLine).filter { $0 > first }.min() ?? (layout.lineCount + 1)
        return first...max(first, next - 1)
    }

    private func set(_ index: Int, _ value: FrontMatterChange.Value, _ policy: FrontMatterChange.Policy) throws(Refusal) -> Step {
        let pair = root[index]
        guard let existing = pair.value.scalar else {
            throw Refusal(line: pair.keyLine + 1, message: "'\(pair.key)' on line \(pair.keyLine + 1) is \(pair.value.kindName), not one value; change it by hand")
        }
        if !pair.value.isNull {
            if value.matches(existing) { return .already("'\(pair.key)' is already \(existing)") }
            switch policy {
            case .keepDone where !["false", "no", "n", "off"].contains(existing.lowercased()):
                return .already("'\(pair.key)' is already recorded: \(existing)")
            case .keepDifferent:
                throw Refusal(line: pair.keyLine + 1, message: "'\(pair.key)' on line \(pair.keyLine + 1) already says '\(existing)'; change it by hand if it is wrong")
            default: break
            }
        }
        var expected = FrontMatterSplice.object(root)
        expected[pair.key] = .string(value.text)
        return .splice(try replaceScalar(of: pair, lines: lines(of: index), with: { quote in format.scalar(value, quote: quote) }, expected: expected))
    }

    private func append(_ index: Int, _ value: FrontMatterChange.Value) throws(Refusal) -> Step {
        let pair = root[index]
        var expected = FrontMatterSplice.object(root)
        switch pair.value.value {
        case .map:
            throw Refusal(line: pair.keyLine + 1, message: "'\(pair.key)' on line \(pair.keyLine + 1) is a mapping, not a list; change it by hand")
        case .scalar(let existing, _):
            if !pair.value.isNull, value.matches(existing) { return .already("'\(pair.key)' already has \(existing)") }
            expected[pair.key] = pair.value.isNull ? .array([.string(value.text)]) : .array([pair.value.json, .string(value.text)])
            let old = pair.value.isNull ? nil : try written(pair.value, inFlow: false)
            let text = format.list((old.map { [String(decoding: layout.bytes[$0], as: UTF8.self)] } ?? []) + [format.scalar(value)])
            return .splice(try replaceScalar(of: pair, lines: lines(of: index), with: { _ in text }, expected: expected))
        case .list(let items):
            if let same = items.first(where: { $0.scalar.map(value.matches) ?? false }) {
                return .already("'\(pair.key)' already has \(same.scalar ?? value.text)")
            }
            expected[pair.key] = .array(items.map(\.json) + [.string(value.text)])
            let (range, bytes) = try appendItem(format.scalar(value, inFlow: true), to: pair.value, lines: lines(of: index), key: pair)
            return .splice(Splice(range: range, bytes: bytes, expected: expected))
        }
    }

    // MARK: - Values

    /// The bytes of a single-line scalar as written (quotes included).
    func written(_ node: FrontMatterNode, inFlow: Bool) throws(Refusal) -> Range<Int> {
        let start = layout.offset(line: node.line, column: node.column)
        guard let end = layout.scalarEnd(from: start, lineEnd: layout.contentEnd(of: node.line), inFlow: inFlow) else {
            throw Refusal(line: node.line + 1, message: "the value on line \(node.line + 1) runs over several lines; change it by hand")
        }
        return start..<end
    }

    /// Replaces the value of `pair` (a scalar, possibly empty) with `text(quote)`, where
    /// `quote` is the quote character the old value was written with, if any.
    func replaceScalar(of pair: FrontMatterPair, lines: ClosedRange<Int>, with text: (UInt8?) -> String,
                       expected: [String: JSONValue]) throws(Refusal) -> Splice {
        let keyLine = pair.keyLine
        if layout.lastContentLine(in: lines) != keyLine {
            throw Refusal(line: keyLine + 1, message: "the value of '\(pair.key)' on line \(keyLine + 1) runs over several lines; change it by hand")
        }
        let lineEnd = layout.contentEnd(of: keyLine)
        // After the key and its `:` (or TOML's `=`).
        var i = layout.offset(line: keyLine, column: pair.keyColumn)
        if let close = layout.scalarEnd(from: i, lineEnd: lineEnd, inFlow: true), i < lineEnd,
           layout.bytes[i] == UInt8(ascii: "\"") || layout.bytes[i] == UInt8(ascii: "'") { i = close }
        let separator = layout.syntax == .toml ? UInt8(ascii: "=") : UInt8(ascii: ":")
        while i < lineEnd, layout.bytes[i] != separator { i += 1 }
        guard i < lineEnd else { throw Refusal(line: keyLine + 1, message: "cannot find the value of '\(pair.key)' on line \(keyLine + 1); change it by hand") }
        let afterSeparator = i + 1
        var valueStart = afterSeparator
        while valueStart < lineEnd, layout.bytes[valueStart] == 32 || layout.bytes[valueStart] == 9 { valueStart += 1 }
        let empty = valueStart == lineEnd || layout.bytes[valueStart] == UInt8(ascii: "#")
        if empty {
            return Splice(range: afterSeparator..<afterSeparator, bytes: Array((" " + text(nil)).utf8), expected: expected)
        }
        guard let valueEnd = layout.scalarEnd(from: valueStart, lineEnd: lineEnd, inFlow: false) else {
            throw Refusal(line: keyLine + 1, message: "the value of '\(pair.key)' on line \(keyLine + 1) runs over several lines; change it by hand")
        }
        let first = layout.bytes[valueStart]
        let quote: UInt8? = first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") ? first : nil
        return Splice(range: valueStart..<valueEnd, bytes: Array(text(quote).utf8), expected: expected)
    }

    /// The range and bytes that add `item` to the list `list` (flow or block).
    func appendItem(_ item: String, to list: FrontMatterNode, lines: ClosedRange<Int>, key: FrontMatterPair) throws(Refusal) -> (Range<Int>, [UInt8]) {
        guard case .list(let items) = list.value else { throw Refusal(line: nil, message: "'\(key.key)' is not a list") }
        let open = layout.offset(line: list.line, column: list.column)
        if open < layout.textEnd, layout.bytes[open] == UInt8(ascii: "[") {
            guard let close = layout.closingBracket(from: open) else {
                throw Refusal(line: list.line + 1, message: "the list '\(key.key)' on line \(list.line + 1) does not close; fix it first")
            }
            let at = layout.afterLastContent(before: close)
            let previous = layout.bytes[at - 1]
            let text = previous == UInt8(ascii: "[") ? item : previous == UInt8(ascii: ",") ? " " + item : ", " + item
            return (at..<at, Array(text.utf8))
        }
        guard let first = items.first else { throw Refusal(line: list.line + 1, message: "'\(key.key)' is an empty list in a form journal cannot add to; change it by hand") }
        let prefix = layout.prefix(of: first.line, upTo: first.column)
        guard prefix.allSatisfy({ $0 == 32 || $0 == UInt8(ascii: "-") }), prefix.contains(UInt8(ascii: "-")) else {
            throw Refusal(line: first.line + 1, message: "the list '\(key.key)' on line \(first.line + 1) is written in a way journal cannot add to; change it by hand")
        }
        let last = layout.lastContentLine(in: lines)
        let at = layout.lineStarts[last]
        return (at..<at, prefix + Array(item.utf8) + layout.newline)
    }
}
