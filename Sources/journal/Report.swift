import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "The reflection report: pipeline, stage funnel, difficult questions, what to improve, feedback, offers.",
            discussion: """
            One row per application (same company and role), a funnel of how many
            applications reached each stage (an application counts for every stage
            up to the furthest it reached) and how they ended, difficult questions
            with your notes by tag, points to improve and strengths merged across
            interviews and counted, feedback received and offers.

            --format html writes one self-contained page (inline CSS and SVG
            charts, no scripts, nothing loaded from elsewhere) that adds charts of
            interviews per week and question topics, and the practice list.
            --open opens it with xdg-open (open on macOS); without -o it is written
            to a folder only you can enter ($XDG_RUNTIME_DIR/journal, else
            journal-<uid> in the temporary folder, mode 0700), one file per
            journal, whose path is printed.

            --format ics writes the report's actions (those of `journal due`, the
            coming week) and the rounds still to come as an RFC 5545 calendar, as
            `journal due --format ics` does (--ics todo, --include-done).

            Without --format: the extension of -o FILE (.md, .json, .txt, .html, .ics),
            else `formats: {report: ...}` in .journal/config.yml, else text on a
            terminal and markdown otherwise (so `journal report > report.md` gives
            Markdown). With --open the default is html.

            Examples:
              journal report --since 2026-11-01 --company acme
              journal report -o ~/report.md --today 2026-11-23
              journal report -o ~/report.html --open
              journal report --format ics --ics todo -o ~/job-search.ics
            """
        )

        typealias Format = ReportFormat

        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var todayOption: TodayOption
        @Option(help: "Output format: text, markdown, json, html or ics (default: see below).") var format: Format?
        @OptionGroup var filterOptions: FilterOptions
        @OptionGroup var calendar: CalendarOptions
        @OptionGroup var output: OutputOption
        @OptionGroup var colorOptions: ColorOptions
        @Flag(help: "Open the HTML report with the system's opener (without -o: in a private folder).") var open = false

        func validate() throws {
            try calendar.check(format: format?.rawValue)
            if open, calendar.requested { throw ValidationError("--open shows the HTML report; --ics and --include-done write a calendar.") }
            guard open else { return }
            if let format, format != .html {
                throw ValidationError("--open shows the HTML report; use --format html or leave --format out.")
            }
            if format == nil, let path = output.output, let name = OutputFormat.formatName(forExtensionOf: path), name != "html" {
                throw ValidationError("--open shows the HTML report, but -o \(path) names a \(name) file; name it .html.")
            }
        }

        func run() throws {
            let today = todayOption.day
            let journal = try journalOptions.load(gitHistoryFor: today)
            let format: Format = open && self.format == nil
                ? .html : try OutputFormat.resolve(try calendar.format(self.format, output: output), output: output.output, config: journal.config)
            let filter = filterOptions.filter
            if format == .ics {
                // The report's actions and upcoming rounds, as `journal due --format ics` writes them.
                let actions = AdviceEngine.select(AdviceEngine.actions(for: journal, today: today), entries: journal.entries,
                                                  filter: filter, today: today, within: 7)
                let upcoming = UpcomingRound.list(filter.apply(journal.entries), today: today)
                return try output.emit(calendar.render(actions, upcoming: upcoming, journal: journal, filter: filter, today: today),
                                       journalRoot: journal.root, raw: true)
            }
            let entries = filter.apply(journal.entries)
            // The HTML page lists every practice question; the other formats only the difficult ones.
            let practice: PracticeList? = format == .html ? PracticeList(entries: entries) : nil
            // The same advice as `journal due` (overdue, due today and the coming week),
            // worked out while the practice list is merged.
            let model = ReportModel(entries: entries, today: today, practice: practice) {
                AdviceEngine.select(AdviceEngine.actions(for: journal, today: today), entries: journal.entries,
                                    filter: filter, today: today, within: 7).map(ReportAction.init)
            }
            ProcessLifetime.keep((entries, model, practice))
            PhaseTimer.mark("advice and report model")
            // Once `journal drill` has a review log: how many questions are due and mastered.
            var drill: (due: Int, mastered: Int)?
            if format == .text || format == .markdown,
               ReviewLog.exists(root: journal.root) {
                drill = DrillDeck(journal: journal, practice: practice ?? PracticeList(entries: entries), today: today)
                    .counts(masteredDays: journal.config.drill.masteredDays)
            }
            let text: String
            let color = format == .text && OutputFormat.color(colorOptions, output: output)
            switch format {
            case .text: text = ReportRenderer.text(model, color: color, drill: drill)
            case .markdown: text = ReportRenderer.markdown(model, drill: drill)
            case .json: text = try ReportRenderer.json(model)
            case .ics: return // written above
            case .html:
                let practice = practice ?? PracticeList(entries: entries)
                text = HTMLReportRenderer.html(model, practice: practice, charts: ReportCharts(entries: entries, practice: practice))
            }
            PhaseTimer.mark("render")
            let raw = format == .json || format == .html
            guard open else {
                try output.emit(text, journalRoot: journal.root, raw: raw, color: color)
                return PhaseTimer.mark("write")
            }

            let path: String
            if let chosen = output.file {
                try output.emit(text, journalRoot: journal.root, raw: raw)
                path = chosen.hasPrefix("/") ? chosen : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(chosen)
            } else {
                path = try Report.temporaryPath(root: journal.root)
                do { try AtomicFile.write(text, to: path) } catch {
                    printError("journal: \(error)")
                    throw ExitCode.failure
                }
                print(path)
            }
            Report.openFile(path)
        }

        /// Where `--open` without `-o` writes the page: one file per journal in a folder only
        /// this user can enter (`PrivateFolder`), so another local user can neither read the
        /// page nor put a file of theirs in its place; running it again replaces the page.
        static func temporaryPath(root: String) throws -> String {
            do {
                return (try PrivateFolder.path() as NSString).appendingPathComponent("report-\(StableHash.hex(root).prefix(8)).html")
            } catch {
                printError("journal: \(error) for the report; pass -o FILE.")
                throw ExitCode.failure
            }
        }

        /// Opens `path` with `open` (macOS) or `xdg-open`; when there is none or it fails,
        /// says where the file is. Never fails the command: the report is written.
        static func openFile(_ path: String) {
            #if os(macOS)
            let opener = "open"
            #else
            let opener = "xdg-open"
            #endif
            let status = spawnAndWait([opener, path])
            if status == -ENOENT {
                printError("journal: no \(opener) here to open the report; open \(displayPath(path)) in a browser.")
            } else if status < 0 {
                printError("journal: cannot start \(opener): \(String(cString: strerror(-status))); open \(displayPath(path)) in a browser.")
            } else if status != 0 {
                printError("journal: \(opener) exited with status \(status); open \(displayPath(path)) in a browser.")
            }
        }
    }
}
