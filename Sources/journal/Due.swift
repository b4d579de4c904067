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
            feedback, offers, withdrawals after accepting an offer, your own dated next \
            steps, and a nudge to keep applying (advice settings in .journal/config.yml). \
            Shows what is overdue, due today and due within --within days, then the rounds \
            coming up in that time. Exit status: 0; with --exit-code, 1 when something is \
            overdue.

            Examples:
              journal due
              journal due --within 14 --company acme
              journal due --format json | jq -r '.actions[] | select(.overdue) | .message'
              journal due --within 30 -o ~/calendars/job-search.ics
              journal due --format ics --ics todo --include-done > tasks.ics

            --format ics writes an RFC 5545 calendar of the same actions and rounds, to
            import or subscribe to: all-day events by default, tasks with --ics todo (see
            the README, "Calendar").
            """
        )

        typealias Format = DueFormat

        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var todayOption: TodayOption
        @Option(help: "Output format: text, json or ics (default: the extension of -o FILE, else formats.due in .journal/config.yml, else text).") var format: Format?
        // Unconditional, so that `--within -3` reaches validate() and is told the rule.
        @Option(parsing: .unconditional, help: ArgumentHelp("Also show what is due in the next DAYS days (0 to \(Due.maximumWithin)).", valueName: "DAYS")) var within = 7
        @Flag(help: "Exit with status 1 when something is overdue (for cron or a shell prompt).") var exitCode = false
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var calendar: CalendarOptions
        @OptionGroup var output: OutputOption
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            try calendar.check(format: format?.rawValue)
            guard (0...Due.maximumWithin).contains(within) else {
                throw ValidationError("--within must be a number of days from 0 to \(Due.maximumWithin) (ten years), not \(within).")
            }
        }

        /// The largest `--within`: ten years of days (a larger one would overflow day arithmetic).
        static let maximumWithin = 3653

        func run() throws {
            let today = todayOption.day
            let journal = try journalOptions.load(gitHistoryFor: today)
            let all = AdviceEngine.actions(for: journal, today: today)
            let shown = AdviceEngine.select(all, entries: journal.entries, filter: filterOptions.filter, today: today, within: within)
            let upcoming = UpcomingRound.select(UpcomingRound.list(journal.entries, today: today), entries: journal.entries,
                                                filter: filterOptions.filter, today: today, within: within)
            switch try OutputFormat.resolve(try calendar.format(format, output: output), output: output.output, config: journal.config) {
            case .text:
                let color = output.file == nil && colorOptions.enabled()
                try output.emit(DueRenderer.text(shown, upcoming: upcoming, today: today, within: within, color: color), journalRoot: journal.root, color: color)
            case .json:
                try output.emit(try DueRenderer.json(shown, upcoming: upcoming), journalRoot: journal.root, raw: true)
            case .ics:
                try output.emit(calendar.render(shown, upcoming: upcoming, journal: journal, filter: filterOptions.filter, today: today),
                                journalRoot: journal.root, raw: true)
            }
            if exitCode, shown.contains(where: \.overdue) { throw ExitCode(1) }
        }
    }
}
