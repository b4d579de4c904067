import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "One line per interview: date, company, role, stage, outcome, questions, open steps.",
            discussion: """
            --applications lists one line per application instead: the notes of one
            company (spelled any way), unless `application:` keys separate them, as
            the report's pipeline and `journal due` count them.

            Examples:
              journal list
              journal list --format csv > interviews.csv
              journal list --applications
              journal list --all

            Templates and question banks are no interviews: they are listed only with
            --all, which adds their kind.
            """
        )

        typealias Format = ListFormat

        @OptionGroup var journalOptions: JournalOptions
        @Option(help: "Output format: table, json or csv (default: the extension of -o FILE, else formats.list in .journal/config.yml, else table).") var format: Format?
        @Flag(help: "One line per application (the notes of one company, or of one `application:` name) instead of per interview.")
        var applications = false
        @Flag(help: "Also list templates and question banks, with a kind column.") var all = false
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var output: OutputOption

        func run() throws {
            let journal = try journalOptions.load()
            // Templates and question banks are never applications, --all or not.
            let entries = ListRenderer.shown(filterOptions.filter.apply(journal.entries), all: all && !applications)
            let text: String
            let format = try OutputFormat.resolve(self.format, output: output.output, config: journal.config)
            switch format {
            case .table: text = applications ? ApplicationListRenderer.table(entries) : ListRenderer.table(entries, showKind: all)
            case .json: text = try applications ? ApplicationListRenderer.json(entries) : ListRenderer.json(entries, showKind: all)
            case .csv: text = applications ? ApplicationListRenderer.csv(entries) : ListRenderer.csv(entries, showKind: all)
            }
            try output.emit(text, journalRoot: journal.root, raw: format == .json)
        }
    }
}
