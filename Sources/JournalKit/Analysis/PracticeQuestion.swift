/// A question merged across every entry that asked it (DESIGN 6).
///
/// Its JSON form is a public contract: `text`, `count`, `companies`, `difficult`,
/// `notes`, `tags`, `last_asked`, `sources`; with a `journal drill` schedule (once there is a
/// review log) also `card` (the card id), `next_review` and `mastered`.
package struct PracticeQuestion: Sendable, Hashable, Encodable {
    /// The most common wording.
    package var text: String
    /// The key every wording of the question shares (see `QuestionKey.merge`).
    package var key: String
    /// In how many interviews (entries) it was asked.
    package var count: Int
    /// Companies that asked it, sorted, unique ignoring case.
    package var companies: [String]
    /// True when any interview marked it difficult.
    package var difficult: Bool
    /// Difficulty notes first, then answer notes, each in interview-date order, without repeats.
    package var notes: [String]
    /// Topic tags, sorted (the difficulty markers `hard`, `difficult`, `tough` are left
    /// out: `difficult` says it).
    package var tags: [String]
    /// The latest day it was asked, when any of its entries has a date.
    package var lastAsked: CalendarDay?
    /// Where each occurrence was written, in interview-date order.
    package var sources: [SourceLocation]
    /// The earliest day it was asked, when any of its entries has a date: the day it
    /// enters the `journal drill` deck.
    package var firstAsked: CalendarDay?
    /// The round headings it was asked under, first seen first.
    package var rounds: [String] = []
    /// Its `journal drill` schedule, when the list was given one (`PracticeList.scheduled(by:masteredDays:)`).
    package var schedule: Schedule?

    /// Where a question stands in `journal drill`.
    package struct Schedule: Sendable, Hashable {
        /// When it is due next (nil: a new card whose question has no dated interview).
        package var nextReview: CalendarDay?
        /// Due on the day the schedule was made for (or before).
        package var due: Bool
        /// Its memory lasts longer than the configured number of days.
        package var mastered: Bool
        /// It has been reviewed at least once.
        package var reviewed: Bool

        package init(nextReview: CalendarDay?, due: Bool, mastered: Bool, reviewed: Bool) {
            self.nextReview = nextReview
            self.due = due
            self.mastered = mastered
            self.reviewed = reviewed
        }
    }

    package init(text: String, key: String, count: Int, companies: [String], difficult: Bool, notes: [String],
                tags: [String], lastAsked: CalendarDay?, sources: [SourceLocation]) {
        self.text = text
        self.key = key
        self.count = count
        self.companies = companies
        self.difficult = difficult
        self.notes = notes
        self.tags = tags
        self.lastAsked = lastAsked
        self.sources = sources
    }

    /// Its card id for `journal drill` and its GUID in the Anki export: `journal-` and the
    /// stable hash of its merge key, so both keep one identity across rewordings that keep the key.
    package var cardID: String { "journal-" + StableHash.hex(key) }

    /// The tag the question is grouped under: its first tag, or nil when it has none.
    package var primaryTag: String? { tags.first }

    enum CodingKeys: String, CodingKey {
        case text, count, companies, difficult, notes, tags
        case lastAsked = "last_asked"
        case sources, card
        case nextReview = "next_review"
        case mastered
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(count, forKey: .count)
        try c.encode(companies, forKey: .companies)
        try c.encode(difficult, forKey: .difficult)
        try c.encode(notes, forKey: .notes)
        try c.encode(tags, forKey: .tags)
        try c.encode(lastAsked, forKey: .lastAsked)
        try c.encode(sources, forKey: .sources)
        if let schedule {
            try c.encode(cardID, forKey: .card)
            try c.encode(schedule.nextReview, forKey: .nextReview)
            try c.encode(schedule.mastered, forKey: .mastered)
        }
    }

    /// Practice order: difficult first, then most often asked, then most recently asked,
    /// then by text.
    package static func practiceOrder(_ a: PracticeQuestion, _ b: PracticeQuestion) -> Bool {
        practiceOrder(a, b, lowercased: a.text.lowercased(), b.text.lowercased())
    }

    /// The same order, with the texts lowercased once by the caller (a sort of a thousand
    /// questions lowercased each text some twenty times).
    static func practiceOrder(_ a: PracticeQuestion, _ b: PracticeQuestion, lowercased x: String, _ y: String) -> Bool {
        if a.difficult != b.difficult { return a.difficult }
        if a.count != b.count { return a.count > b.count }
        if a.lastAsked != b.lastAsked { return Wording.isLater(a.lastAsked, than: b.lastAsked) }
        return (x, a.text, a.key) < (y, b.text, b.key)
    }

    /// `questions` in practice order: indices are sorted, so no question is copied per comparison.
    static func inPracticeOrder(_ questions: [PracticeQuestion]) -> [PracticeQuestion] {
        let lowered = questions.map { $0.text.lowercased() }
        return questions.indices.sorted { practiceOrder(questions[$0], questions[$1], lowercased: lowered[$0], lowered[$1]) }
            .map { questions[$0] }
    }
}
