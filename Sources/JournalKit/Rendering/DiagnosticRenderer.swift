import Foundation

/// Prints diagnostics as `path:line:col: severity: message`, the form editors jump to.
package enum DiagnosticRenderer {
    package static func text(_ diagnostic: Diagnostic, color: Bool) -> String {
        let style = TerminalStyle(enabled: color)
        let severity: String
        switch diagnostic.severity {
        case .error: severity = style.red(style.bold("error:"))
        case .warning: severity = style.yellow(style.bold("warning:"))
        case .note: severity = style.cyan(style.bold("note:"))
        }
        // A message may quote a note: one line, nothing a terminal would run.
        var line = style.bold("\(diagnostic.location):") + " " + severity + " " + TerminalSafe.line(diagnostic.message)
        if let help = diagnostic.help { line += style.dim(" (see \(help))") }
        return line
    }

    /// One line that sums up a check.
    package static func summary(entries: Int, diagnostics: [Diagnostic], hiddenNotes: Int) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        var text = "\((entries == 1 ? "1 entry" : "\(entries) entries")) checked: "
        if errors == 0 && warnings == 0 { text += "no problems" }
        else { text += "\(plural(errors, "error")), \(plural(warnings, "warning"))" }
        if hiddenNotes > 0 { text += "; \(plural(hiddenNotes, "note")) on inferred values (see them with --verbose)" }
        return text + "."
    }

    /// The JSON form: `{"entries": N, "errors": N, "warnings": N, "notes": N, "diagnostics": [...]}`.
    package static func json(entries: Int, diagnostics: [Diagnostic]) throws -> String {
        struct Item: Encodable {
            var path: String, line: Int, column: Int, severity: String, message: String, help: String?
        }
        struct Report: Encodable {
            var entries: Int, errors: Int, warnings: Int, notes: Int, diagnostics: [Item]
        }
        let report = Report(entries: entries,
                            errors: diagnostics.filter { $0.severity == .error }.count,
                            warnings: diagnostics.filter { $0.severity == .warning }.count,
                            notes: diagnostics.filter { $0.severity == .note }.count,
                            diagnostics: diagnostics.map {
                                Item(path: $0.location.path, line: $0.location.line, column: $0.location.column,
                                     severity: $0.severity.rawValue, message: $0.message, help: $0.help)
                            })
        return try JSONOutput.encode(report)
    }
}
