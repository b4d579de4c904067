import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate entries and print path:line:col diagnostics.",
            discussion: """
            Exit status: 0 when there are no errors, 1 when there are errors (with
            --strict, warnings count too), 2 on a usage error. Notes say which values
            were inferred and how to state them; they are shown for the FILES you name,
            or with --verbose. Problems in .journal/config.yml are errors too. --staged
            checks the entries staged in git, as staged (the pre-commit hook runs it).

            Examples:
              journal check
              journal check 2026-11-18-acme-onsite.md --verbose
              journal check --staged
              journal check --explain 2026-11-18-acme-onsite.md
            """
        )

        typealias Format = CheckFormat

        @OptionGroup var journalOptions: JournalOptions
        @Argument(help: "Entries to check (default: the whole journal).") var files: [String] = []
        @Option(help: "Output format: text or json (default: formats.check in .journal/config.yml, else text).") var format: Format?
        @Flag(help: "Check only the entries staged in git, with their staged content (for a pre-commit hook).") var staged = false
        @Flag(help: "Treat warnings as errors for the exit status.") var strict = false
        @Flag(name: [.short, .long], help: "Also show notes about inferred values.") var verbose = false
        @Flag(help: "Show, line by line, each block of the FILES read as a question or not, and the cues behind the decision.") var explain = false
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            if explain && files.isEmpty {
                throw ValidationError("--explain needs the FILES to explain.")
            }
            if staged && !files.isEmpty {
                throw ValidationError("--staged checks what git has staged; leave out the FILES (\(files.joined(separator: " "))).")
            }
        }

        func run() throws {
            let root = journalOptions.root
            if staged {
                let entries: StagedEntries
                do { entries = try StagedEntries.read(root: root) } catch {
                    printError("journal: \(error)")
                    throw ExitCode(2)
                }
                // Relative to the root, as staged: a staged link is its own path, never its target's.
                try report(Journal.load(root: root, options: LoadOptions(files: entries.paths, overrides: entries.contents)), showNotes: verbose)
                return
            }
            for file in files {
                let path = file.hasPrefix("/") ? file : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(file)
                if !FileManager.default.fileExists(atPath: path), !FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(file)) {
                    throw usageError("No such file: \(TerminalSafe.path(file))")
                }
            }
            var options = LoadOptions(files: files.isEmpty ? nil : files, useCache: !journalOptions.noCache)
            options.progress = ProgressLine.standardError()
            var journal = Journal.load(root: root, options: options)
            if files.isEmpty { journal.diagnostics = (journal.diagnostics + Check.reviewDiagnostics(journal)).sorted() }
            if explain {
                var reader = EntryReader(config: journal.config)
                reader.explain = true
                var out = ""
                for file in files {
                    let path = file.hasPrefix("/") || FileManager.default.fileExists(atPath: file) ? file : (root as NSString).appendingPathComponent(file)
                    guard let bytes = readWholeFile(path) else { continue }
                    out += ExplainRenderer.text(reader.read(path: file, bytes: bytes).candidates)
                }
                FileHandle.standardOutput.write(Data(out.utf8))
            }
            try report(journal, showNotes: verbose || !files.isEmpty)
        }

        /// Problems of `.journal/reviews.tsv`, when there is one: unreadable lines, and reviews of
        /// questions that are gone, with the closest question now (`ReviewCheck`).
        static func reviewDiagnostics(_ journal: Journal) -> [Diagnostic] {
            guard ReviewLog.exists(root: journal.root) else { return [] }
            let log = ReviewLog.load(root: journal.root)
            let deck = DrillDeck(journal: journal, log: log, today: CalendarDay.localToday())
            return ReviewCheck.diagnostics(log: log, deck: deck, oldWordings: ReviewCheck.oldWordings(of: Set(deck.orphans), root: journal.root))
        }

        /// Prints the diagnostics and exits with 1 when there are errors.
        private func report(_ journal: Journal, showNotes: Bool) throws {
            let shown = journal.diagnostics.filter { showNotes || $0.severity != .note }
            switch try OutputFormat.resolve(format, output: nil, config: journal.config) {
            case .json:
                FileHandle.standardOutput.write(Data(try DiagnosticRenderer.json(entries: journal.entries.count, diagnostics: shown).utf8))
            case .text:
                let color = colorOptions.enabled()
                var out = ""
                for diagnostic in shown { out += DiagnosticRenderer.text(diagnostic, color: color) + "\n" }
                out += DiagnosticRenderer.summary(entries: journal.entries.count, diagnostics: journal.diagnostics,
                                                  hiddenNotes: journal.diagnostics.count - shown.count) + "\n"
                FileHandle.standardOutput.write(Data(out.utf8))
            }
            let failing = journal.diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
            if failing { throw ExitCode(1) }
        }
    }
}
