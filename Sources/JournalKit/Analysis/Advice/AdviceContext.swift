/// The settings of one call of the advice engine: the day and the configuration, and
/// what every rule derives from them.
struct AdviceContext {
    let today: CalendarDay
    let config: JournalConfig

    /// `thankYouHours` rounded up to whole days: 24 hours is the day after the interview.
    var thankYouDays: Int { max(0, (config.thankYouHours + 23) / 24) }
    /// `followUpAfterDays`, at least one day.
    var interval: Int { max(1, config.followUpAfterDays) }

    /// An action about `application`, pointing at `line` of `entry` (else its date line).
    func action(_ kind: Action.Kind, _ application: Application, _ entry: Entry, due: CalendarDay, line: Int?, _ message: String) -> Action {
        Action(kind: kind, company: application.company, role: application.role, due: due, overdue: due < today,
               message: message, path: entry.path, line: line ?? entry.fieldLines["date"] ?? 1)
    }
}
