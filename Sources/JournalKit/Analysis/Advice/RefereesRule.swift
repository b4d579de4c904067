/// Rule 4: tell the referees before the last round, whatever it is called (also for
/// rounds still to come), due the working day before it; shown until
/// `follow_up_after_days` after that round.
enum RefereesRule: ApplicationRule {
    /// Stages that are a last round by their name.
    static let lastStages: Set<String> = ["final", "onsite", "reference-check"]

    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        let application = facts.application, today = context.today
        guard !facts.isFinal, facts.outcome != "offer", !facts.isDormant,
              let round = lastRound(application.entries), let roundDay = round.date?.value,
              // Reference calls come in the days after the last round; weeks later it is moot.
              today.days(since: roundDay) < context.interval,
              !application.entries.contains(where: { $0.refereesNotified?.done == true || $0.nextSteps.contains { $0.state == .done && AdviceEngine.mentions($0.text, ["referee", "reference"]) } })
        else { return [] }
        let name = AdviceEngine.roundName(round)
        let when = roundDay < today ? "was \(DayText.relative(roundDay, today: today))" : "is \(DayText.relative(roundDay, today: today))"
        return [context.action(.notifyReferees, application, round, due: context.config.workingDay(onOrBefore: roundDay.adding(days: -1)),
                               line: round.fieldLines["referees_notified"] ?? round.fieldLines["stage"] ?? round.fieldLines["round"],
                               "Tell your referees they may get a call from \(application.company): the \(name) \(when).",
                               record: "referees-told")]
    }

    /// The last round the notes know of (entries in chronological order): the latest dated
    /// entry that is a final round, an onsite or a reference check, or whose `round`
    /// number is greater than those of the rounds before it (and than their count).
    static func lastRound(_ entries: [Entry]) -> Entry? {
        var last: Entry?
        var earlier = 0, highest = 0
        for entry in entries where entry.date != nil {
            if lastStages.contains(entry.stage?.name ?? "") {
                last = entry
            } else if let round = entry.round, earlier > 0, round > max(highest, earlier) {
                last = entry
            }
            earlier += 1
            highest = max(highest, entry.round ?? 0)
        }
        return last
    }
}
