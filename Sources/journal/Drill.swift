import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Drill: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drill",
            abstract: "Rehearse the practice questions on a spaced-repetition schedule (FSRS-6).",
            discussion: """
            On a terminal: one due card at a time with its context; Enter or Space shows
            your notes, 1-4 rates it (again, hard, good, easy), u undoes the last rating,
            q (or Ctrl-C) quits. Every rating is written to .journal/reviews.tsv at once,
            one line per review; the schedule is replayed from it on every run and the
            notes are never touched. Commit the log with the notes; with the line
            `.journal/reviews.tsv merge=union` in .gitattributes two machines' reviews
            merge without conflicts (`journal init` adds it).

            A question enters the deck on the day it was first asked; difficult ones
            come first. Settings: `drill:` in .journal/config.yml (desired_retention,
            maximum_interval, mastered_days).

            For scripts (and when not on a terminal):
              journal drill --due --format json     the due cards and their state
              journal drill rate CARD good          record one review
              journal drill alias OLD NEW           keep a reworded question's history
            """,
            subcommands: [Rate.self, Alias.self]
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var todayOption: TodayOption
        @Flag(help: "List the due cards (in drill order) with their state instead of drilling.") var due = false
        @Option(help: "Output format of --due: text or json.") var format: Format?
        // Unconditional, so that `--limit -2` reaches validate() and is told the rule.
        @Option(parsing: .unconditional, help: ArgumentHelp("At most N cards (with --due, or in a session).", valueName: "N")) var limit: Int?
        @OptionGroup var colorOptions: ColorOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, but it is \(limit).") }
            if format != nil, !due { throw ValidationError("--format applies to --due; add --due to list the due cards.") }
        }

        func run() throws {
            guard due || (isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1) else {
                printError("""
                    journal drill: not on a terminal, so there is no one to ask. For scripts:
                      journal drill --due [--format text|json] [--today DATE] [--limit N]   lists the due cards
                      journal drill rate CARD RATING [--today DATE]                        records one review (RATING 1-4 or again, hard, good, easy)
                    """)
                throw ExitCode(2)
            }
            let today = todayOption.day
            let (journal, log) = try Drill.load(journalOptions)
            let deck = DrillDeck(journal: journal, log: log, today: today)
            if due {
                let cards = deck.due(limit: limit)
                switch format ?? .text {
                case .text:
                    let color = colorOptions.enabled()
                    print(TerminalSafe.text(DrillRenderer.text(cards, deck: deck, color: color), keepingStyle: color), terminator: "")
                case .json: print(try DrillRenderer.json(cards, deck: deck), terminator: "")
                }
                return
            }
            Drill.hintGitattributes(root: journal.root)
            let session = DrillSession(journal: journal, deck: deck, cards: deck.due(limit: limit), isToday: todayOption.today == nil,
                                       color: colorOptions.enabled())
            try session.run()
        }

        /// The journal and its review log; problems in the log go to standard error.
        static func load(_ options: JournalOptions) throws -> (Journal, ReviewLog) {
            let journal = try options.load()
            let log = ReviewLog.load(root: journal.root)
            for diagnostic in log.diagnostics { printError(DiagnosticRenderer.text(diagnostic, color: false)) }
            return (journal, log)
        }

        /// On first use (no review log yet), a one-line hint when .gitattributes lacks the union merge.
        static func hintGitattributes(root: String) {
            guard !ReviewLog.exists(root: root) else { return }
            let attributes = (try? String(contentsOfFile: (root as NSString).appendingPathComponent(".gitattributes"), encoding: .utf8)) ?? ""
            guard !attributes.split(whereSeparator: \.isNewline).contains(where: { $0.trimmingCharacters(in: .whitespaces) == JournalScaffold.gitattributesLine }) else { return }
            printError("journal: hint: add the line `\(JournalScaffold.gitattributesLine)` to .gitattributes so that reviews from two machines merge without conflicts.")
        }
    }
}

extension FSRS.Rating: ExpressibleByArgument {
    public init?(argument: String) {
        if let n = Int(argument), let rating = FSRS.Rating(rawValue: n) { self = rating; return }
        guard let rating = FSRS.Rating.allCases.first(where: { $0.name == argument.lowercased() }) else { return nil }
        self = rating
    }

