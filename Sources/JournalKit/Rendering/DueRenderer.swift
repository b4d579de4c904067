/// `journal due`: actions grouped by day, most urgent first.
package enum DueRenderer {
    /// Text for a terminal: "Overdue", "Today — Mon 23 Nov", "Tomorrow — Tue 24 Nov", then
    /// one group per day; each action is one line of advice and one line of detail.
    /// - Parameter actions: already selected and in `Action.urgency` order.
    /// - Parameter upcoming: rounds still to come, listed after the actions under "Upcoming".
    package static func text(_ actions: [Action], upcoming: [UpcomingRound] = [], today: CalendarDay, within: Int, color: Bool) -> String {
        let style = TerminalStyle(enabled: color)
        // Name the role only where one company has actions for several roles.
        var roles: [String: Set<String>] = [:]
        for action in actions where !action.company.isEmpty {
            roles[ApplicationKey.company(action.company), default: []].insert(action.role.lowercased())
        }
        func label(_ action: Action) -> String {
            guard !action.company.isEmpty else { return "" }
            let several = (roles[ApplicationKey.company(action.company)]?.count ?? 0) > 1 && !action.role.isEmpty
            return style.bold(several ? "\(action.company) (\(action.role))" : action.company) + ": "
        }

        var groups: [(title: String, actions: [Action])] = []
        for action in actions {
            let title: String
            if action.overdue { title = style.red(style.bold("Overdue")) }
            else if action.due == today { title = style.yellow(style.bold("Today — \(DayText.short(action.due, today: today))")) }
            else if action.due == today.adding(days: 1) { title = style.bold("Tomorrow — \(DayText.short(action.due, today: today))") }
            else { title = style.bold(DayText.short(action.due, today: today)) }
            if groups.last?.title == title { groups[groups.count - 1].actions.append(action) }
            else { groups.append((title, [action])) }
        }

        var out = ""
        for group in groups {
            out += group.title + "\n"
            for action in group.actions {
                out += "- " + label(action) + action.message + "\n"
                var detail = [action.kind.rawValue]
                if action.overdue {
                    let late = today.days(since: action.due)
                    detail.append("due \(DayText.short(action.due, today: today)), \(late == 1 ? "yesterday" : "\(late) days ago")")
                }
                detail.append("\(TerminalSafe.path(action.path)):\(action.line)")
                out += "  " + style.dim(detail.joined(separator: " · ")) + "\n"
            }
            out += "\n"
        }
        if !upcoming.isEmpty {
            out += style.bold("Upcoming") + "\n"
            for round in upcoming {
                let company = round.company.isEmpty ? "" : style.bold(round.company) + ": "
                out += "- " + company + "the \(round.name) \(DayText.relative(round.date, today: today))\n"
                out += "  " + style.dim("\(TerminalSafe.path(round.path)):\(round.line)") + "\n"
            }
            out += "\n"
        }
        out += summary(actions, today: today, within: within) + "\n"
        return out
    }

    /// "3 overdue, 1 due today, 4 more in the next 7 days.", or "Nothing to do: …" when empty.
    package static func summary(_ actions: [Action], today: CalendarDay, within: Int) -> String {
        let overdue = actions.filter(\.overdue).count
        let dueToday = actions.filter { $0.due == today }.count
        let later = actions.count - overdue - dueToday
        let window = within <= 0 ? "" : within == 1 ? " tomorrow" : " in the next \(within) days"
        if actions.isEmpty {
            let until = within <= 0 ? "today" : within == 1 ? "by tomorrow" : "in the next \(within) days"
            return "Nothing to do: no action is overdue or due \(until)."
        }
        var parts: [String] = []
        if overdue > 0 { parts.append("\(overdue) overdue") }
        if dueToday > 0 { parts.append("\(dueToday) due today") }
        if later > 0 { parts.append("\(later) \(parts.isEmpty ? "due" : "more")\(window)") }
        return parts.joined(separator: ", ") + "."
    }

    /// `{"actions": [...], "upcoming": [...]}` with sorted keys.
    package static func json(_ actions: [Action], upcoming: [UpcomingRound] = []) throws -> String {
        struct Wrapper: Encodable { var actions: [Action]; var upcoming: [UpcomingRound] }
        return try JSONOutput.encode(Wrapper(actions: actions, upcoming: upcoming))
    }
}
