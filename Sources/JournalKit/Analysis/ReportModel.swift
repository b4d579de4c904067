/// The reflection report (DESIGN 5), computed from the filtered entries.
///
/// Its JSON form has exactly the top-level keys `pipeline`, `actions`, `upcoming`,
/// `funnel`, `difficult`, `improvements`, `strengths`, `feedback` and `offers`.
///
/// A note dated after `today` is an upcoming round: listed in `upcoming`, never counted
/// as a stage reached in the funnel nor as the last contact.
package struct ReportModel: Sendable, Hashable, Encodable {
    /// One row of the pipeline: an application (every entry with the same company and
    /// role, as `Application` groups them) as the report shows it.
    package struct PipelineRow: Sendable, Hashable, Encodable {
        package var company: String
        @NullWhenAbsent package var role: String?
        /// The stage of the latest entry that states one, of those not after today.
        @NullWhenAbsent package var stage: Stage?
        /// The outcome of the latest entry (`pending` when it states none).
        package var outcome: Outcome
        /// The latest of the interview days, thank-you notes and follow-ups.
        @NullWhenAbsent package var lastContact: CalendarDay?
        /// The first open next step, else a short hint; nil when the application is closed.
        @NullWhenAbsent package var nextAction: String?
        /// When `nextAction` is due (the step's date, or the decision date of a hint).
        @NullWhenAbsent package var nextActionDue: CalendarDay?
        /// Paths of its entries, in interview-date order.
        package var entries: [String]

        package var isOpen: Bool { !outcome.isFinal }

        enum CodingKeys: String, CodingKey {
            case company, role, stage, outcome
            case lastContact = "last_contact"
            case nextAction = "next_action"
            case nextActionDue = "next_action_due"
            case entries
        }
    }

    /// Feedback written in one entry.
    package struct Feedback: Sendable, Hashable, Encodable {
        package var entry: String
        package var company: String
        @NullWhenAbsent package var date: CalendarDay?
        package var items: [String]

        enum CodingKeys: String, CodingKey { case entry, company, date, items }
    }

    /// An offer: the entry with an offer section or an offer outcome, and its details.
    package struct Offer: Sendable, Hashable, Encodable {
        package var entry: String
        package var company: String
        @NullWhenAbsent package var role: String?
        @NullWhenAbsent package var date: CalendarDay?
        @NullWhenAbsent package var outcome: Outcome?
        package var items: [String]

        enum CodingKeys: String, CodingKey { case entry, company, role, date, outcome, items }
    }

    /// The day the report was made for (due dates and "days ago" are counted from it).
    package var today: CalendarDay
    /// How many entries (interviews) the report covers.
    package var interviewCount: Int
    /// Open applications first, then by last contact (latest first), then company and role.
    package var pipeline: [PipelineRow]
    /// Today's actions from the advice rules; nil when they were not computed (the
    /// section is then left out of text and Markdown, and JSON has `[]`).
    package var actions: [ReportAction]?
    /// Rounds still to come (notes dated after `today`), soonest first.
    package var upcoming: [UpcomingRound]
    package var funnel: Funnel
    /// Difficult questions with their notes, grouped by tag, untagged last.
    package var difficult: [PracticeList.TagGroup]
    /// Points to improve, merged across entries, most frequent first.
    package var improvements: [RecurringPoint]
    /// What went well, merged the same way.
    package var strengths: [RecurringPoint]
    /// Feedback received, latest interview first.
    package var feedback: [Feedback]
    /// Offers, latest first.
    package var offers: [Offer]

    enum CodingKeys: String, CodingKey {
        case pipeline, actions, upcoming, funnel, difficult, improvements, strengths, feedback, offers
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(pipeline, forKey: .pipeline)
        try c.encode(actions ?? [], forKey: .actions)
        try c.encode(upcoming, forKey: .upcoming)
        try c.encode(funnel, forKey: .funnel)
        try c.encode(difficult, forKey: .difficult)
        try c.encode(improvements, forKey: .improvements)
        try c.encode(strengths, forKey: .strengths)
        try c.encode(feedback, forKey: .feedback)
        try c.encode(offers, forKey: .offers)
    }

    /// Builds the report for `entries` (already filtered).
    /// - Parameter actions: today's actions from the advice rules, or nil to leave the section out.
    /// - Parameter practice: the practice list of the same entries when the caller has it
    ///   already (it is computed otherwise).
    package init(entries: [Entry], today: CalendarDay, actions: [ReportAction]? = nil, practice: PracticeList? = nil) {
        self.init(entries: entries, today: today, practice: practice, computingActions: { actions })
    }

    /// Like `init(entries:today:actions:practice:)`, with the actions computed by
    /// `computingActions` on the thread that makes the other sections, while the practice
    /// list is merged on the other.
    package init(entries: [Entry], today: CalendarDay, practice: PracticeList? = nil,
                computingActions: @Sendable () -> [ReportAction]?) {
        // Templates and question banks are no interview: no row, no funnel step, no reflection point.
        let entries = entries.allSatisfy(\.isInterview) ? entries : entries.filter(\.isInterview)
        self.today = today
        self.interviewCount = entries.count
        // The practice list is the costliest part on large journals: it is merged on one
        // thread while the rest of the report is made on the other.
        // Every section lists entries by interview day and path: they are sorted once.
        let order = InterviewOrder.entries(entries)
        let (difficult, (rest, actions)) = ParallelMap.both(
            { (practice ?? PracticeList(entries: entries, order: order)).limited(difficultOnly: true).byTag },
            { (ReportModel.withoutPractice(entries, order: order, today: today), computingActions()) }
        )
        self.actions = actions
        self.upcoming = UpcomingRound.list(entries, today: today)
        self.difficult = difficult
        self.pipeline = rest.pipeline
        self.funnel = rest.funnel
        self.improvements = rest.improvements
        self.strengths = rest.strengths
        self.feedback = rest.feedback
        self.offers = rest.offers
    }

    /// Every section but the actions and the difficult questions.
    /// - Parameter order: `InterviewOrder.entries(entries)`.
    private static func withoutPractice(_ entries: [Entry], order: [Int], today: CalendarDay)
        -> (pipeline: [PipelineRow], funnel: Funnel, improvements: [RecurringPoint], strengths: [RecurringPoint], feedback: [Feedback], offers: [Offer]) {
        let applications = ReportModel.applications(entries)
        let rows = applications.map { ReportModel.row($0, of: entries, today: today) }
        // Sort keys made once per row, not once per comparison.
        let sortKeys = rows.map { ($0.company.lowercased(), $0.role?.lowercased() ?? "", $0.entries.first ?? "") }
        let pipeline = rows.indices.sorted { a, b in
            if rows[a].isOpen != rows[b].isOpen { return rows[a].isOpen }
            if rows[a].lastContact != rows[b].lastContact { return Wording.isLater(rows[a].lastContact, than: rows[b].lastContact) }
            return sortKeys[a] < sortKeys[b]
        }.map { rows[$0] }
        let funnel = ReportModel.funnel(applications, of: entries, rows: pipeline, today: today)
        let improvements = RecurringPoint.merge(entries, order: order) { $0.toImprove }
        let strengths = RecurringPoint.merge(entries, order: order) { $0.wentWell }
        // Latest day first (undated last), by path within a day: the days of the
        // interview order, latest first.
        let days = entries.days
        let latestFirst = InterviewOrder.daysReversed(order, days: days)
        // Only the entries shown are read in full.
        let hasFeedback = entries.column(\.feedback).map { !$0.isEmpty }
        let feedback = latestFirst.filter { hasFeedback[$0] }.map {
            let e = entries[$0]
            return Feedback(entry: e.path, company: e.companyName, date: e.date?.value, items: e.feedback.map(\.text))
        }
        let offerNames: Set<String> = ["offer", "accepted", "declined"]
        let isOffer = zip(entries.column(\.offer), entries.column(\.outcome)).map { !$0.isEmpty || offerNames.contains($1?.name ?? "") }
        let offers = latestFirst.filter { isOffer[$0] }.map {
            let e = entries[$0]
            return Offer(entry: e.path, company: e.companyName, role: e.role, date: e.date?.value, outcome: e.outcome, items: e.offer.map(\.text))
        }
        return (pipeline, funnel, improvements, strengths, feedback, offers)
    }
}
