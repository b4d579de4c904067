import Foundation

/// Rule 7: an offer, timed from the day it arrived (`outcome_date`, else the date of the
/// note that records it): thank them with enthusiasm and get it in writing; write down
/// the start date, orientation and dress code; compare and negotiate; answer by the
/// deadline (`offer_deadline:`, or "answer needed by DATE" in the Offer section),
/// weighing the fit.
enum OfferRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        let application = facts.application, latest = facts.latest, today = context.today
        guard facts.outcome == "offer", let arrived = latest.recordedDay("outcome_date") ?? latest.date?.value, arrived <= today else { return [] }
        let line = latest.fieldLines["outcome"]
        let soon = context.workday(arrived.adding(days: context.thankYouDays))
        var out: [Action] = []

        // Thanks, with enthusiasm, and the offer in writing.
        let thanked = (latest.thankYou.map { $0.done && ($0.day.map { $0 >= arrived } ?? true) } ?? false)
            || latest.nextSteps.contains { $0.state == .done && context.saysThanks($0.text) && ($0.due.map { $0 >= arrived } ?? true) }
        // Like the thank-you of a round, it helps for a while, then stops on its own.
        if !thanked, today < arrived.adding(days: context.interval) {
            let met = AdviceEngine.firstNames(latest.interviewers)
            let whom = met.isEmpty ? "them" : AdviceEngine.list(met)
            out.append(context.action(.offerThanks, application, latest, due: soon, line: latest.fieldLines["thank_you"] ?? line,
                                      "Thank \(whom) for the offer with enthusiasm, and ask for it in writing: pay, equity, benefits and start date.",
                                      record: "thank-you"))
        }

        // The practical details, as the seeds' advice says.
        let written = latest.offer.map { $0.text.lowercased() }.joined(separator: "\n")
        var missing: [String] = []
        if !written.contains("start") { missing.append("start date") }
        if !["orientation", "onboarding", "induction", "first day"].contains(where: written.contains) { missing.append("orientation") }
        if !written.contains("dress") { missing.append("dress code") }
        if !missing.isEmpty {
            out.append(context.action(.offerDetails, application, latest, due: soon, line: latest.offer.first.map { $0.location.line } ?? line,
                                      "Write down what they say about the \(AdviceEngine.list(missing)) in the Offer section of the notes."))
        }

        let deadline = offerDeadline(latest)
        let answerDue = deadline.map { context.config.workingDay(onOrBefore: $0) }

        // Compare and negotiate, before answering.
        if !latest.nextSteps.contains(where: { $0.state != .open && AdviceEngine.mentions($0.text, ["negotiat"]) }) {
            var due = context.workday(soon.adding(days: 1))
            if let answerDue, answerDue < due { due = max(answerDue, arrived) }
            out.append(context.action(.offerNegotiate, application, latest, due: due, line: line,
                                      "Compare the pay, equity and benefits with your other offers and the market, then negotiate: ask once, politely, for what matters most to you."))
        }

        // The answer, by the deadline, weighing the fit.
        let fit = application.entries.last(where: { $0.fit != nil })?.fit
        let weigh = fit.map { "weigh it against your fit score of \($0)/5" } ?? "rate how well it fits you (`fit: 1-5`)"
        if let deadline, let answerDue {
            out.append(context.action(.offerAnswer, application, latest, due: answerDue, line: line,
                                      "Answer the offer by \(DayText.short(deadline, today: today)): \(weigh), then accept or decline in writing.",
                                      record: "outcome accepted"))
        } else {
            out.append(context.action(.offerAnswer, application, latest, due: soon, line: line,
                                      "Ask by when they need your answer; before you answer, \(weigh).",
                                      record: "offer-deadline DATE"))
        }
        return out
    }

    /// `offer_deadline:`, else a date in an item of the Offer section that speaks of the
    /// answer or a deadline ("answer needed by 2026-12-04").
    static func offerDeadline(_ entry: Entry) -> CalendarDay? {
        if let day = entry.recordedDay("offer_deadline") { return day }
        for item in entry.offer where AdviceEngine.mentions(item.text, ["answer", "deadline", "respond", "reply", "decide", "decision"]) {
            if let day = DueMarker.parse(item.text).day { return day }
            for word in item.text.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "," || $0 == "(" || $0 == ")" }) {
                if let day = CalendarDay(iso: word.trimmingCharacters(in: .punctuationCharacters)) { return day }
            }
        }
        return nil
    }
}
