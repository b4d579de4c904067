/// Hover text (Markdown): on a question, how often and where it was asked, its notes and
/// difficulty notes and its `journal drill` state; on the company key, the `journal prep`
/// summary; on a date key, what is due from that note.
package enum Hover {
    /// The question of `entry` written on 1-based `line`, if any.
    package static func question(of entry: Entry, line: Int) -> Question? {
        entry.questions.first { $0.location.line == line }
    }

    /// The merged question (across the journal) a question of a note belongs to.
    package static func merged(_ question: Question, in practice: PracticeList) -> PracticeQuestion? {
        let key = QuestionKey.merge(question.text)
        return practice.questions.first { $0.key == key } ?? practice.toPrepare.first { $0.key == key }
    }

    package static func question(_ merged: PracticeQuestion, entries: [Entry], deck: DrillDeck?, today: CalendarDay) -> String {
        var lines = ["**\(MarkdownEscape.inline(merged.text))**", ""]
        lines.append("Asked in \(plural(merged.count, "interview"))" + (merged.difficult ? ", marked difficult" : "") + ":")
        let byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        for source in merged.sources {
            let entry = byPath[source.path]
            let day = entry?.date.map { "\($0.value) " } ?? ""
            let stage = entry?.stage.map { " (\($0.name))" } ?? ""
            lines.append("- \(day)\(MarkdownEscape.inline(entry?.companyName ?? source.path))\(stage): `\(source.path):\(source.line)`")
        }
        if !merged.notes.isEmpty {
            lines += ["", "Notes:"]
            lines += merged.notes.map { "- " + MarkdownEscape.inline($0) }
        }
        if let deck, let card = deck.card(merged.cardID) {
            lines.append("")
            if card.isNew {
                lines.append("Drill: new card, not reviewed yet (`journal drill`).")
            } else {
                let due = card.due.map { $0 <= today ? "due now" : "next review \($0)" } ?? "due now"
                lines.append("Drill: \(plural(card.reviews, "review")), \(plural(card.lapses, "lapse")); \(due).")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// What `journal due` lists from note `path`, as of `today`.
    package static func due(path: String, entries: [Entry], config: JournalConfig, today: CalendarDay) -> String {
        let actions = AdviceEngine.actions(for: entries, today: today, config: config, firstCommitDays: [:]).filter { $0.path == path }
        guard !actions.isEmpty else { return "Nothing is due from this note as of \(today)." }
        var lines = ["Due from this note (as of \(today)):"]
        for action in actions {
            let when = action.overdue ? "overdue since \(action.due)" : action.due == today ? "today" : "\(action.due)"
            lines.append("- \(when): \(MarkdownEscape.inline(action.message))")
        }
        return lines.joined(separator: "\n")
    }
}