    public static var allValueStrings: [String] { ["1", "2", "3", "4", "again", "hard", "good", "easy"] }
}

extension JournalCommand.Drill {
    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rate",
            abstract: "Record one review of a card in .journal/reviews.tsv.",
            discussion: """
            CARD is a card id as `journal drill --due` shows it (journal-…; a unique
            prefix of at least 4 hex digits is enough). RATING is 1-4 or again, hard,
            good, easy. Prints the card's next review.

            Example:
              journal drill rate journal-3f2a9c0d11e2b4a7 good --today 2026-12-07
            """
        )

        @OptionGroup var journalOptions: JournalOptions
        @Argument(help: "The card id.") var card: String
        @Argument(help: "1 again, 2 hard, 3 good, 4 easy.") var rating: FSRS.Rating
        @OptionGroup var todayOption: TodayOption

        func run() throws {
            let today = todayOption.day
            let (journal, log) = try JournalCommand.Drill.load(journalOptions)
            let deck = DrillDeck(journal: journal, log: log, today: today)
            guard let found = deck.card(card) else {
                throw ValidationError("No practice question has the card id '\(card)'; `journal drill --due` lists the due cards with their ids.")
            }
            JournalCommand.Drill.hintGitattributes(root: journal.root)
            let review = ReviewLog.Review(day: today, card: found.id, rating: rating)
            do { try ReviewLog.append(review, root: journal.root) } catch {
                printError("journal: \(error)")
                throw ExitCode.failure
            }
            let memory = deck.scheduler.review(found.memory, rating, on: today)
            print("Recorded \(rating.name) for \(found.id) on \(today); next review \(memory.due) (stability \(String(format: "%.1f", memory.stability)) days).")
        }
    }

    struct Alias: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "alias",
            abstract: "Carry the review history of a reworded question over to its new card id.",
            discussion: """
            When a question is reworded so much that its card id changes, its reviews
            stay under the old id (`journal check` warns about it and suggests the
            closest question). This appends `alias<TAB>OLD<TAB>NEW` to
            .journal/reviews.tsv: from then on the old reviews count for NEW.

            Example:
              journal drill alias journal-3f2a9c0d11e2b4a7 journal-8d1e0f5a2b3c4d6e
            """
        )

        @OptionGroup var journalOptions: JournalOptions
        @Argument(help: "The old card id (as `journal check` names it).") var old: String
        @Argument(help: "The card id of the question as it is worded now.") var new: String

        func run() throws {
            let (journal, log) = try JournalCommand.Drill.load(journalOptions)
            let deck = DrillDeck(journal: journal, log: log, today: CalendarDay.localToday())
            guard let target = deck.card(new) else {
                throw ValidationError("No practice question has the card id '\(new)'; `journal drill --due` and `journal practice --format json` show the ids.")
            }
            let reviewed = Set(log.reviews.map(\.card))
            let candidates = reviewed.filter { $0 == old || $0.hasPrefix(old.hasPrefix("journal-") ? old : "journal-" + old) }
            guard candidates.count == 1, let source = candidates.first else {
                throw ValidationError(candidates.isEmpty ? "No review in \(ReviewLog.relativePath) has the card id '\(old)'."
                                      : "'\(old)' is the start of \(candidates.count) reviewed card ids; give more of it.")
            }
            guard log.resolve(source) != target.id else {
                print("\(source) already counts for \(target.id); nothing to do.")
                return
            }
            guard source != target.id else { throw ValidationError("OLD and NEW are the same card, \(source).") }
            do { try ReviewLog.appendAlias(from: source, to: target.id, root: journal.root) } catch {
                printError("journal: \(error)")
                throw ExitCode.failure
            }
            let moved = log.reviews.filter { $0.card == source }.count
            print(TerminalSafe.text("The \(moved) review\(moved == 1 ? "" : "s") of \(source) now count\(moved == 1 ? "s" : "") for \(target.id) (\(target.question.text))."))
        }
    }
}
