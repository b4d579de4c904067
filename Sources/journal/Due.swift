import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Due: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "due",
            abstract: "What to do today and what is overdue, most urgent first.",
            discussion: """
            Thank-you notes, decision dates, follow-ups, referees, LinkedIn connections, \
            feedback, offer details, your own dated next steps, and a nudge to keep applying \
            (advice settings in .journal/config.yml). Shows what is overdue, due today and \
            due within --within days. Exit status: 0; with --exit-code, 1 when something is \
            overdue.

            Examples:
              journal due
              journal due --within 14 --company acme
              journal due --format json | jq -r '.actions[] | select(.overdue) | .message'
            """
        )

        typealias Format = DueFormat

        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var todayOption: TodayOption
        @Option(help: "Output format: text or json (default: the extension of -o FILE, else formats.due in .journal/config.yml, else text).") var format: Format?
        @Option(help: ArgumentHelp("Also show what is due in the next DAYS days.", valueName: "DAYS")) var within = 7
        @Flag(help: "Exit with status 1 when something is overdue (for cron or a shell prompt).") var exitCode = false
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var output: OutputOption
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            if within < 0 { throw ValidationError("--within must be 0 or more days, not \(within).") }
        }

        func run() throws {
            let today = todayOption.day
            let journal = try journalOptions.load(gitHistoryFor: today)
            let all = AdviceEngine.actions(for: journal, today: today)
            let shown = AdviceEngine.select(all, entries: journal.entries, filter: filterOptions.filter, today: today, within: within)
            switch try OutputFormat.resolve(format, output: output.output, config: journal.config) {
            case .text:
                let color = output.output == nil && colorOptions.enabled()
                try output.emit(DueRenderer.text(shown, today: today, within: within, color: color))
            case .json:
                try output.emit(DueRenderer.json(shown))
            }
            if exitCode, shown.contains(where: \.overdue) { throw ExitCode(1) }
        }
    }
}
