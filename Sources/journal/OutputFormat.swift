import ArgumentParser
import Foundation
import JournalKit

/// Every command's `--format` values are its library `CommandFormat`.
extension CheckFormat: ExpressibleByArgument {}
extension DueFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension PracticeFormat: ExpressibleByArgument {}
extension PrepFormat: ExpressibleByArgument {}
extension ListFormat: ExpressibleByArgument {}

/// How a command chooses its output format when `--format` is not given.
enum OutputFormat {
    /// `--format`, else the extension of `-o FILE` (`.md`, `.json`, `.txt`, `.html`,
    /// `.csv`, `.ics`) when it names one of the command's formats, else `formats: {command: ...}` in
    /// `.journal/config.yml`, else the command's fallback (for `report` and `practice`: `text`
    /// when standard output is a terminal and `markdown` when it is not).
    static func resolve<F: CommandFormat>(_ explicit: F?, output: String?, config: JournalConfig) throws -> F {
        if let explicit { return explicit }
        let file = output == "-" ? nil : output
        if let format: F = try byExtension(file, formats: F.names, command: F.command, named: F.named) { return format }
        if let configured = config.formats[F.command] {
            guard let format = F.named(configured) else {
                // A usage error (exit 2), but without the usage line: the command line is fine.
                printError("Error: \(ConfigLoader.relativePath) sets the \(F.command) format to '\(configured)'; use one of: \(F.names.joined(separator: ", ")).")
                throw ExitCode(2)
            }
            warnOnUnknownExtension(file, writing: format.rawValue)
            return format
        }
        let format = F.fallback(terminal: file == nil && isatty(STDOUT_FILENO) == 1)
        warnOnUnknownExtension(file, writing: format.rawValue)
        return format
    }

    /// For `export`, which writes JSON only: `-o` named for another format is refused, an
    /// unknown extension warned about.
    static func checkExtension(_ output: String?, writes format: String, command: String) throws {
        let file = output == "-" ? nil : output
        let _: String? = try byExtension(file, formats: [format], command: command) { $0 == format ? $0 : nil }
        warnOnUnknownExtension(file, writing: format)
    }

    /// The format the extension of `output` names, when the command has it (`.txt` is
    /// `table` for `list`); a usage error when it names a format the command does not
    /// write: `list -o x.html` would otherwise be a text table in a file named HTML.
    private static func byExtension<F>(_ output: String?, formats: [String], command: String, named: (String) -> F?) throws -> F? {
        guard let output, let name = formatName(forExtensionOf: output) else { return nil }
        if let format = named(name) ?? (name == "text" ? named("table") : nil) { return format }
        let list = formats.count == 1 ? formats[0] : formats.dropLast().joined(separator: ", ") + " or " + formats.last!
        throw usageError("-o \(TerminalSafe.path(output)) names a\(name == "html" ? "n" : "") \(name) file, but `journal \(command)` writes \(list); name the file for one of those, or choose with --format.")
    }

    /// A warning for `-o report.pdf`: journal writes a format it knows, whatever the name says.
    private static func warnOnUnknownExtension(_ output: String?, writing format: String) {
        guard let output else { return }
        let ext = (output as NSString).pathExtension
        guard !ext.isEmpty, formatName(forExtensionOf: output) == nil else { return }
        var st = stat()
        if stat(output, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG { return }
        printError("journal: warning: -o \(TerminalSafe.path(output)): journal does not know the extension .\(TerminalSafe.line(ext)); writing \(format) (choose with --format; known: .md, .txt, .json, .html, .csv, .ics).")
    }

    /// The format an output file's extension names, if any.
    static func formatName(forExtensionOf path: String) -> String? {
        CommandFormats.name(forExtension: (path as NSString).pathExtension)
    }

    /// Colour for text output: as `--color` says on standard output; into a file only with `--color always`.
    static func color(_ options: ColorOptions, output: OutputOption) -> Bool {
        output.file == nil ? options.enabled() : options.color == .always
    }
}

extension OutputOption {
    /// Writes like `emit`, knowing the journal: an existing entry of the journal is never
    /// replaced without --force, and a new file that journal would read back as an
    /// interview (a `.md` file inside the journal folder, not ignored) gets a note: a
    /// report saved there would otherwise show up in the next report.
    func emit(_ text: String, journalRoot root: String, raw: Bool = false, color: Bool = false) throws {
        let relative = file.map { Journal.relativePath($0, root: root) }
        let entry = relative.map { !$0.hasPrefix("/") && EntryDiscovery.isEntry($0, rules: IgnoreRules.load(root: root)) } ?? false
        try emit(text, raw: raw, color: color, isEntry: entry)
        if entry, let relative {
            printError("journal: note: \(TerminalSafe.path(relative)) is inside the journal folder, so journal will read it as an interview; add it to .journalignore or write it elsewhere.")
        }
    }
}
