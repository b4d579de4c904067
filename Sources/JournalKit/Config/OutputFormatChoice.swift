import Foundation

/// How a command chooses its output format when `--format` is not given
/// (docs/robustness.md, "Writing files"): the extension of `-o FILE` (`.md`, `.json`, `.txt`,
/// `.html`, `.csv`, `.ics`) when it names one of the command's formats, else `formats:` in
/// `.journal/config.yml`, else the command's fallback (for `report` and `practice`: `text`
/// when standard output is a terminal and `markdown` when it is not).
package enum OutputFormatChoice {
    /// Why no format can be chosen; the message is a full sentence.
    package enum Failure: Error, Equatable, CustomStringConvertible {
        /// `-o` names a format the command does not write (`list -o x.html`): a usage error.
        case usage(String)
        /// `formats:` in the configuration names a format the command lacks.
        case configuration(String)

        package var description: String {
            switch self {
            case .usage(let message), .configuration(let message): message
            }
        }
    }

    /// The format chosen, and a warning to show when the name of `-o` says nothing journal knows (`x.pdf`).
    package struct Choice<F: CommandFormat>: Equatable {
        package var format: F
        package var warning: String?
    }

    /// The format for `explicit` (`--format`), `output` (`-o`, where `-` is standard output),
    /// `configured` (`formats:` of the command), `terminal` (standard output is a terminal).
    package static func resolve<F: CommandFormat>(_ explicit: F?, output: String?, configured: String?, terminal: Bool) throws(Failure) -> Choice<F> {
        if let explicit { return Choice(format: explicit) }
        let file = output == "-" ? nil : output
        if let format: F = try byExtension(file, formats: F.names, command: F.command, named: F.named) { return Choice(format: format) }
        if let configured {
            guard let format = F.named(configured) else {
                throw .configuration("\(ConfigLoader.relativePath) sets the \(F.command) format to '\(TerminalSafe.line(configured))'; use one of: \(F.names.joined(separator: ", ")).")
            }
            return Choice(format: format, warning: unknownExtensionWarning(file, writing: format.rawValue))
        }
        let format = F.fallback(terminal: file == nil && terminal)
        return Choice(format: format, warning: unknownExtensionWarning(file, writing: format.rawValue))
    }

    /// For a command that writes one format only (`export`: json): `-o` named for another
    /// format is a usage error; the warning for an unknown extension, if any.
    package static func check(_ output: String?, writes format: String, command: String) throws(Failure) -> String? {
        let file = output == "-" ? nil : output
        let _: String? = try byExtension(file, formats: [format], command: command) { $0 == format ? $0 : nil }
        return unknownExtensionWarning(file, writing: format)
    }

    /// The format an output file's extension names, if any.
    package static func formatName(forExtensionOf path: String) -> String? {
        CommandFormats.name(forExtension: (path as NSString).pathExtension)
    }

    /// The format the extension of `output` names, when the command has it (`.txt` is
    /// `table` for `list`); a usage error when it names a format the command does not
    /// write: `list -o x.html` would otherwise be a text table in a file named HTML.
    private static func byExtension<F>(_ output: String?, formats: [String], command: String, named: (String) -> F?) throws(Failure) -> F? {
        guard let output, let name = formatName(forExtensionOf: output) else { return nil }
        if let format = named(name) ?? (name == "text" ? named("table") : nil) { return format }
        let list = formats.count == 1 ? formats[0] : formats.dropLast().joined(separator: ", ") + " or " + formats.last!
        throw .usage("-o \(TerminalSafe.path(output)) names a\(name == "html" ? "n" : "") \(name) file, but `journal \(command)` writes \(list); name the file for one of those, or choose with --format.")
    }

    /// A warning for `-o report.pdf`: journal writes a format it knows, whatever the name
    /// says. None for a device or a pipe (`-o /dev/null`).
    private static func unknownExtensionWarning(_ output: String?, writing format: String) -> String? {
        guard let output else { return nil }
        let ext = (output as NSString).pathExtension
        guard !ext.isEmpty, formatName(forExtensionOf: output) == nil else { return nil }
        var st = stat()
        if stat(output, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG { return nil }
        return "warning: -o \(TerminalSafe.path(output)): journal does not know the extension .\(TerminalSafe.line(ext)); writing \(format) (choose with --format; known: .md, .txt, .json, .html, .csv, .ics)."
    }
}
