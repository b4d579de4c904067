/// Front-matter keys that `journal log` writes and the advice reads, beyond the fields
/// of `Entry`: kept as written in `extra`, looked up by their normal spelling.
///
/// - `outcome_date: DATE`: the day the outcome was recorded (an offer arrived, a rejection came);
/// - `offer_deadline: DATE`: the day by which the offer must be answered;
/// - `feedback_asked: DATE` (or `true`): feedback was asked for after a rejection;
/// - `feedback: TEXT`: the feedback received.
extension Entry {
    /// The value of the extra front-matter key whose normal spelling is `key`.
    func recorded(_ key: String) -> JSONValue? {
        if let value = extra[key] { return value }
        return extra.first { FrontMatterDecoder.normalizeKey($0.key) == key }?.value
    }

    /// The day of an extra key (`outcome_date: 2026-11-20`), nil when absent or not a date.
    func recordedDay(_ key: String) -> CalendarDay? {
        guard case .string(let text)? = recorded(key) else { return nil }
        return CalendarDay(dateOrDateTime: text.trimmingSpaces())
    }

    /// True when an extra key says something was done: a date, `true`, or any text.
    func recordedDone(_ key: String) -> Bool {
        switch recorded(key) {
        case .bool(let done)?: return done
        case .string(let text)?: return !text.trimmingSpaces().isEmpty
        case .null?, nil: return false
        default: return true
        }
    }

    /// The day the outcome of this entry was recorded: `outcome_date`, else the entry's date.
    var outcomeDay: CalendarDay? { recordedDay("outcome_date") ?? date?.value }
}
