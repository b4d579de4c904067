/// Rule 6: after a rejection, ask for brief feedback when none is written down.
enum FeedbackRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        let latest = facts.latest
        guard let (_, date) = facts.current, facts.currentIsLatest, facts.outcome == "rejected", latest.feedback.isEmpty,
              !latest.nextSteps.contains(where: { $0.state != .open && AdviceEngine.mentions($0.text, ["feedback"]) }) else { return [] }
        let due = max(date, latest.decisionBy ?? date).adding(days: 1)
        guard context.today < due.adding(days: AdviceEngine.feedbackWindowDays) else { return [] }
        let ask = facts.met.isEmpty ? "Ask for brief feedback" : "Ask \(AdviceEngine.list(facts.met, conjunction: "or")) for brief feedback"
        return [context.action(.askFeedback, facts.application, latest, due: due, line: latest.fieldLines["outcome"],
                               "\(ask): thank them for their time and ask what would make you a stronger candidate next time.")]
    }
}
