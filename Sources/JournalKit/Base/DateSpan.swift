/// Which interview dates are far from the others: a typo in the year (`0226`, `9999`,
/// `2062`) that is still a real date. `check` warns about them, and the report's weekly
/// chart leaves them out, so one typo cannot stretch it over centuries.
///
/// The rule (docs/robustness.md): a date before 1970, after 2099, or more than ten years
/// from the median of the journal's dates.
package struct DateSpan: Sendable {
    package static let plausibleYears = 1970...2099
    /// Ten years, in days.
    package static let maximumDistance = 3653

    /// The median day (the lower middle one), nil without dates.
    package let median: CalendarDay?

    package init(_ days: [CalendarDay]) {
        let plausible = days.filter { DateSpan.plausibleYears.contains($0.year) }.sorted()
        median = plausible.isEmpty ? nil : plausible[(plausible.count - 1) / 2]
    }

    /// Whether `day` is far from the others.
    package func isFar(_ day: CalendarDay) -> Bool {
        guard DateSpan.plausibleYears.contains(day.year) else { return true }
        guard let median else { return false }
        return abs(day.days(since: median)) > DateSpan.maximumDistance
    }
}
