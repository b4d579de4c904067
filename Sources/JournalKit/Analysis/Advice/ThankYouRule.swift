/// Rule 1: a thank-you note, due `thankYouHours` after the interview (the day after, by
/// default, on a working day), shown while it is fresh. When that round brought an
/// offer, the offer's own thanks (`OfferRule`) take its place.
enum ThankYouRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        guard let (entry, day) = facts.current, !facts.isFinal, !facts.thanked, facts.fresh,
              !(facts.currentIsLatest && facts.outcome == "offer") else { return [] }
        let whom = facts.met.isEmpty ? "the people you met" : AdviceEngine.list(facts.met)
        return [context.action(.thankYou, facts.application, entry, due: context.workday(day.adding(days: context.thankYouDays)), line: entry.fieldLines["thank_you"],
                               "Send \(whom) a thank-you note: the \(facts.roundName) was \(DayText.relative(day, today: context.today)).",
                               record: "thank-you")]
    }
}
