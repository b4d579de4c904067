/// One thing to do, with its due day and the entry it comes from (DESIGN 8).
package struct Action: Sendable, Hashable, Encodable {
    /// What kind of advice this is; the raw values are the public names used in JSON.
    package enum Kind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case thankYou = "thank-you"
        case askDecisionDate = "ask-decision-date"
        case followUp = "follow-up"
        case moveOn = "move-on"
        case notifyReferees = "notify-referees"
        case connect
        case askFeedback = "ask-feedback"
        case offerThanks = "offer-thanks"
        case offerDetails = "offer-details"
        case offerNegotiate = "offer-negotiate"
        case offerAnswer = "offer-answer"
        case withdraw
        case keepApplying = "keep-applying"
        case nextStep = "next-step"
        case writeSooner = "write-sooner"

        /// The position in `allCases`: the tie-breaker between actions due the same day.
        package var order: Int { Kind.allCases.firstIndex(of: self) ?? 0 }

        package static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.order < rhs.order }
    }

    package var kind: Kind
    /// The company as written in the latest entry of the application; empty for `keep-applying`.
    package var company: String
    /// The role, or empty when the notes do not say.
    package var role: String
    package var due: CalendarDay
    /// True when `due` is before today.
    package var overdue: Bool
    /// A short, kind, specific sentence saying what to do and why.
    package var message: String
    /// The entry the action comes from, relative to the journal root.
    package var path: String
    /// The line in that entry (the front-matter key or list item concerned, else 1).
    package var line: Int
    /// The command that records the action as done (`journal log acme thank-you`), when
    /// one does; nil for what is done in the notes themselves (a step's box to tick).
    @NullWhenAbsent package var record: String?

    /// The sentence that ends `message` when the action has a `record` command.
    static func recordSentence(_ command: String) -> String { " Then record it: `\(command)`." }

    /// The advice without the sentence about recording it.
    package var advice: String {
        guard let record, message.hasSuffix(Action.recordSentence(record)) else { return message }
        return String(message.dropLast(Action.recordSentence(record).count))
    }

    package init(kind: Kind, company: String, role: String, due: CalendarDay, overdue: Bool, message: String, path: String, line: Int,
                record: String? = nil) {
        self.kind = kind
        self.company = company
        self.role = role
        self.due = due
        self.overdue = overdue
        self.message = message
        self.path = path
        self.line = line
        self.record = record
    }

    /// The order of `journal due`: overdue first, then by due day, kind, company, path and line.
    package static func urgency(_ a: Action, _ b: Action) -> Bool {
        if a.overdue != b.overdue { return a.overdue }
        if a.due != b.due { return a.due < b.due }
        if a.kind != b.kind { return a.kind < b.kind }
        if a.company != b.company { return (a.company.lowercased(), a.company) < (b.company.lowercased(), b.company) }
        if a.path != b.path { return a.path < b.path }
        if a.line != b.line { return a.line < b.line }
        return a.message < b.message
    }
}
