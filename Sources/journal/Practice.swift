import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "practice",
            abstract: "The questions to practise, merged across interviews: difficult first, then most asked.",
            discussion: """
            Questions are merged across entries when their wording is the same or
            nearly so (case, punctuation, articles, a trailing "?" ignored); the
            most common wording is shown. Order: difficult first, then most often
            asked, then most recently asked. Questions you asked the interviewer are
            left out.

            Formats: markdown (a checklist grouped by tag, with your notes), text,
            json ({"questions": [...]}), anki (tab-separated notes with a stable
            GUID, so re-importing updates cards and keeps their history). Without
            --format: the extension of -o FILE, else `formats: {practice: ...}` in
            .journal/config.yml, else text on a terminal and markdown otherwise.

            Examples:
              journal practice --difficult-only --limit 5
              journal practice --tag system-design -o ~/practice.md
              journal practice --format anki -o interview-questions.txt
            """
        )

        typealias Format = PracticeFormat

        @OptionGroup var journalOptions: JournalOptions
        @Option(help: "Output format: markdown, text, json or anki (default: see below).") var format: Format?
        @Flag(help: "Only questions marked difficult.") var difficultOnly = false
        @Option(help: ArgumentHelp("Only the first N questions (after --difficult-only).", valueName: "N")) var limit: Int?
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var output: OutputOption
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, but it is \(limit).") }
        }

        func run() throws {
            let journal = try journalOptions.load()
            let format = try OutputFormat.resolve(format, output: output.output, config: journal.config)
            let list = PracticeList(entries: filterOptions.filter.apply(journal.entries)).limited(difficultOnly: difficultOnly, limit: limit)
            let text: String
            switch format {
            case .markdown: text = PracticeRenderer.markdown(list)
            case .text: text = PracticeRenderer.text(list, color: OutputFormat.color(colorOptions, output: output))
            case .json: text = PracticeRenderer.json(list)
            case .anki: text = PracticeRenderer.anki(list)
            }
            try output.emit(text, journalRoot: journal.root)
        }
    }
}
