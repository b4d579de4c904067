/// A `Diagnostic` of the journal as an LSP diagnostic of a buffer: the range from its byte
/// column to the end of its line (in the negotiated encoding), severity, `source: journal`,
/// a code (the section of `docs/format.md` that applies) and a `codeDescription` link there.
package enum LSPDiagnostic {
    /// The code of a diagnostic: the anchor of its section of `docs/format.md` ("dates",
    /// "stage-and-outcome"...), or "journal" when it names none.
    package static func code(_ diagnostic: Diagnostic) -> String {
        guard let help = diagnostic.help, let hash = help.firstIndex(of: "#") else { return "journal" }
        return String(help[help.index(after: hash)...])
    }

    /// The LSP range of `diagnostic` in `document`.
    package static func range(_ diagnostic: Diagnostic, in document: TextDocument, encoding: PositionEncoding) -> JSONValue {
        let index = max(0, diagnostic.location.line - 1)
        let line = document.line(index)
        var end = line.endIndex
        while end > line.startIndex, line[end - 1] == 0x20 || line[end - 1] == 0x09 { end -= 1 }
        let startByte = min(max(0, diagnostic.location.column - 1), line.count)
        let endByte = max(startByte, end - line.startIndex)
        return LSP.range(line: index, start: encoding.character(ofByte: startByte, in: line),
                         endLine: index, end: encoding.character(ofByte: endByte, in: line))
    }

    package static func json(_ diagnostic: Diagnostic, in document: TextDocument, encoding: PositionEncoding, docsURL: String?) -> JSONValue {
        let severity: Double = switch diagnostic.severity {
        case .error: 1
        case .warning: 2
        case .note: 3
        }
        var object: [String: JSONValue] = [
            "range": range(diagnostic, in: document, encoding: encoding),
            "severity": .number(severity),
            "source": .string("journal"),
            "message": .string(diagnostic.message),
            "code": .string(code(diagnostic)),
        ]
        if let docsURL, let help = diagnostic.help, help.hasPrefix("docs/") {
            object["codeDescription"] = .object(["href": .string(docsURL + help.dropFirst("docs/".count))])
        }
        return .object(object)
    }
}
