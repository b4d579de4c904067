/// One practice question as a card of `journal drill`: its schedule from the review log.
///
/// JSON (`drill --due --format json`, a public contract): `card`, `text`, `due`, `new`,
/// `stability`, `difficulty`, `retrievability`, `reviews`, `lapses`, `last_review`,
/// `difficult`, `count`, `companies`.
package struct DrillCard: Sendable, Hashable, Encodable {
    /// The card id (`PracticeQuestion.cardID`, the Anki GUID).
    package var id: String
    package var question: PracticeQuestion
    /// The memory after its reviews; nil for a card never reviewed.
    package var memory: FSRS.Memory?
    /// When it is due: the next review of a reviewed card; for a new card, the day its
    /// question was first asked (nil when no interview of it has a date: due at once).
    package var due: CalendarDay?
    /// How many reviews, and how many of them were rated Again.
    package var reviews: Int
    package var lapses: Int
    /// The recall probability on the day the deck was built for (nil for a new card).
    package var retrievability: Double?

    package init(id: String, question: PracticeQuestion, memory: FSRS.Memory?, due: CalendarDay?, reviews: Int, lapses: Int, retrievability: Double?) {
        self.id = id
        self.question = question
        self.memory = memory
        self.due = due
        self.reviews = reviews
        self.lapses = lapses
        self.retrievability = retrievability
    }

    package var isNew: Bool { memory == nil }

    /// Whether it is due on `day`.
    package func isDue(on day: CalendarDay) -> Bool { due.map { $0 <= day } ?? true }

    /// Whether its memory lasts more than `days` days.
    package func isMastered(days: Int) -> Bool { (memory?.stability ?? 0) > Double(days) }

    enum CodingKeys: String, CodingKey {
        case card, text, due, new, stability, difficulty, retrievability, reviews, lapses
        case lastReview = "last_review"
        case difficult, count, companies
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .card)
        try c.encode(question.text, forKey: .text)
        try c.encode(due, forKey: .due)
        try c.encode(isNew, forKey: .new)
        try c.encode(memory?.stability, forKey: .stability)
        try c.encode(memory?.difficulty, forKey: .difficulty)
        try c.encode(retrievability, forKey: .retrievability)
        try c.encode(reviews, forKey: .reviews)
        try c.encode(lapses, forKey: .lapses)
        try c.encode(memory?.lastReview, forKey: .lastReview)
        try c.encode(question.difficult, forKey: .difficult)
        try c.encode(question.count, forKey: .count)
        try c.encode(question.companies, forKey: .companies)
    }
}
