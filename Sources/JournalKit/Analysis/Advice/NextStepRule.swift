/// Rule 9: open next steps with a due date, from every round of an open application
/// (a closed one gets no rule but the request for feedback). A step overdue for more
/// than `historyAfterDays` is history too.
enum NextStepRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        var out: [Action] = []
        for entry in facts.application.entries {
            for step in entry.nextSteps where step.state == .open {
                guard let due = step.due, context.today.days(since: due) <= AdviceEngine.historyAfterDays else { continue }
                out.append(context.action(.nextStep, facts.application, entry, due: due, line: step.location.line, AdviceEngine.stepSentence(step.text)))
            }
        }
        return out
    }
}
