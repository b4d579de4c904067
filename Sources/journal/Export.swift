import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Print everything journal read from the entries, as JSON.",
            discussion: """
            One object per entry: front-matter values (unknown keys under "extra"), what
            was inferred and from where, questions with notes and positions, next steps,
            reflection, feedback and offer details. Useful for scripts and for seeing
            how journal understood a note. --compact writes the same JSON on one line
            (no indentation, no spaces around `:`), about 45 % smaller.

            Examples:
              journal export
              journal export 2026-11-18-acme-onsite.md | jq '.entries[0].questions'
              journal export --compact -o entries.json
            """
        )

        @OptionGroup var journalOptions: JournalOptions
        @Argument(help: "Entries to export (default: the whole journal).") var files: [String] = []
        @OptionGroup var output: OutputOption
        @Flag(help: "One line without indentation: the same JSON in about 45 % fewer bytes (for scripts and large journals).")
        var compact = false

        func run() throws {
            let journal = try journalOptions.load(files: files)
            struct Wrapper: Encodable { var entries: [Entry] }
            try OutputFormat.checkExtension(output.output, writes: "json", command: "export")
            try output.emit(try JSONOutput.encode(Wrapper(entries: journal.entries), compact: compact), journalRoot: journal.root, raw: true)
        }
    }
}
