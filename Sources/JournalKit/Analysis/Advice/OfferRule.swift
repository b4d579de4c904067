/// Rule 7: an offer: write down the practical details, and weigh the fit.
enum OfferRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        guard facts.current != nil, facts.currentIsLatest, facts.outcome == "offer" else { return [] }
        let application = facts.application, latest = facts.latest
        let date = latest.date?.value ?? context.today
        let written = latest.offer.map { $0.text.lowercased() }.joined(separator: "\n")
        var missing: [String] = []
        if !written.contains("start") { missing.append("start date") }
        if !["orientation", "onboarding", "induction", "first day"].contains(where: written.contains) { missing.append("orientation") }
        if !written.contains("dress") { missing.append("dress code") }
        let fit = application.entries.last(where: { $0.fit != nil })?.fit
        let weigh = fit.map { "weigh it against your fit score of \($0)/5 before you answer" }
            ?? "rate how well it fits you (`fit: 1-5`) before you answer"
        let message = missing.isEmpty
            ? "The offer details are written down; \(weigh)."
            : "Write down the \(AdviceEngine.list(missing)) of the offer, and \(weigh)."
        return [context.action(.offerDetails, application, latest, due: date.adding(days: context.thankYouDays),
                               line: latest.offer.first.map { $0.location.line } ?? latest.fieldLines["outcome"], message)]
    }
}
