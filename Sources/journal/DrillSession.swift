import ArgumentParser
import Foundation
import JournalKit

/// The interactive `journal drill`: one due card at a time, each rating appended to the
/// review log the moment it is given (so quitting, Ctrl-C or a lost terminal loses nothing).
struct DrillSession {
    let journal: Journal
    let deck: DrillDeck
    let cards: [DrillCard]
    let isToday: Bool
    let color: Bool

    /// A rating given in this session, with the log's size after it (for undo).
    private struct Given {
        var index: Int
        var review: ReviewLog.Review
        var size: Int
        var next: CalendarDay
    }

    func run() throws {
        guard !cards.isEmpty else {
            print(TerminalSafe.text(DrillRenderer.text([], deck: deck, color: color), keepingStyle: color), terminator: "")
            return
        }
        guard let terminal = RawTerminal() else {
            printError("journal drill: cannot put the terminal in raw mode; use `journal drill --due` and `journal drill rate CARD RATING`.")
            throw ExitCode.failure
        }
        var given: [Given] = []
        var index = 0
        var revealed = false
        var message = ""
        var failure: String?
        var interrupted = false
        var size = terminal.size
        func draw() {
            let width = max(20, min(size.columns, 100) - 1)
            let card = cards[index]
            var screen = DrillRenderer.front(card, position: index + 1, of: cards.count, today: deck.today, isToday: isToday,
                                             width: width, color: color)
            if revealed { screen += "\n" + DrillRenderer.back(card, width: width) }
            screen += "\n" + DrillRenderer.keys(revealed: revealed, width: width, color: color)
            if !message.isEmpty { screen += "\n" + message + "\n" }
            // The question and notes come from files: their controls are shown, never run.
            terminal.show(TerminalSafe.text(screen, keepingStyle: color))
        }
        draw()
        var ended = false
        loop: while !ended {
            guard let key = terminal.readByte(milliseconds: 150, ended: &ended) else {
                let now = terminal.size
                if now != size { size = now; draw() }
                continue
            }
            switch key {
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " "):
                revealed = true
                message = ""
            case UInt8(ascii: "1")...UInt8(ascii: "4"):
                let rating = FSRS.Rating(rawValue: Int(key - UInt8(ascii: "0")))!
                let card = cards[index]
                let review = ReviewLog.Review(day: deck.today, card: card.id, rating: rating)
                do {
                    let after = try ReviewLog.append(review, root: journal.root)
                    let next = deck.scheduler.review(card.memory, rating, on: deck.today).due
                    given.append(Given(index: index, review: review, size: after, next: next))
                    message = "Recorded \(rating.name); next review \(next)."
                } catch {
                    failure = "journal: \(error)"
                    break loop
                }
                index += 1
                revealed = false
                if index == cards.count { break loop }
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                guard let last = given.last else { message = "Nothing to undo."; break }
                if (try? ReviewLog.removeLast(last.review, root: journal.root, size: last.size)) == true {
                    given.removeLast()
                    index = last.index
                    revealed = false
                    message = "Undid \(last.review.rating.name) for this card."
                } else {
                    message = "Cannot undo: \(ReviewLog.relativePath) changed since that rating."
                }
            case 3:
                interrupted = true
                break loop
            case UInt8(ascii: "q"), UInt8(ascii: "Q"), 4, 27:
                break loop
            default:
                message = "Keys: Enter or Space shows your notes, 1-4 rates, u undoes, q quits."
            }
            draw()
        }
        terminal.restore()
        if let failure {
            printError(failure)
            throw ExitCode.failure
        }
        let after = DrillDeck(journal: journal, log: ReviewLog.load(root: journal.root), today: deck.today)
        print(DrillRenderer.summary(reviewed: given.map(\.review.rating), due: cards.count, next: after.nextDueDay ?? after.due().first?.due),
              terminator: "")
        // Ctrl-C ends the session like q (every rating is already written), with the status of an interrupt.
        if interrupted { throw ExitCode(130) }
    }
}
