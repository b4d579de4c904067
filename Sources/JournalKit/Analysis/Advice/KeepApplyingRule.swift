/// Rule 8, once for the whole journal: keep applying while few applications are open or
/// no new interview came for a while. Reads the latest entry of each application, and
/// the dates of all.
enum KeepApplyingRule {
    static func actions(_ applications: [Application.Members], of entries: [Entry], in context: AdviceContext) -> [Action] {
        let today = context.today, config = context.config
        let order = Application.ChronologicalOrder(entries)
        guard let newest = AdviceEngine.newest(applications, order: order, where: { order.day($0) != nil }),
              let last = order.day(newest) else { return [] }
        let latest = applications.map { entries[$0.latest] }
        // An accepted offer ends the search, unless a newer interview shows a new one.
        let accepted = latest.filter { $0.outcome?.name == "accepted" }
        if let acceptedDay = accepted.compactMap({ $0.date?.value }).max(),
           !latest.contains(where: { !($0.outcome?.isFinal ?? false) && ($0.date?.value ?? acceptedDay) > acceptedDay }) {
            return []
        }
        // Open: not over, not waiting in vain, not history; an undated note without an
        // outcome may be anything (a template, a question bank), so it does not count.
        let open = latest.filter {
            !($0.outcome?.isFinal ?? false) && !AdviceEngine.isDormant(latest: $0, today: today, config: config)
                && !AdviceEngine.isHistory(latest: $0, today: today)
                && ($0.date != nil || $0.outcome != nil)
        }.count
        let idle = today.days(since: last) >= max(1, config.keepApplyingDays)
        let thin = open < 3
        guard idle || thin else { return [] }
        let openText = open == 0 ? "No application is still open" : open == 1 ? "Only 1 application is still open" : "Only \(open) applications are still open"
        let since = "no new interview since \(DayText.short(last, today: today))"
        let message: String
        switch (thin, idle) {
        case (true, true): message = "\(openText) and there has been \(since): keep applying, a few new applications a week keep the search moving."
        case (true, false): message = "\(openText): keep applying, so that no single answer decides your search."
        default: message = "There has been \(since): keep applying, a steady flow of applications takes the pressure off each one."
        }
        return [Action(kind: .keepApplying, company: "", role: "", due: today, overdue: false, message: message,
                       path: order.paths[newest], line: entries[newest].fieldLines["date"] ?? 1)]
    }
}
