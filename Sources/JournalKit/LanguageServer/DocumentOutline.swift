/// The outline of a note (`textDocument/documentSymbol`): each round with its questions.
package enum DocumentOutline {
    /// LSP SymbolKind values: a round is a namespace, a question a string.
    static let roundKind = 3.0, questionKind = 15.0

    package static func symbols(_ entry: Entry, in document: TextDocument, encoding: PositionEncoding) -> [JSONValue] {
        var order: [String] = []
        var groups: [String: [Question]] = [:]
        for question in entry.questions {
            let round = question.round ?? "Questions"
            if groups[round] == nil { order.append(round) }
            groups[round, default: []].append(question)
        }
        return order.map { round in
            let questions = groups[round]!
            let children = questions.map { question in
                symbol(question.text, kind: questionKind, range: lineRange(question.location, in: document, encoding: encoding), children: [])
            }
            let first = lineRange(questions.first!.location, in: document, encoding: encoding)
            let last = lineRange(questions.last!.location, in: document, encoding: encoding)
            let range: JSONValue = .object(["start": first["start"]!, "end": last["end"]!])
            return symbol(round, kind: roundKind, range: range, children: children, detail: plural(questions.count, "question"))
        }
    }

    /// From `location` to the end of its line.
    static func lineRange(_ location: SourceLocation, in document: TextDocument, encoding: PositionEncoding) -> JSONValue {
        let index = max(0, location.line - 1)
        let line = document.line(index)
        let start = encoding.character(ofByte: location.column - 1, in: line)
        return LSP.range(line: index, start: start, endLine: index, end: max(start, encoding.character(ofByte: line.count, in: line)))
    }

    static func symbol(_ name: String, kind: Double, range: JSONValue, children: [JSONValue], detail: String? = nil) -> JSONValue {
        var object: [String: JSONValue] = [
            "name": .string(name.isEmpty ? "(untitled)" : name), "kind": .number(kind),
            "range": range, "selectionRange": range, "children": .array(children),
        ]
        if let detail { object["detail"] = .string(detail) }
        return .object(object)
    }
}
