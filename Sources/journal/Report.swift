import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The reflection report: pipeline, stage funnel, difficult questions, what to improve, feedback, offers.",
            discussion: """
            One row per application (same company and role), a funnel of how many
            applications reached each stage (an application counts for every stage
            up to the furthest it reached) and how they ended, difficult questions
            with your notes by tag, points to improve and strengths merged across
            interviews and counted, feedback received and offers.

            Without --format: the extension of -o FILE (.md, .json, .txt), else
            `formats: {report: ...}` in .journal/config.yml, else text on a terminal
            and markdown otherwise (so `journal report > report.md` gives Markdown).

            Examples:
              journal report
              journal report --since 2026-11-01 --company acme
              journal report -o ~/report.md --today 2026-11-23
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var todayOption: TodayOption
        @Option(help: "Output format: text, markdown or json (default: see below).") var format: Format?
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var output: OutputOption
        @OptionGroup var colorOptions: ColorOptions

        func run() throws {
            let journal = try journalOptions.load(wantsGitHistory: true)
            let format: Format = try OutputFormat.resolve(format, output: output.output, config: journal.config, command: "report")
            let today = todayOption.day
            let filter = filterOptions.filter
            // The same advice as `journal due`: overdue, due today and the coming week.
            let actions = AdviceEngine.select(AdviceEngine.actions(for: journal, today: today), entries: journal.entries,
                                              filter: filter, today: today, within: 7).map(ReportAction.init)
            let model = ReportModel(entries: filter.apply(journal.entries), today: today, actions: actions)
            let text: String
            switch format {
            case .text: text = ReportRenderer.text(model, color: OutputFormat.color(colorOptions, output: output))
            case .markdown: text = ReportRenderer.markdown(model)
            case .json: text = ReportRenderer.json(model)
            }
            try output.emit(text, journalRoot: journal.root)
        }
    }
}
