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
    /// `.csv`) when it names one of the command's formats, else `formats: {command: ...}` in
    /// `.journal/config.yml`, else the command's fallback (for `report` and `practice`: `text`
    /// when standard output is a terminal and `markdown` when it is not).
    static func resolve<F: CommandFormat>(_ explicit: F?, output: String?, config: JournalConfig) throws -> F {
        if let explicit { return explicit }
        if let output, let name = formatName(forExtensionOf: output), let format = F.named(name) { return format }
        if let configured = config.formats[F.command] {
            guard let format = F.named(configured) else {
                // A usage error (exit 2), but without the usage line: the command line is fine.
                printError("Error: \(ConfigLoader.relativePath) sets the \(F.command) format to '\(configured)'; use one of: \(F.names.joined(separator: ", ")).")
                throw ExitCode(2)
            }
            return format
        }
        return F.fallback(terminal: output == nil && isatty(STDOUT_FILENO) == 1)
    }

    /// The format an output file's extension names, if any.
    static func formatName(forExtensionOf path: String) -> String? {
        CommandFormats.name(forExtension: (path as NSString).pathExtension)
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
        guard EntryDiscovery.isEntry(relative, rules: IgnoreRules.load(root: root)) else { return }
        printError("journal: note: \(relative) is inside the journal folder, so journal will read it as an interview; add it to .journalignore or write it elsewhere.")
    }
}
