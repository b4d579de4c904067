/// The few LSP shapes the server builds, as JSON values.
package enum LSP {
    package static func position(line: Int, character: Int) -> JSONValue {
        .object(["line": .number(Double(line)), "character": .number(Double(character))])
    }

    package static func range(line: Int, start: Int, endLine: Int, end: Int) -> JSONValue {
        .object(["start": position(line: line, character: start), "end": position(line: endLine, character: end)])
    }

    /// The range of bytes `range` of `document`.
    package static func range(_ range: Range<Int>, in document: TextDocument, encoding: PositionEncoding) -> JSONValue {
        let start = document.position(ofOffset: range.lowerBound, encoding: encoding)
        let end = document.position(ofOffset: range.upperBound, encoding: encoding)
        return self.range(line: start.line, start: start.character, endLine: end.line, end: end.character)
    }

    package static func location(uri: String, range: JSONValue) -> JSONValue {
        .object(["uri": .string(uri), "range": range])
    }

    /// `{line, character}` of a params position, nil when it is missing.
    package static func position(_ value: JSONValue?) -> (line: Int, character: Int)? {
        guard let line = value?["line"]?.intValue, let character = value?["character"]?.intValue else { return nil }
        return (line, character)
    }

    package static func markdown(_ text: String) -> JSONValue {
        .object(["kind": .string("markdown"), "value": .string(text)])
    }
}
