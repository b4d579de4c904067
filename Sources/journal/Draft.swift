import ArgumentParser
import Foundation
import JournalKit

extension DraftKind: ExpressibleByArgument {}

extension JournalCommand {
    struct Draft: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "draft",
            abstract: "Print a short thank-you, follow-up, feedback or withdrawal email.",
            discussion: """
            Builds the email from the latest note of APPLICATION (the latest dated on or
            before --today), or from --file: the interviewers (front-matter
            `interviewers`; "Dear Acme Corp team" when there are none), the round, a topic
            from the questions they asked, the first question you asked them, the role
            and the company. It prints `Subject: ...`, a blank line and the body; with
            --mailto, a mailto: link instead (RFC 6068) that opens it in a mail program.
            journal never sends anything.

            KIND and what the draft does:
              thank-you   thanks them within 24 hours, recalls one topic, restates interest
              follow-up   asks politely about the timeline, once the decision date is past
              feedback    after a rejection: thanks them and asks one specific question
              withdraw    withdraws courteously, leaving the door open
            A warning on standard error says when a draft is unusual (a thank-you more than
            two days after the interview, a follow-up before the decision date...); the
            draft is printed all the same.

            A template of your own in .journal/drafts/KIND.txt replaces the built-in one:
            a `Subject:` line, a blank line and the body, with placeholders such as
            {{company}}, {{the_role}}, {{greeting}}, {{the_round}}, {{date}}, {{topic}},
            {{asked}} (docs/format.md lists them all). A line whose placeholder has no
            value is left out. The recipient of --mailto is --to, else an `email:` or
            `contact:` front-matter key of the application, else left empty.

            Exit status: 0; 1 when a template of .journal/drafts/ has an error
            (path:line:column); 2 on a usage error (an unknown or ambiguous application
            among them).

            Examples:
              journal draft thank-you acme
              journal draft follow-up acme --today 2026-11-26
              journal draft feedback globex --mailto --to hank@globex.example
              xdg-open "$(journal draft withdraw umbrella --mailto)"
            """
        )

        @Argument(help: ArgumentHelp("Which email to write.", valueName: "KIND")) var kind: DraftKind
        @Argument(help: "The company of the application (case-insensitive; a unique prefix is enough).") var application: String
        @Option(help: ArgumentHelp("Draft from this note instead of the application's latest.", valueName: "PATH")) var file: String?
        @Flag(help: "Print a mailto: link (subject and body percent-encoded) instead of the text.") var mailto = false
        @Option(help: ArgumentHelp("The recipient of --mailto (several separated by commas).", valueName: "ADDRESS")) var to: String?
        @OptionGroup var todayOption: TodayOption
        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            if to != nil && !mailto { throw ValidationError("--to is the recipient of the mailto: link; use it with --mailto.") }
        }

        func run() throws {
            let today = todayOption.day
            let journal = try journalOptions.load()
            let (application, entry) = try note(in: journal, today: today)

            let template: DraftTemplate
            let custom = (journal.root as NSString).appendingPathComponent(kind.relativePath)
            if FileManager.default.fileExists(atPath: custom) {
                guard let bytes = readWholeFile(custom) else { throw usageError("Cannot read \(TerminalSafe.path(kind.relativePath)).") }
                do { template = try DraftTemplate(String(decoding: bytes, as: UTF8.self), path: kind.relativePath) } catch {
                    let color = colorOptions.enabled(for: STDERR_FILENO)
                    for diagnostic in error.diagnostics { printError(DiagnosticRenderer.text(diagnostic, color: color)) }
                    throw ExitCode.failure
                }
            } else {
                template = DraftTemplate.builtIn(kind)
            }
            for warning in DraftAdvice.warnings(kind, application: application, entry: entry, today: today, config: journal.config) {
                printError("journal: warning: \(TerminalSafe.path(entry.path)): \(warning)")
            }
            let draft = template.render(DraftValues(application: application, entry: entry, today: today))
            if mailto {
                print(TerminalSafe.line(draft.mailto(to: to ?? DraftMailto.recipient(entry, of: application) ?? "")))
            } else {
                print(TerminalSafe.text(draft.text), terminator: "")
            }
        }

        /// The application and the note to draft from.
        private func note(in journal: Journal, today: CalendarDay) throws -> (Application, Entry) {
            if let file {
                let path = try NoteArgument.path(file, root: journal.root)
                guard let application = Application.group(journal.entries).first(where: { $0.entries.contains { $0.path == path } }),
                      let entry = application.entries.first(where: { $0.path == path }) else {
                    throw usageError("\(TerminalSafe.path(file)) is not an interview note of the journal in \(TerminalSafe.path(journal.root)).")
                }
                return (application, entry)
            }
            let lookup = ApplicationLookup.resolve(application, in: journal.entries)
            guard case .found(let found) = lookup else { throw usageError(lookup.problem(for: application) ?? "") }
            return (found, found.latestNote(onOrBefore: today))
        }
    }
}
