/// Calendar days as people read them: "Mon 23 Nov", "yesterday", "on Wed 18 Nov".
///
/// English names, computed from the day itself: no locale, no time zone, no clock.
package enum DayText {
    static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "Mon 23 Nov", with the year added when it is not the year of `today`.
    package static func short(_ day: CalendarDay, today: CalendarDay? = nil) -> String {
        let text = "\(weekdays[day.isoWeekday - 1]) \(day.day) \(months[day.month - 1])"
        if let today, today.year == day.year { return text }
        return text + " \(day.year)"
    }

    /// "today", "yesterday", "tomorrow", else "on Mon 23 Nov".
    package static func relative(_ day: CalendarDay, today: CalendarDay) -> String {
        switch day.days(since: today) {
        case 0: return "today"
        case -1: return "yesterday"
        case 1: return "tomorrow"
        default: return "on " + short(day, today: today)
        }
    }

    /// "1 day", "3 days".
    package static func count(_ days: Int) -> String {
        days == 1 ? "1 day" : "\(days) days"
    }
}
