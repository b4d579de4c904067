/// Sets a field (`connected`) of one interviewer in the `interviewers` list: a
/// "Name (Title)" item becomes a one-line mapping, a mapping gets the field.
struct InterviewerSplice {
    typealias Refusal = FrontMatterEditor.Refusal
    let splice: FrontMatterSplice
    let pair: Int

    private var layout: NoteLayout { splice.layout }
    private var format: ValueFormat { ValueFormat(syntax: layout.syntax ?? .yaml) }

    func set(name: String, field: String, value: FrontMatterChange.Value) throws(Refusal) -> FrontMatterSplice.Step {
        let key = splice.root[pair]
        guard case .list(let items) = key.value.value else {
            throw Refusal(line: key.keyLine + 1, message: "'\(key.key)' on line \(key.keyLine + 1) is not a list; write one interviewer per list item to record who you connected with")
        }
        let people = items.map(InterviewerSplice.person)
        let index = try InterviewerSplice.match(name, in: people.map { $0?.name })
        let item = items[index]
        let isFlowList = layout.bytes[layout.offset(line: key.value.line, column: key.value.column)] == UInt8(ascii: "[")
        var expectedItems = items.map(\.json)
        var root = FrontMatterSplice.object(splice.root)

        switch item.value {
        case .scalar:
            let person = people[index]!
            var fields: [(String, String)] = [("name", format.scalar(.text(person.name), inFlow: true))]
            var object: [String: JSONValue] = ["name": .string(person.name)]
            if let title = person.title {
                fields.append(("title", format.scalar(.text(title), inFlow: true)))
                object["title"] = .string(title)
            }
            fields.append((field, format.scalar(value, inFlow: true)))
            object[field] = .string(value.text)
            expectedItems[index] = .object(object)
            root[key.key] = .array(expectedItems)
            let range = try splice.written(item, inFlow: isFlowList)
            return .splice(.init(range: range, bytes: Array(format.inlineMap(fields).utf8), expected: root))
        case .map(let pairs):
            guard case .object(var object) = item.json else { throw Refusal(line: nil, message: "unexpected interviewer") }
            object[field] = .string(value.text)
            expectedItems[index] = .object(object)
            root[key.key] = .array(expectedItems)
            if let existing = pairs.last(where: { FrontMatterDecoder.normalizeKey($0.key) == field }) {
                let written = existing.value.scalar ?? ""
                if value.matches(written) || !["", "false", "no", "n", "off"].contains(written.lowercased()) {
                    return .already("\(people[index]!.name) is already marked \(field): \(written)")
                }
                let start = layout.offset(line: existing.value.line, column: existing.value.column)
                guard !existing.value.isNull,
                      let end = layout.scalarEnd(from: start, lineEnd: layout.contentEnd(of: existing.value.line), inFlow: true) else {
                    throw Refusal(line: existing.keyLine + 1, message: "cannot change '\(field)' of \(people[index]!.name) on line \(existing.keyLine + 1); change it by hand")
                }
                return .splice(.init(range: start..<end, bytes: Array(format.scalar(value, inFlow: true).utf8), expected: root))
            }
            let open = layout.offset(line: item.line, column: item.column)
            if layout.bytes[open] == UInt8(ascii: "{") {
                guard let close = layout.closingBracket(from: open) else { throw Refusal(line: item.line + 1, message: "the interviewer on line \(item.line + 1) does not close with '}'") }
                let at = layout.afterLastContent(before: close)
                let text = (layout.bytes[at - 1] == UInt8(ascii: "{") ? "" : ", ") + format.pair(field, format.scalar(value, inFlow: true))
                return .splice(.init(range: at..<at, bytes: Array(text.utf8), expected: root))
            }
            // A block mapping: a new line at the column of its keys, after its last line.
            guard let firstKey = pairs.first else { throw Refusal(line: item.line + 1, message: "empty interviewer") }
            let lines = splice.lines(of: pair)
            let nextItemLine = items.dropFirst(index + 1).first.map(\.line)
            let itemLines = item.line...max(item.line, min(lines.upperBound, (nextItemLine ?? lines.upperBound + 1) - 1))
            let last = layout.lastContentLine(in: itemLines)
            let at = layout.lineStarts[last]
            let indent = [UInt8](repeating: 32, count: firstKey.keyColumn - 1)
            return .splice(.init(range: at..<at, bytes: indent + Array(format.pair(field, format.scalar(value)).utf8) + layout.newline, expected: root))
        case .list:
            throw Refusal(line: item.line + 1, message: "the interviewer on line \(item.line + 1) is a list; change it by hand")
        }
    }

    /// The interviewer an item describes, or nil for one without a name.
    static func person(_ node: FrontMatterNode) -> Interviewer? {
        switch node.value {
        case .scalar(let text, _): return FrontMatterDecoder.person(text)
        case .map(let pairs):
            guard let name = pairs.first(where: { FrontMatterDecoder.normalizeKey($0.key) == "name" })?.value.scalar?.trimmingSpaces(), !name.isEmpty else { return nil }
            return Interviewer(name: name)
        case .list: return nil
        }
    }

    /// The index of the one name that `query` means: the same words ignoring case and
    /// punctuation, else a unique prefix of the name or of one of its words.
    static func match(_ query: String, in names: [String?]) throws(Refusal) -> Int {
        let key = TextKey.normalize(query)
        let known = names.compactMap { $0 }
        if let exact = names.firstIndex(where: { $0.map(TextKey.normalize) == key }) { return exact }
        let hits = names.indices.filter { i in
            guard let name = names[i] else { return false }
            let words = [TextKey.normalize(name)] + name.split(separator: " ").map { TextKey.normalize(String($0)) }
            return !key.isEmpty && words.contains { $0.hasPrefix(key) }
        }
        if hits.count == 1 { return hits[0] }
        if hits.isEmpty {
            throw Refusal(line: nil, message: known.isEmpty ? "the note names no interviewers; add '\(query)' under `interviewers:` first"
                                                            : "no interviewer matches '\(query)'; the note names \(known.joined(separator: ", "))")
        }
        throw Refusal(line: nil, message: "'\(query)' matches several interviewers: \(hits.compactMap { names[$0] }.joined(separator: ", ")); type more of the name")
    }
}
