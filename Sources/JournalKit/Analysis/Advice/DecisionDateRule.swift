/// Rule 2: ask when they expect to decide, while waiting and before any follow-up.
enum DecisionDateRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        let latest = facts.latest
        guard let (_, day) = facts.current, facts.currentIsLatest, facts.application.isPending, latest.decisionBy == nil,
              facts.plan?.sent.isEmpty ?? true, facts.fresh else { return [] }
        let ask = facts.met.isEmpty ? "Ask" : "Ask \(AdviceEngine.list(facts.met, conjunction: "or"))"
        let message = facts.thanked
            ? "\(ask) when they expect to decide, so that your follow-up is timed well."
            : "\(ask) when they expect to decide; your thank-you note is a good place for it."
        return [context.action(.askDecisionDate, facts.application, latest, due: context.workday(day.adding(days: context.thankYouDays)), line: latest.fieldLines["decision_by"], message,
                               record: "decision-by DATE")]
    }
}
