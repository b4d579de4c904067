/// Rule 3: follow up while waiting for an answer, then suggest moving on.
enum FollowUpRule: ApplicationRule {
    static func actions(_ facts: ApplicationFacts, in context: AdviceContext) -> [Action] {
        guard let (_, date) = facts.current, facts.currentIsLatest, let plan = facts.plan else { return [] }
        let application = facts.application, latest = facts.latest, today = context.today, config = context.config
        let round = facts.roundName
        // No thank-you note is recorded and the thank-you advice is no longer shown.
        let remindThanks = !facts.thanked && !facts.fresh
        let line = latest.fieldLines["follow_ups"] ?? latest.fieldLines["decision_by"]
        let advanced = latest.outcome?.name == "advanced"
        let lastSent = plan.sent.last.map { DayText.short($0, today: today) }
        if plan.sent.count >= config.maxFollowUps || today >= plan.moveOnDay {
            let message: String
            if let lastSent, plan.sent.count >= config.maxFollowUps {
                let count = plan.sent.count == 1 ? "1 follow-up" : "\(plan.sent.count) follow-ups"
                message = "No answer after \(count) (the last on \(lastSent)): put your energy into your other applications and mark it as ghosted."
            } else {
                let since = lastSent.map { "your follow-up on \($0)" } ?? "the \(round) on \(DayText.short(date, today: today))"
                message = "No news since \(since): send one last short note if you have not, or mark it as ghosted and move on."
            }
            return [context.action(.moveOn, application, latest, due: plan.moveOnDay, line: latest.fieldLines["outcome"] ?? line, message, record: "outcome ghosted")]
        }
        var message: String
        if let lastSent {
            let nth = AdviceEngine.ordinal(plan.sent.count + 1)
            message = advanced
                ? "Ask again about the next round if there is still no date: your last follow-up went out on \(lastSent)."
                : "Send a \(nth) follow-up if there is still no answer: the last one went out on \(lastSent)."
        } else if advanced {
            message = "Ask when the next round will be: you advanced after the \(round) on \(DayText.short(date, today: today)) and no later round is in your notes."
        } else if let decision = latest.decisionBy {
            message = "Follow up politely if you have not heard back: they meant to decide by \(DayText.short(decision, today: today))."
        } else {
            message = "Follow up politely if you have not heard back since the \(round) on \(DayText.short(date, today: today))."
        }
        if plan.sent.isEmpty, remindThanks {
            message += " Thank them for their time too: no thank-you note is recorded."
        }
        return [context.action(.followUp, application, latest, due: plan.nextDue, line: line, message, record: "follow-up")]
    }
}
