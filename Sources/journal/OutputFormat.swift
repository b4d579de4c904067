import ArgumentParser
import Foundation
import JournalKit

/// How `practice` and `report` choose their output format when `--format` is not given.
enum OutputFormat {
    /// `--format`, else the extension of `-o FILE` (`.md`, `.json`, `.txt`, `.html`), else
    /// `formats: {command: ...}` in `.journal/config.yml`, else `text` when standard
    /// output is a terminal and `markdown` when it is not.
    static func resolve<F>(_ explicit: F?, output: String?, config: JournalConfig, command: String) throws -> F
    where F: RawRepresentable & CaseIterable, F.RawValue == String {
        if let explicit { return explicit }
        func named(_ name: String) -> F? { F.allCases.first { $0.rawValue == name } }
        if let format: F = try byExtension(output, command: command) { return format }
        if let configured = config.formats[command] {
            guard let format = named(configured.lowercased()) else {
                // A usage error (exit 2), but without the usage line: the command line is fine.
                printError("Error: \(ConfigLoader.relativePath) sets the \(command) format to '\(configured)'; use one of: \(F.allCases.map(\.rawValue).joined(separator: ", ")).")
                throw ExitCode(2)
            }
            return format
        }
        let terminal = (output == nil || output == "-") && isatty(STDOUT_FILENO) == 1
        let chosen = named(terminal ? "text" : "markdown") ?? F.allCases.first!
        warnOnUnknownExtension(output, writing: chosen.rawValue)
        return chosen
    }

    /// For a command whose format defaults to one value (`list`, `due`, `prep`, `export`):
    /// `--format`, else the extension of `-o FILE` when it names one of the command's
    /// formats; a file named for another format is refused, an unknown extension warned about.
    static func resolve<F>(_ explicit: F?, output: String?, default fallback: F, command: String) throws -> F
    where F: RawRepresentable & CaseIterable, F.RawValue == String {
        if let explicit { return explicit }
        if let format: F = try byExtension(output, command: command) { return format }
        warnOnUnknownExtension(output, writing: fallback.rawValue)
        return fallback
    }

    /// The format the extension of `output` names, when the command has it (`.txt` is `table`
    /// for `list`); a usage error when it names a format the command does not write.
    private static func byExtension<F>(_ output: String?, command: String) throws -> F?
    where F: RawRepresentable & CaseIterable, F.RawValue == String {
        guard let output, let name = formatName(forExtensionOf: output) else { return nil }
        let aliases = ["text": ["table"], "markdown": [], "json": [], "html": [], "csv": []]
        if let format = F.allCases.first(where: { $0.rawValue == name || aliases[name, default: []].contains($0.rawValue) }) { return format }
        let formats = F.allCases.map(\.rawValue)
        let list = formats.count == 1 ? formats[0] : formats.dropLast().joined(separator: ", ") + " or " + formats.last!
        throw usageError("-o \(TerminalSafe.path(output)) names a\(name == "html" ? "n" : "") \(name) file, but `journal \(command)` writes \(list); name the file for one of those, or choose with --format.")
    }

    /// A warning for `-o report.pdf`: journal writes a format it knows, whatever the name says.
    private static func warnOnUnknownExtension(_ output: String?, writing format: String) {
        guard let output, output != "-" else { return }
        let ext = (output as NSString).pathExtension
        guard !ext.isEmpty, formatName(forExtensionOf: output) == nil else { return }
        var st = stat()
        if stat(output, &st) == 0, (st.st_mode & S_IFMT) != S_IFREG { return }
        printError("journal: warning: -o \(TerminalSafe.path(output)): journal does not know the extension .\(TerminalSafe.line(ext)); writing \(format) (choose with --format; known: .md, .txt, .json, .html, .csv).")
    }

    /// The format an output file's extension names (`.md`, `.json`, `.txt`, `.html`, `.csv`), if any.
    static func formatName(forExtensionOf path: String) -> String? {
        let byExtension = ["md": "markdown", "markdown": "markdown", "json": "json", "txt": "text", "text": "text",
                           "html": "html", "htm": "html", "csv": "csv"]
        return byExtension[(path as NSString).pathExtension.lowercased()]
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
        let entry = file.map { OutputFormat.isEntry($0, root: root) } ?? false
        try emit(text, raw: raw, color: color, isEntry: entry)
        if entry, let file {
            printError("journal: note: \(TerminalSafe.path(Journal.relativePath(file, root: root))) is inside the journal folder, so journal will read it as an interview; add it to .journalignore or write it elsewhere.")
        }
    }
}

extension OutputFormat {
    /// Whether journal reads `path` as an entry: a `.md` file inside the journal folder,
    /// not hidden and not ignored.
    static func isEntry(_ path: String, root: String) -> Bool {
        let relative = Journal.relativePath(path, root: root)
        guard !relative.hasPrefix("/") else { return false }
        let parts = relative.split(separator: "/").map(String.init)
        guard let name = parts.last, EntryDiscovery.isEntryName(name),
              !parts.contains(where: { $0.hasPrefix(".") || $0 == "node_modules" }) else { return false }
        let ignoreText = (try? String(contentsOfFile: (root as NSString).appendingPathComponent(".journalignore"), encoding: .utf8)) ?? ""
        let rules = IgnoreRules(ignoreText)
        for depth in 1...parts.count {
            if rules.ignores(parts.prefix(depth).joined(separator: "/"), isDirectory: depth < parts.count) { return false }
        }
        return true
    }
}
