import ArgumentParser
import Foundation
import JournalKit

extension LogEvent: ExpressibleByArgument {}

extension JournalCommand {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Record what you did (thank-you, follow-up, outcome...) in a note.",
            discussion: """
            Writes one key into the front-matter of the latest note of APPLICATION (the
            latest dated on or before --on), or of --file, and changes no other byte:
            comments, key order, quoting, line ends and the body stay; a list gets the new
            item in its own style; a note without front-matter gets one. The write is
            atomic and keeps the file's permissions. It is refused when the front-matter
            does not parse, or when the file changed while journal worked. Then it prints
            what `journal due` no longer lists, and what it lists next there.

            EVENT and the key it writes:
              thank-you            thank_you: DATE
              follow-up            follow_ups: [..., DATE]
              connected NAME       connected: DATE on that interviewer
              referees-told        referees_notified: DATE
              feedback-asked       feedback_asked: DATE
              feedback TEXT        feedback: TEXT
              decision-by DATE     decision_by: DATE
              outcome VALUE        outcome: VALUE and outcome_date: DATE, VALUE one of
                                   advanced, rejected, offer, accepted, declined,
                                   withdrawn, ghosted
              offer-deadline DATE  offer_deadline: DATE
            DATE is --on (default: --today, else today). APPLICATION matches a company
            as `journal prep` does ("northwind" finds "Northwind Payments").

            Exit status: 0, also when the value is already recorded; 1 when the note
            cannot be changed safely; 2 on a usage error (an unknown or ambiguous
            application among them).

            Examples:
              journal log acme thank-you
              journal log acme follow-up --on 2026-11-26 --commit
              journal log acme connected "Dana Lee"
              journal log globex outcome rejected
              journal log initech offer-deadline 2026-12-01 --dry-run
            """
        )

        @Argument(help: "The company of the application (case-insensitive; a unique prefix is enough).") var application: String
        @Argument(help: ArgumentHelp("What happened: \(LogEvent.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "EVENT")) var event: LogEvent
        @Argument(help: "The name, text, date or outcome the event needs.") var value: String?
        @Option(help: ArgumentHelp("The day it happened (default: --today, else today).", valueName: "YYYY-MM-DD")) var on: CalendarDay?
        @Option(help: ArgumentHelp("Write into this note instead of the application's latest.", valueName: "PATH")) var file: String?
        @Flag(help: "Print the change as a unified diff and write nothing.") var dryRun = false
        @Flag(help: "Commit the changed note (only that file) with git.") var commit = false
        @OptionGroup var todayOption: TodayOption
        @OptionGroup var journalOptions: JournalOptions

        func validate() throws {
            if let problem = event.problem(with: value) { throw ValidationError(problem) }
            if dryRun && commit { throw ValidationError("--dry-run writes nothing, so there is nothing to --commit; use one of them.") }
        }

        func run() throws {
            let today = todayOption.day
            let day = on ?? today
            let journal = try journalOptions.load(gitHistoryFor: today)
            let root = journal.root
            let (path, company) = try note(in: journal, day: day)
            let full = path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)
            // Said without the usage (the command line is fine); a FIFO there is refused, not waited on.
            guard let original = readWholeFile(full) else { throw usageError("Cannot read \(TerminalSafe.path(displayPath(full))): it is not a readable regular file.") }
            if commit, GitCommand.run(["rev-parse", "--git-dir"], in: root)?.status != 0 {
                throw ValidationError("--commit needs the journal folder to be in a git repository (git init), and git installed.")
            }

            let edit: FrontMatterEdit
            do {
                switch try FrontMatterEditor.apply(event.changes(value: value, on: day), to: original) {
                case .alreadyRecorded(let sentence):
                    say("Already recorded in \(displayPath(full)): \(sentence). Nothing changed.")
                    return
                case .edited(let made): edit = made
                }
            } catch {
                printError("journal: \(displayPath(full))\(error.line.map { ":\($0)" } ?? ""): cannot record \(event.rawValue): \(error.message)")
                throw ExitCode.failure
            }
            // `connected dana` is recorded as connected with Dana Lee.
            let named = event == .connected ? journal.entries.first { $0.path == path }
                .flatMap { entry in FrontMatterEditor.interviewer(value ?? "", among: entry.interviewers.map(\.name)) } : nil
            let summary = event.summary(value: named ?? value, on: day)
            if dryRun {
                say(UnifiedDiff.render(old: original, new: edit.edited, path: path), terminator: "")
                say("(dry run: \(summary) not written)")
                return
            }
            do { try NoteWriter.replace(full, original: original, with: edit.edited) } catch {
                printError("journal: \(error)")
                throw ExitCode.failure
            }
            say("Recorded \(summary) in \(displayPath(full)).")
            if commit { try commitNote(full, root: root, message: "journal log: \(company): \(summary)") }
            if let change = DueChange(journal: journal, path: path, bytes: edit.edited, today: today) { say(change.text) }
        }

        /// Prints a line of output with controls and bidirectional overrides from notes made visible.
        private func say(_ text: String, terminator: String = "\n") {
            print(TerminalSafe.text(text), terminator: terminator)
        }

        /// The note to write (relative to the root when inside it) and the company it is of.
        private func note(in journal: Journal, day: CalendarDay) throws -> (String, String) {
            if let file {
                let relative = try NoteArgument.path(file, root: journal.root)
                let company = journal.entries.first { $0.path == relative }?.companyName ?? application
                return (relative, company)
            }
            let lookup = ApplicationLookup.resolve(application, in: journal.entries)
            guard case .found(let found) = lookup else {
                printError("Error: " + (lookup.problem(for: application) ?? ""))
                throw ExitCode(2)
            }
            return (found.latestNote(onOrBefore: day).path, found.company)
        }

        private func commitNote(_ full: String, root: String, message: String) throws {
            let add = GitCommand.run(["add", "--", full], in: root)
            let made = add?.status == 0 ? GitCommand.run(["commit", "--quiet", "-m", message, "--only", "--", full], in: root) : add
            guard let made, made.status == 0 else {
                printError("journal: the note is written, but git could not commit it: \(made?.firstErrorLine ?? "git is not installed")")
                throw ExitCode.failure
            }
            say("Committed: \(message)")
        }
    }
}
