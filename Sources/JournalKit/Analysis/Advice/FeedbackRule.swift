/// Rule 6: after a rejection, ask for brief feedback, due the working day after the
/// rejection (`outcome_date`, else the decision date or the interview), for 30 days;
/// not when feedback is written down (a feedback section or `feedback:`) or was asked
/// for (`feedback_asked:`, or a ticked step about feedback).
enum FeedbackRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        let latest = facts.latest
        guard facts.outcome == "rejected", let date = latest.date?.value, latest.feedback.isEmpty,
              !latest.recordedDone("feedback"), !latest.recordedDone("feedback_asked"),
              !latest.nextSteps.contains(where: { $0.state != .open && AdviceEngine.mentions($0.text, ["feedback"]) }) else { return [] }
        let rejected = latest.recordedDay("outcome_date") ?? max(date, latest.decisionBy ?? date)
        let due = context.workday(rejected.adding(days: 1))
        guard context.today < rejected.adding(days: 1 + AdviceEngine.feedbackWindowDays) else { return [] }
        let met = AdviceEngine.firstNames(latest.interviewers)
        let ask = met.isEmpty ? "Ask for brief feedback" : "Ask \(AdviceEngine.list(met, conjunction: "or")) for brief feedback"
        return [context.action(.askFeedback, facts.application, latest, due: due, line: latest.fieldLines["outcome"],
                               "\(ask): thank them for their time and ask what would make you a stronger candidate next time.",
                               record: "feedback-asked")]
    }
}
