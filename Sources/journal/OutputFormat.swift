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
        if let output, let name = formatName(forExtensionOf: output), let format = named(name) { return format }
        if let configured = config.formats[command] {
            guard let format = named(configured.lowercased()) else {
                // A usage error (exit 2), but without the usage line: the command line is fine.
                printError("Error: \(ConfigLoader.relativePath) sets the \(command) format to '\(configured)'; use one of: \(F.allCases.map(\.rawValue).joined(separator: ", ")).")
                throw ExitCode(2)
            }
            return format
        }
        let terminal = output == nil && isatty(STDOUT_FILENO) == 1
        return named(terminal ? "text" : "markdown") ?? F.allCases.first!
    }

    /// The format an output file's extension names (`.md`, `.json`, `.txt`, `.html`), if any.
    static func formatName(forExtensionOf path: String) -> String? {
        let byExtension = ["md": "markdown", "markdown": "markdown", "json": "json", "txt": "text", "text": "text",
                           "html": "html", "htm": "html"]
        return byExtension[(path as NSString).pathExtension.lowercased()]
    }

    /// Colour for text output: as `--color` says on standard output; into a file only with `--color always`.
    static func color(_ options: ColorOptions, output: OutputOption) -> Bool {
        output.output == nil ? options.enabled() : options.color == .always
    }
}

extension OutputOption {
    /// Writes like `emit`, then warns when the file is one journal would read back as an
    /// interview (a `.md` file inside the journal folder, not ignored): a report saved
    /// there would otherwise show up in the next report.
    func emit(_ text: String, journalRoot root: String) throws {
        try emit(text)
        guard let output else { return }
        let relative = Journal.relativePath(output, root: root)
        guard !relative.hasPrefix("/") else { return }
        let parts = relative.split(separator: "/").map(String.init)
        guard let name = parts.last, EntryDiscovery.isEntryName(name),
              !parts.contains(where: { $0.hasPrefix(".") || $0 == "node_modules" }) else { return }
        let ignoreText = (try? String(contentsOfFile: (root as NSString).appendingPathComponent(".journalignore"), encoding: .utf8)) ?? ""
        let rules = IgnoreRules(ignoreText)
        for depth in 1...parts.count {
            if rules.ignores(parts.prefix(depth).joined(separator: "/"), isDirectory: depth < parts.count) { return }
        }
        printError("journal: note: \(relative) is inside the journal folder, so journal will read it as an interview; add it to .journalignore or write it elsewhere.")
    }
}
