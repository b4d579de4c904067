import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Prep: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prep",
            abstract: "Before the next round: earlier rounds at a company, who asked what, open steps.",
            discussion: """
            COMPANY matches case-insensitively, and a unique prefix of the name or of one of \
            its words is enough ("acme" finds "Acme Corp"). Rounds dated after --today are \
            listed as coming up. The questions most likely to come up again are those asked \
            at this company or asked in several interviews anywhere, difficult ones first. \
            Exit status: 0; 2 when COMPANY matches no company or several.

            Examples:
              journal prep acme
              journal prep "pied piper" --format markdown -o prep-pied-piper.md
              journal prep globex --format json | jq '.likely[].text'
            """
        )

        typealias Format = PrepFormat

        @Argument(help: "The company (case-insensitive; a unique prefix is enough).") var company: String
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var todayOption: TodayOption
        @Option(help: "Output format: text, markdown or json.") var format: Format = .text
        @OptionGroup var output: OutputOption
        @OptionGroup var colorOptions: ColorOptions

        func run() throws {
            let journal = try journalOptions.load()
            let lookup = CompanyLookup.resolve(company, in: journal.entries)
            guard case .found(let name) = lookup else {
                printError("Error: " + (lookup.problem(for: company) ?? ""))
                throw ExitCode(2)
            }
            let today = todayOption.day
            let prep = CompanyPrep.build(company: name, entries: journal.entries, today: today)
            switch format {
            case .text: try output.emit(PrepRenderer.text(prep, today: today, color: output.output == nil && colorOptions.enabled()))
            case .markdown: try output.emit(PrepRenderer.markdown(prep, today: today))
            case .json: try output.emit(PrepRenderer.json(prep))
            }
        }
    }
}
