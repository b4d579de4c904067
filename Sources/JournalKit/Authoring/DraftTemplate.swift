import Foundation

/// A draft email template: a `Subject:` line, then the body, with `{{placeholder}}`s
/// (`DraftValues.placeholders`; `{{ name }}` and any case work too).
///
/// In the subject an empty value is just left out. In the body a line that uses a
/// placeholder with no value is left out, so a sentence that needs the topic or the
/// question you asked goes on a line of its own; runs of blank lines left behind become
/// one. An unknown placeholder, a `{{` without `}}` or a missing `Subject:` line is an
/// error at its line and column.
package struct DraftTemplate: Sendable, Hashable {
    /// A piece of a line: text as written, or a placeholder's name.
    enum Piece: Sendable, Hashable {
        case text(String)
        case placeholder(String)
    }

    /// Everything wrong with a template, each at its line and column.
    package struct Problem: Error, Sendable, Hashable {
        package var diagnostics: [Diagnostic]
    }

    var subject: [Piece]
    var body: [[Piece]]

    /// Parses `text`, read from `path` (relative to the journal root, for messages).
    package init(_ text: String, path: String) throws(Problem) {
        // "\r\n" is one Character to Swift: split the scalars.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line[...]))
        }
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        var diagnostics: [Diagnostic] = []
        let known = Set(DraftValues.placeholders.map(\.name))
        let names = DraftValues.placeholders.map(\.name).joined(separator: ", ")
        var parsed: [[Piece]] = []
        for (index, line) in lines.enumerated() {
            var pieces: [Piece] = []
            var rest = Substring(line)
            var offset = 0  // UTF-8 bytes of the line before `rest`
            while let open = rest.range(of: "{{") {
                let column = offset + rest[..<open.lowerBound].utf8.count + 1
                let location = SourceLocation(path: path, line: index + 1, column: column)
                guard let close = rest[open.upperBound...].range(of: "}}") else {
                    diagnostics.append(Diagnostic(.error, location, "'{{' is not closed with '}}' on this line; write a placeholder as {{company}}."))
                    break
                }
                let raw = rest[open.upperBound..<close.lowerBound]
                let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
                if known.contains(name) {
                    pieces.append(.text(String(rest[..<open.lowerBound])))
                    pieces.append(.placeholder(name))
                } else {
                    diagnostics.append(Diagnostic(.error, location, "unknown placeholder {{\(raw)}}; the placeholders are \(names)."))
                }
                offset += rest[..<close.upperBound].utf8.count
                rest = rest[close.upperBound...]
            }
            pieces.append(.text(String(rest)))
            parsed.append(pieces)
        }
        let subjectPrefix = "subject:"
        if case .text(let start)? = parsed.first?.first, start.lowercased().hasPrefix(subjectPrefix) {
            parsed[0][0] = .text(String(start.dropFirst(subjectPrefix.count)))
        } else {
            diagnostics.insert(Diagnostic(.error, SourceLocation(path: path, line: 1, column: 1),
                                          "a draft template starts with a 'Subject: ...' line, then a blank line and the body."), at: 0)
        }
        guard diagnostics.isEmpty else { throw Problem(diagnostics: diagnostics) }
        subject = parsed[0]
        body = Array(parsed.dropFirst())
    }

    /// The built-in template of a kind.
    package static func builtIn(_ kind: DraftKind) -> DraftTemplate {
        // The built-in templates are tested to parse.
        try! DraftTemplate(kind.builtIn, path: "built-in \(kind.rawValue)")
    }

    /// The draft with every placeholder filled in.
    package func render(_ values: DraftValues) -> Draft {
        func fill(_ pieces: [Piece]) -> String? {
            var out = ""
            for piece in pieces {
                switch piece {
                case .text(let text): out += text
                case .placeholder(let name):
                    guard let value = values[name], !value.isEmpty else { return nil }
                    out += value
                }
            }
            return out
        }
        let subjectPieces = subject.map { piece -> Piece in
            if case .placeholder(let name) = piece, values[name]?.isEmpty ?? true { return .text("") }
            return piece
        }
        var lines: [String] = []
        for line in body {
            guard let filled = fill(line) else { continue }
            let trimmed = String(filled.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return Draft(subject: EntryTemplate.clean(fill(subjectPieces) ?? ""), body: lines.joined(separator: "\n"))
    }
}
