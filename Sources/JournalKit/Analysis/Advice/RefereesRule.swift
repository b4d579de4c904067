/// Rule 4: tell the referees before a final round or a reference check (also for
/// rounds still to come).
enum RefereesRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        let application = facts.application, today = context.today
        guard !facts.isFinal, facts.outcome != "offer", !facts.isDormant,
              let round = application.entries.last(where: { $0.date != nil && ["final", "reference-check"].contains($0.stage?.name ?? "") }),
              let roundDay = round.date?.value,
              !application.entries.contains(where: { $0.refereesNotified?.done == true || $0.nextSteps.contains { $0.state == .done && AdviceEngine.mentions($0.text, ["referee", "reference"]) } })
        else { return [] }
        let name = AdviceEngine.roundName(round)
        let when = roundDay < today ? "was \(DayText.relative(roundDay, today: today))" : "is \(DayText.relative(roundDay, today: today))"
        return [context.action(.notifyReferees, application, round, due: roundDay.adding(days: -1), line: round.fieldLines["referees_notified"] ?? round.fieldLines["stage"],
                               "Tell your referees they may get a call from \(application.company): the \(name) \(when). Then add `referees_notified:` to the notes.")]
    }
}
