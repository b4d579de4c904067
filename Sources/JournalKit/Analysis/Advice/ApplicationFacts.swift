/// What the rules need to know about one application on one day, computed once.
struct ApplicationFacts {
    let application: Application
    /// The latest entry (possibly a round still to come).
    var latest: Entry { application.latest }
    /// The application is over (rejected, withdrawn, accepted, declined, ghosted).
    let isFinal: Bool
    /// The outcome name of the latest entry.
    let outcome: String?
    /// It waited past its last follow-up without an answer (`AdviceEngine.isDormant`).
    let isDormant: Bool
    /// The current round: the latest entry whose day has come, with that day. When a
    /// later round is already in the notes (scheduled ahead), waiting for a decision is
    /// moot, but the thank-you for the round just done still counts.
    let current: (entry: Entry, day: CalendarDay)?
    /// The current round is the latest entry (no round is written ahead).
    let currentIsLatest: Bool
    /// The current round as a noun ("onsite").
    let roundName: String
    /// The first names of the interviewers of the current round.
    let met: [String]
    /// A thank-you note for the current round is recorded.
    let thanked: Bool
    /// The follow-up plan, when the current round is the latest and an answer is awaited.
    let plan: AdviceEngine.FollowUpPlan?
    /// Thank-you notes and the decision-date question help until the first follow-up
    /// would be due; later, the follow-up carries them.
    let fresh: Bool

    init(_ application: Application, in context: AdviceContext) {
        self.application = application
        let latest = application.latest
        isFinal = application.isFinal
        outcome = latest.outcome?.name
        isDormant = AdviceEngine.isDormant(application, today: context.today, config: context.config)
        if let entry = application.entries.last(where: { ($0.date?.value).map { $0 <= context.today } ?? false }),
           let day = entry.date?.value {
            current = (entry, day)
        } else {
            current = nil
        }
        let entry = current?.entry
        currentIsLatest = entry?.path == latest.path
        roundName = entry.map(AdviceEngine.roundName) ?? "interview"
        met = entry.map { AdviceEngine.firstNames($0.interviewers) } ?? []
        thanked = entry.map { entry in
            entry.thankYou?.done == true || entry.nextSteps.contains { $0.state == .done && AdviceEngine.mentions($0.text, ["thank"]) }
        } ?? false
        plan = currentIsLatest ? AdviceEngine.followUpPlan(application, config: context.config) : nil
        if let day = current?.day {
            fresh = context.today < max(day.adding(days: context.interval), day.adding(days: context.thankYouDays + 1))
        } else {
            fresh = false
        }
    }
}
