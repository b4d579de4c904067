import Foundation

/// `journal drill`: the due list (text and JSON) and the screens of the terminal session.
package enum DrillRenderer {
    /// `{"today": ..., "due_count": N, "cards": [...]}`: the due cards in drill order (a public contract).
    package static func json(_ cards: [DrillCard], deck: DrillDeck) throws -> String {
        struct Wrapper: Encodable {
            var today: CalendarDay
            var dueCount: Int
            var cards: [DrillCard]
            enum CodingKeys: String, CodingKey { case today, dueCount = "due_count", cards }
        }
        return try JSONOutput.encode(Wrapper(today: deck.today, dueCount: deck.due().count, cards: cards))
    }

    /// One block per due card: number, id and question, then its state.
    package static func text(_ cards: [DrillCard], deck: DrillDeck, color: Bool) -> String {
        let style = TerminalStyle(enabled: color)
        let total = deck.due().count
        guard !cards.isEmpty else {
            let next = deck.nextDueDay.map { " The next card is due on \($0)." } ?? ""
            return deck.cards.isEmpty
                ? "No practice questions to drill yet; list the questions you were asked under a \"Questions\" heading.\n"
                : "Nothing is due on \(deck.today).\(next)\n"
        }
        let new = cards.filter(\.isNew).count
        var out = style.bold(cards.count == total ? plural(total, "card") + " due" : "Showing \(cards.count) of \(plural(total, "card")) due")
        out += " on \(deck.today)" + (new > 0 ? " (\(new) new)" : "") + ".\n"
        let width = String(cards.count).count
        let indent = String(repeating: " ", count: width + 3)
        for (index, card) in cards.enumerated() {
            let number = String(index + 1)
            out += "\n" + String(repeating: " ", count: width - number.count + 1) + number + ". " + style.dim(card.id) + "\n"
            out += TextWrap.styled(card.question.text, first: indent, rest: indent, style: style.bold)
            let parts = (card.question.difficult ? ["difficult"] : []) + state(card, today: deck.today)
            for line in TextWrap.wrap(parts.joined(separator: " · "), first: indent, rest: indent) {
                out += indent + style.dim(String(line.dropFirst(indent.count))) + "\n"
            }
        }
        return out
    }

    /// "new since 2026-11-18" or "due 2026-12-05 · stability 3.2 days · difficulty 7.1 · recall 84%".
    package static func state(_ card: DrillCard, today: CalendarDay) -> [String] {
        var parts: [String] = []
        if let memory = card.memory {
            parts.append("due \(memory.due)")
            parts.append("stability " + decimal(memory.stability) + (memory.stability == 1 ? " day" : " days"))
            parts.append("difficulty " + decimal(memory.difficulty))
            if let r = card.retrievability { parts.append("recall \(Int((r * 100).rounded()))%") }
            parts.append(card.reviews == 1 ? "1 review" : "\(card.reviews) reviews")
        } else {
            parts.append(card.due.map { "new since \($0)" } ?? "new")
        }
        return parts
    }

    // MARK: - The terminal session

    /// A card's front: progress, the question and its context (companies, rounds, how often, difficult).
    package static func front(_ card: DrillCard, position: Int, of total: Int, today: CalendarDay, isToday: Bool, width: Int, color: Bool) -> String {
        let style = TerminalStyle(enabled: color)
        var out = style.dim(progress(position, of: total, day: isToday ? "today" : "on \(today)")) + "\n\n"
        out += TextWrap.styled(card.question.text, width: width, first: "", rest: "", style: style.bold)
        var context: [String] = []
        if card.question.difficult { context.append("difficult") }
        context.append(card.question.count == 1 ? "asked once" : "asked \(card.question.count)×")
        if !card.question.companies.isEmpty { context.append(card.question.companies.joined(separator: ", ")) }
        if !card.question.rounds.isEmpty { context.append(card.question.rounds.joined(separator: ", ")) }
        if let last = card.question.lastAsked { context.append("last \(last)") }
        for line in TextWrap.wrap(context.joined(separator: " · "), width: width) {
            out += (card.question.difficult && line.hasPrefix("difficult")
                ? style.red("difficult") + style.dim(String(line.dropFirst("difficult".count))) : style.dim(line)) + "\n"
        }
        for line in TextWrap.wrap(state(card, today: today).joined(separator: " · "), width: width) { out += style.dim(line) + "\n" }
        return out
    }

    /// What the front hides: the difficulty notes and the candidate's notes.
    package static func back(_ card: DrillCard, width: Int) -> String {
        guard !card.question.notes.isEmpty else { return "(no notes for this question)\n" }
        var out = ""
        for note in card.question.notes {
            for line in TextWrap.wrap(note, width: width, first: "- ", rest: "  ") { out += line + "\n" }
        }
        return out
    }

    /// The key line under a card.
    package static func keys(revealed: Bool, width: Int, color: Bool) -> String {
        let style = TerminalStyle(enabled: color)
        let rate = "1 again · 2 hard · 3 good · 4 easy · u undo · q quit"
        return TextWrap.wrap(revealed ? rate : "Enter or Space: show your notes · " + rate, width: width).map { style.dim($0) + "\n" }.joined()
    }

    /// "4 of 12 due today" (`day`: "today", or "on DAY" when --today names another day).
    package static func progress(_ position: Int, of total: Int, day: String) -> String {
        "\(position) of \(total) due \(day)"
    }

    /// The end of a session: "Reviewed 5 of 12 due cards (1 again). Next due: 2026-12-09."
    package static func summary(reviewed: [FSRS.Rating], due: Int, next: CalendarDay?) -> String {
        let again = reviewed.filter { $0 == .again }.count
        var out = "Reviewed \(reviewed.count) of \(plural(due, "due card"))"
        if !reviewed.isEmpty { out += " (\(again) again)" }
        out += "."
        if let next { out += " Next due: \(next)." }
        return out + "\n"
    }

    static func decimal(_ x: Double) -> String {
        x >= 100 ? String(Int(x.rounded())) : String(format: "%.1f", x)
    }

    static func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
