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

/// How a command chooses its output format: `OutputFormatChoice` decides; this prints its
/// warning and turns its failures into exit status 2.
enum OutputFormat {
    /// `--format`, else the extension of `-o FILE`, else `formats:` in `.journal/config.yml`,
    /// else the command's fallback (see `OutputFormatChoice.resolve`).
    static func resolve<F: CommandFormat>(_ explicit: F?, output: String?, config: JournalConfig) throws -> F {
        do {
            let choice: OutputFormatChoice.Choice<F> = try OutputFormatChoice.resolve(explicit, output: output, configured: config.formats[F.command],
                                                                                     terminal: isatty(STDOUT_FILENO) == 1)
            if let warning = choice.warning { printError("journal: " + warning) }
            return choice.format
        } catch {
            // A usage error (exit 2); for the configuration without the usage line: the command line is fine.
            throw usageError(error.description)
        }
    }

    /// For `export`, which writes JSON only: `-o` named for another format is refused, an
    /// unknown extension warned about.
    static func checkExtension(_ output: String?, writes format: String, command: String) throws {
        do {
            if let warning = try OutputFormatChoice.check(output, writes: format, command: command) { printError("journal: " + warning) }
        } catch {
            throw usageError(error.description)
        }
    }

    /// The format an output file's extension names, if any.
    static func formatName(forExtensionOf path: String) -> String? {
        OutputFormatChoice.formatName(forExtensionOf: path)
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
        let entry = file.flatMap { OutputTarget.entryPath(of: $0, root: root) }
        try emit(text, raw: raw, color: color, isEntry: entry != nil)
        // journal's own practice list and report are not read back (JournalOutput).
        if let entry, !JournalOutput.isJournalOutput(text.utf8.prefix(64)) { printError("journal: " + OutputTarget.readBackNote(entry)) }
    }
}
