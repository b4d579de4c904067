/// After accepting an offer: withdraw politely from every other open application, due
/// the working day after the acceptance. An application with a round after that day is
/// a new search and is left alone; an application to withdraw from gets no other advice.
enum WithdrawRule {
    /// The day of the latest accepted offer (`outcome_date`, else the note's date), and
    /// the index of its application.
    static func acceptance(_ applications: [Application.Members], of entries: [Entry]) -> (application: Int, day: CalendarDay)? {
        var found: (application: Int, day: CalendarDay)?
        for (index, members) in applications.enumerated() {
            let latest = entries[members.latest]
            guard latest.outcome?.name == "accepted", let day = latest.outcomeDay else { continue }
            if found.map({ day > $0.day }) ?? true { found = (index, day) }
        }
        return found
    }

    /// True when the application is still open on the day an offer elsewhere was accepted.
    static func applies(_ facts: ApplicationFacts, accepted: CalendarDay, in context: AdviceContext) -> Bool {
        let latest = facts.latest
        guard !facts.isFinal, !facts.isDormant, latest.date != nil || latest.outcome != nil else { return false }
        return (latest.date?.value ?? accepted) <= accepted
    }

    static func action(_ facts: ApplicationFacts, accepted: CalendarDay, in context: AdviceContext) -> Action {
        let latest = facts.latest
        let met = AdviceEngine.firstNames(latest.interviewers)
        let whom = met.isEmpty ? "" : " (write to \(AdviceEngine.list(met, conjunction: "or")))"
        return context.action(.withdraw, facts.application, latest, due: context.workday(accepted.adding(days: 1)), line: latest.fieldLines["outcome"],
                              "Withdraw politely from \(facts.application.company)\(whom): thank them for their time and say you have accepted another offer.",
                              record: "outcome withdrawn")
    }
}
