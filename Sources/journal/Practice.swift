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

            --tag keeps the questions that carry the tag (`area` also matches
            `area/sub`). Once `journal drill` has a review history, each question
            shows its next review and whether it is mastered; --due orders by the
            next review. The Markdown checklist carries each question's card id:
            when `-o FILE` makes the file again, every box ticked since counts as a
            Good review (recorded in .journal/reviews.tsv), so ticks are never lost.

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
        // Unconditional, so that `--limit -3` reaches validate() and is told the rule.
        @Option(parsing: .unconditional, help: ArgumentHelp("Only the first N questions (after --difficult-only).", valueName: "N")) var limit: Int?
        @Flag(help: "Order by the next review of `journal drill` (due first) instead of practice order.") var due = false
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var todayOption: TodayOption
        @OptionGroup var output: OutputOption
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, but it is \(limit).") }
        }

        func run() throws {
            let journal = try journalOptions.load()
            let format = try OutputFormat.resolve(format, output: output.output, config: journal.config)
            // --tag filters the questions by their own tags, not the interviews.
            var filter = filterOptions.filter
            let tags = filter.tags
            filter.tags = []
            var list = PracticeList(entries: filter.apply(journal.entries)).tagged(tags)
            let today = todayOption.day
            let recorded = format == .markdown ? try recordTicks(list, journal: journal, today: today) : 0
            if due || recorded > 0 || ReviewLog.exists(root: journal.root) {
                list = list.scheduled(by: DrillDeck(journal: journal, practice: list, today: today), masteredDays: journal.config.drill.masteredDays)
                if due { list = list.byNextReview }
            }
            list = list.limited(difficultOnly: difficultOnly, limit: limit)
            let text: String
            switch format {
            case .markdown: text = PracticeRenderer.markdown(list)
            case .text: text = PracticeRenderer.text(list, color: OutputFormat.color(colorOptions, output: output))
            case .json: text = try PracticeRenderer.json(list)
            case .anki: text = PracticeRenderer.anki(list)
            }
            let color = format == .text && OutputFormat.color(colorOptions, output: output)
            try output.emit(text, journalRoot: journal.root, raw: format == .json, color: color)
        }

        /// The boxes ticked in the file `-o` names (made by an earlier run) become Good reviews
        /// on `today`; returns how many were recorded.
        func recordTicks(_ list: PracticeList, journal: Journal, today: CalendarDay) throws -> Int {
            guard let path = output.output, let bytes = readWholeFile(path) else { return 0 }
            let known = Set(list.questions.map(\.cardID))
            let ticked = PracticeTicks.newlyTicked(in: String(decoding: bytes, as: UTF8.self)).filter(known.contains)
            for id in ticked {
                do { try ReviewLog.append(ReviewLog.Review(day: today, card: id, rating: .good), root: journal.root) } catch {
                    printError("journal: \(error)")
                    throw ExitCode.failure
                }
            }
            if !ticked.isEmpty {
                let name = (path as NSString).lastPathComponent
                printError("journal: \(ticked.count) question\(ticked.count == 1 ? "" : "s") ticked in \(name) recorded as Good review\(ticked.count == 1 ? "" : "s") on \(today) (\(ReviewLog.relativePath)).")
            }
            return ticked.count
        }
    }
}
