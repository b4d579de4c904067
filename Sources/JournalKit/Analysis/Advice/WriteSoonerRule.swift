/// Rule 10, a gentle hint at most once: notes of a recent interview reached git more
/// than `notesFreshDays` after it (a day on which many old notes were committed at once
/// is an import, not a late write-up).
enum WriteSoonerRule {
    /// A day on which this many entries, spanning more than `importSpanDays`, were first
    /// committed is an import of older notes, not a late write-up.
    static let importBatch = 3
    static let importSpanDays = 14

    static func actions(_ applications: [Application.Members], of entries: [Entry], firstCommitDays: [String: CalendarDay],
                        in context: AdviceContext) -> [Action] {
        guard !firstCommitDays.isEmpty else { return [] }
        let today = context.today
        let dates = entries.column(\.date), paths = entries.column(\.path)
        var byCommitDay: [CalendarDay: [CalendarDay]] = [:]
        for members in applications {
            for i in members.indices {
                if let committed = firstCommitDays[paths[i]], let day = dates[i]?.value, dates[i]?.source != .gitCommit {
                    byCommitDay[committed, default: []].append(day)
                }
            }
        }
        let importDays = Set(byCommitDay.filter { _, days in
            days.count >= importBatch && (days.max()!.days(since: days.min()!)) > importSpanDays
        }.keys)
        var late: [(Application.Members, Int, CalendarDay, CalendarDay)] = []
        for members in applications {
            for i in members.indices {
                guard let sourced = dates[i], sourced.source != .gitCommit, let committed = firstCommitDays[paths[i]],
                      !importDays.contains(committed) else { continue }
                let day = sourced.value
                guard day <= today, today.days(since: day) <= AdviceEngine.hintWindowDays,
                      committed.days(since: day) > context.config.notesFreshDays else { continue }
                late.append((members, i, day, committed))
            }
        }
        let order = Application.ChronologicalOrder(entries)
        guard let newest = late.max(by: { order.isBefore($0.1, $1.1) }) else { return [] }
        let (members, i, day, committed) = newest
        let application = Application(members, of: entries), entry = entries[i]
        let others = late.count - 1
        let also = others == 0 ? "" : others == 1 ? " (and one other recent note was late too)" : " (and \(others) other recent notes were late too)"
        return [context.action(.writeSooner, application, entry, due: today, line: 1,
                               "Your notes on the \(AdviceEngine.roundName(entry)) of \(DayText.short(day, today: today)) reached git \(DayText.count(committed.days(since: day))) later\(also); we forget most of what we hear within two days, so try to write them the same day.")]
    }
}
