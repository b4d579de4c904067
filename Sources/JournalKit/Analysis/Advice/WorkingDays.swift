extension JournalConfig {
    /// True when `day` is a working day (`weekends` in the configuration).
    package func isWorkingDay(_ day: CalendarDay) -> Bool { !weekendDays.contains(day.isoWeekday) }

    /// `day` when it is a working day, else the next working day: a follow-up due on a
    /// Saturday is due on Monday.
    package func workingDay(onOrAfter day: CalendarDay) -> CalendarDay {
        var d = day
        for _ in 0..<7 where !isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    /// `day` when it is a working day, else the working day before it: what must happen
    /// before a round (telling the referees) is not left to the weekend before it.
    package func workingDay(onOrBefore day: CalendarDay) -> CalendarDay {
        var d = day
        for _ in 0..<7 where !isWorkingDay(d) { d = d.adding(days: -1) }
        return d
    }
}
