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
            """
        )

        typealias Format = ListFormat

        @OptionGroup var journalOptions: JournalOptions
        @Option(help: "Output format: table, json or csv (default: the extension of -o FILE, else formats.list in .journal/config.yml, else table).") var format: Format?
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var output: OutputOption

        func run() throws {
            let journal = try journalOptions.load()
            let entries = filterOptions.filter.apply(journal.entries)
            let text: String
            switch try OutputFormat.resolve(format, output: output.output, config: journal.config) {
            case .table: text = ListRenderer.table(entries)
            case .json: text = ListRenderer.json(entries)
            case .csv: text = ListRenderer.csv(entries)
            }
            try output.emit(text)
        }
    }
}
