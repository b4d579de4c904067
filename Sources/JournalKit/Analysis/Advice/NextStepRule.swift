/// Rule 9: open next steps with a due date: from every round while the application is
/// open, from the latest entry only once it is over (where the candidate writes down
/// what is left to do after the answer, e.g. asking for feedback). A step overdue for
/// more than `historyAfterDays` is history too.
enum NextStepRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        var out: [Action] = []
        for entry in facts.isFinal ? [facts.latest] : facts.application.entries {
            for step in entry.nextSteps where step.state == .open {
                guard let due = step.due, context.today.days(since: due) <= AdviceEngine.historyAfterDays else { continue }
                out.append(context.action(.nextStep, facts.application, entry, due: due, line: step.location.line, AdviceEngine.stepSentence(step.text)))
            }
        }
        return out
    }
}
