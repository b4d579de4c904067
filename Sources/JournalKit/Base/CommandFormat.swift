/// The output formats of one command: the `--format` values, the `formats:` key of
/// `.journal/config.yml` that sets its default, and the format used when neither does.
/// Config validation (`ConfigLoader`) and the executable's options are both derived from
/// these types, so a format exists in one place.
package protocol CommandFormat: RawRepresentable, CaseIterable, Sendable, Hashable where RawValue == String {
    /// The command's name, which is also its key under `formats:` in the configuration.
    static var command: String { get }
    /// The format when no option, output file name or configuration chooses one.
    static func fallback(terminal: Bool) -> Self
}

extension CommandFormat {
    /// The format named `name` (case-insensitive), if this command has it.
    package static func named(_ name: String) -> Self? {
        let lower = name.lowercased()
        return allCases.first { $0.rawValue == lower }
    }

    /// Every format's name, in the order the command lists them.
    package static var names: [String] { allCases.map(\.rawValue) }
}

/// The commands whose default format `formats:` in `.journal/config.yml` sets, in the
/// order `journal init` documents them.
package enum CommandFormats {
    package static let all: [any CommandFormat.Type] = [
        CheckFormat.self, ListFormat.self, PracticeFormat.self, ReportFormat.self, DueFormat.self,
    ]

    /// The format names of `command`, or nil when it has none.
    package static func names(of command: String) -> [String]? {
        all.first { $0.command == command }?.names
    }

    /// The format that an output file's extension names (`.md`, `.json`, `.txt`, `.html`,
    /// `.csv`, `.ics`), if any.
    package static func name(forExtension ext: String) -> String? {
        switch ext.lowercased() {
        case "md", "markdown": "markdown"
        case "json": "json"
        case "txt", "text": "text"
        case "html", "htm": "html"
        case "csv": "csv"
        case "ics", "ical", "icalendar": "ics"
        default: nil
        }
    }
}

package enum CheckFormat: String, CommandFormat {
    case text, json
    package static let command = "check"
    package static func fallback(terminal: Bool) -> Self { .text }
}

package enum DueFormat: String, CommandFormat {
    case text, json, ics
    package static let command = "due"
    package static func fallback(terminal: Bool) -> Self { .text }
}

package enum ReportFormat: String, CommandFormat {
    case text, markdown, json, html, ics
    package static let command = "report"
    package static func fallback(terminal: Bool) -> Self { terminal ? .text : .markdown }
}

package enum PracticeFormat: String, CommandFormat {
    case markdown, text, json, anki
    package static let command = "practice"
    package static func fallback(terminal: Bool) -> Self { terminal ? .text : .markdown }
}

package enum PrepFormat: String, CommandFormat {
    case text, markdown, json
    package static let command = "prep"
    package static func fallback(terminal: Bool) -> Self { .text }
}

package enum ListFormat: String, CommandFormat {
    case table, json, csv
    package static let command = "list"
    package static func fallback(terminal: Bool) -> Self { .table }
}
