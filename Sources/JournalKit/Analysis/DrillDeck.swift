/// The deck of `journal drill`: every practice question as a card, scheduled by replaying
/// the review log with FSRS-6 (nothing of the schedule is stored).
package struct DrillDeck: Sendable, Hashable {
    /// Cards in practice order.
    package var cards: [DrillCard]
    /// The day retrievabilities are computed for.
    package var today: CalendarDay
    package var scheduler: FSRS
    /// Ids with reviews (after aliases) that match no question, sorted.
    package var orphans: [String]

    /// The deck of `practice` on `today`, with the history of `log`.
    package init(practice: PracticeList, log: ReviewLog, today: CalendarDay, scheduler: FSRS = FSRS()) {
        self.today = today
        self.scheduler = scheduler
        var byCard = log.reviewsByCard
        var cards: [DrillCard] = []
        cards.reserveCapacity(practice.questions.count)
        for question in practice.questions {
            let id = question.cardID
            let reviews = byCard.removeValue(forKey: id) ?? []
            var memory: FSRS.Memory?
            var lapses = 0
            for review in reviews {
                memory = scheduler.review(memory, review.rating, on: review.day)
                if review.rating == .again { lapses += 1 }
            }
            cards.append(DrillCard(id: id, question: question, memory: memory, due: memory?.due ?? question.firstAsked,
                                   reviews: reviews.count, lapses: lapses,
                                   retrievability: memory.map { scheduler.retrievability($0, on: today) }))
        }
        self.cards = cards
        orphans = byCard.keys.sorted()
    }

    /// The cards due on `today` (or before) in drill order: difficult questions first, then
    /// the longest overdue, then practice order; at most `limit`.
    package func due(limit: Int? = nil) -> [DrillCard] {
        let due = cards.indices.filter { cards[$0].isDue(on: today) }.sorted { a, b in
            let x = cards[a], y = cards[b]
            if x.question.difficult != y.question.difficult { return x.question.difficult }
            if x.due != y.due { return (x.due?.dayNumber ?? Int.min) < (y.due?.dayNumber ?? Int.min) }
            return a < b
        }.map { cards[$0] }
        guard let limit else { return due }
        return Array(due.prefix(max(0, limit)))
    }

    /// The cards in order of their due day (undated new cards first), ties in practice order.
    package var byDueDay: [DrillCard] {
        cards.indices.sorted { a, b in
            let x = cards[a].due?.dayNumber ?? Int.min, y = cards[b].due?.dayNumber ?? Int.min
            return x != y ? x < y : a < b
        }.map { cards[$0] }
    }

    /// The card with id `id`, or (for a unique prefix of at least 4 characters after
    /// `journal-`) the one it abbreviates.
    package func card(_ id: String) -> DrillCard? {
        if let exact = cards.first(where: { $0.id == id }) { return exact }
        let prefix = id.hasPrefix("journal-") ? id : "journal-" + id
        guard prefix.count >= "journal-".count + 4 else { return nil }
        let matches = cards.filter { $0.id.hasPrefix(prefix) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// How many cards are due today, and how many are mastered.
    package func counts(masteredDays: Int) -> (due: Int, mastered: Int) {
        (cards.filter { $0.isDue(on: today) }.count, cards.filter { $0.isMastered(days: masteredDays) }.count)
    }

    /// The first due day after `today` of any card, for the end-of-session summary.
    package var nextDueDay: CalendarDay? {
        cards.compactMap(\.due).filter { $0 > today }.min()
    }
}

extension DrillDeck {
    /// The deck of a loaded journal: its practice questions (`practice`, else all of them),
    /// its review log, and the scheduler its `drill:` settings describe.
    package init(journal: Journal, practice: PracticeList? = nil, log: ReviewLog? = nil, today: CalendarDay) {
        let settings = journal.config.drill
        self.init(practice: practice ?? PracticeList(entries: journal.entries), log: log ?? ReviewLog.load(root: journal.root), today: today,
                  scheduler: FSRS(desiredRetention: settings.desiredRetention, maximumInterval: settings.maximumInterval))
    }
}

extension PracticeList {
    /// The list with each question's `journal drill` schedule from `deck`.
    package func scheduled(by deck: DrillDeck, masteredDays: Int) -> PracticeList {
        var byID: [String: DrillCard] = [:]
        for card in deck.cards { byID[card.id] = card }
        var list = self
        for i in list.questions.indices {
            guard let card = byID[list.questions[i].cardID] else { continue }
            list.questions[i].schedule = PracticeQuestion.Schedule(nextReview: card.due, due: card.isDue(on: deck.today),
                                                                   mastered: card.isMastered(days: masteredDays), reviewed: !card.isNew)
        }
        return list
    }

    /// The questions in order of their next review (undated new ones first), ties in practice order.
    package var byNextReview: PracticeList {
        var list = self
        list.questions = questions.indices.sorted { a, b in
            let x = questions[a].schedule?.nextReview?.dayNumber ?? Int.min, y = questions[b].schedule?.nextReview?.dayNumber ?? Int.min
            return x != y ? x < y : a < b
        }.map { questions[$0] }
        return list
    }

    /// Only the questions tagged with one of `tags` (case-insensitively; `area` also matches
    /// `area/sub`; `hard`, `difficult` and `tough` match difficult questions).
    package func tagged(_ tags: [String]) -> PracticeList {
        guard !tags.isEmpty else { return self }
        let wanted = tags.map { $0.lowercased().trimmingPrefix("#") }.map(String.init)
        var list = self
        list.questions = questions.filter { q in
            wanted.contains { tag in
                (q.difficult && TagScanner.difficultTags.contains(tag))
                    || q.tags.contains { $0.lowercased() == tag || $0.lowercased().hasPrefix(tag + "/") }
            }
        }
        list.totalCount = list.questions.count
        return list
    }
}
