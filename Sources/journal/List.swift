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

        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

        @OptionGroup var journalOptions: JournalOptions
        @Option(help: "Output format: table, json or csv (default: the extension of -o FILE, else table).") var format: Format?
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var output: OutputOption

        func run() throws {
            let journal = try journalOptions.load()
            let entries = filterOptions.filter.apply(journal.entries)
            let text: String
            let format = try OutputFormat.resolve(self.format, output: output.output, default: Format.table, command: "list")
            switch format {
            case .table: text = ListRenderer.table(entries)
            case .json: text = ListRenderer.json(entries)
            case .csv: text = ListRenderer.csv(entries)
            }
            try output.emit(text, journalRoot: journal.root, raw: format == .json)
        }
    }
}
