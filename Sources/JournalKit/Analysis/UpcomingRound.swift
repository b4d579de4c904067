/// A round still to come: a note dated after today (written ahead, e.g. by `journal new`).
/// It is listed under "upcoming" by `due` and the report, and never counts as done.
package struct UpcomingRound: Sendable, Hashable, Codable {
    /// The company as written in the latest entry of the application.
    package var company: String
    /// The role, or empty when the notes do not say.
    package var role: String
    /// The day of the round.
    package var date: CalendarDay
    /// The stage, when known (`onsite`).
    package var stage: String?
    /// The round as a noun ("onsite", "final round", "interview").
    package var name: String
    /// The note of the round, relative to the journal root, and the line of its date.
    package var path: String
    package var line: Int

    /// The rounds after `today` of every application that is not over, soonest first.
    package static func list(_ entries: [Entry], today: CalendarDay) -> [UpcomingRound] {
        var out: [UpcomingRound] = []
        // Applications as indices (`Application.Members`): `Application.group` would copy
        // every entry into its application, 4 % of the peak memory of a report.
        for application in Application.Members.group(entries) where !(entries[application.latest].outcome?.isFinal ?? false) {
            for i in application.indices {
                guard let day = entries[i].date?.value, day > today else { continue }
                let entry = entries[i]
                out.append(UpcomingRound(company: application.company, role: application.role, date: day, stage: entry.stage?.name,
                                         name: AdviceEngine.roundName(entry), path: entry.path, line: entry.fieldLines["date"] ?? 1))
            }
        }
        return out.sorted { ($0.date, $0.company.lowercased(), $0.path) < ($1.date, $1.company.lowercased(), $1.path) }
    }

    /// The rounds `journal due` shows: of the entries the filter keeps, within `within` days of today.
    package static func select(_ rounds: [UpcomingRound], entries: [Entry], filter: EntryFilter, today: CalendarDay, within: Int) -> [UpcomingRound] {
        let horizon = today.adding(days: max(0, within))
        let kept = filter.isEmpty ? nil : Set(filter.apply(entries).map(\.path))
        return rounds.filter { $0.date <= horizon && (kept?.contains($0.path) ?? true) }
    }
}
