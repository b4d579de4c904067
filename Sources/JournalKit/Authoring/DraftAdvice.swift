/// When a draft is unusual for the state of the application, the sentence that says so
/// (`journal draft` prints it as a warning and still prints the draft): a late
/// thank-you, a follow-up before the decision date or after the last one worth sending,
/// a feedback request without a rejection, a draft for a closed application.
package enum DraftAdvice {
    /// The warnings for a draft of `kind` from `entry`, a note of `application`.
    package static func warnings(_ kind: DraftKind, application: Application, entry: Entry, today: CalendarDay, config: JournalConfig) -> [String] {
        var out: [String] = []
        let interview = entry.date?.value
        let outcome = application.outcome?.name ?? "pending"
        if let interview, interview > today {
            out.append("the interview is on \(interview), after today; this draft is for a round that has not happened yet.")
        }
        switch kind {
        case .thankYou:
            if let interview, today.days(since: interview) > 2 {
                out.append("the interview was \(today.days(since: interview)) days ago (\(interview)); a thank-you is best sent within \(config.thankYouHours) hours. It is still worth sending; keep it short.")
            }
            if let mark = entry.thankYou, mark.done {
                out.append("a thank-you for this round is already recorded\(mark.day.map { " (\($0))" } ?? "").")
            }
        case .followUp:
            if application.isFinal {
                out.append("the application is closed (outcome: \(outcome)); a follow-up is not needed.")
            } else if let decision = entry.decisionBy, decision >= today {
                out.append("they said they would decide by \(decision); following up before that date has passed can read as pressure. Wait until the working day after it.")
            } else if entry.decisionBy == nil, let interview, today.days(since: interview) < config.followUpAfterDays {
                out.append("the interview was \(today.days(since: interview)) days ago and no decision date is recorded; give them about \(config.followUpAfterDays) days before following up.")
            }
            if entry.followUps.count >= config.maxFollowUps {
                out.append("you have followed up \(entry.followUps.count) times already; rather than another follow-up, consider recording `outcome: ghosted` and moving on.")
            }
        case .feedback:
            if outcome != "rejected" {
                out.append("the outcome is \(outcome), not rejected; a feedback request usually follows a rejection.")
            }
            if entry.recordedDone("feedback_asked") {
                out.append("feedback was already asked for (`feedback_asked:` in the note).")
            }
        case .withdraw:
            if application.isFinal {
                out.append("the application is already closed (outcome: \(outcome)); there is nothing to withdraw from.")
            }
        }
        return out
    }
}
