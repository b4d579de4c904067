import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "One line per interview: date, company, role, stage, outcome, questions, open steps.",
            discussion: """
            Examples:
              journal list
              journal list --format csv > interviews.csv
              journal list --all

            Templates and question banks are no interviews: they are listed only with
            --all, which adds their kind.
            """
        )

        typealias Format = ListFormat

        @OptionGroup var journalOptions: JournalOptions
        @Option(help: "Output format: table, json or csv (default: the extension of -o FILE, else formats.list in .journal/config.yml, else table).") var format: Format?
        @Flag(help: "Also list templates and question banks, with a kind column.") var all = false
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var output: OutputOption

        func run() throws {
            let journal = try journalOptions.load()
            let entries = ListRenderer.shown(filterOptions.filter.apply(journal.entries), all: all)
            let text: String
            let format = try OutputFormat.resolve(self.format, output: output.output, config: journal.config)
            switch format {
            case .table: text = ListRenderer.table(entries, showKind: all)
            case .json: text = try ListRenderer.json(entries, showKind: all)
            case .csv: text = ListRenderer.csv(entries, showKind: all)
            }
            try output.emit(text, journalRoot: journal.root, raw: format == .json)
        }
    }
}
