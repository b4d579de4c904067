import Foundation
import Testing
@testable import JournalKit

@Suite struct CalendarDayTests {
    @Test(arguments: ["2026-11-18", "2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01"])
    func validDaysRoundTrip(_ text: String) {
        #expect(CalendarDay(iso: text)?.description == text)
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "2023-02-29", "1900-02-29", "2026-00-10", "2026-1-5", "26-11-18", "2026/11/18", ""])
    func invalidDaysAreRejected(_ text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }

    @Test func dateTimesKeepTheWrittenDay() {
        #expect(CalendarDay(dateOrDateTime: "2026-11-18T23:30:00-05:00")?.description == "2026-11-18")
        #expect(CalendarDay(dateOrDateTime: "2026-11-18T00:30:00+14:00")?.description == "2026-11-18")
        #expect(CalendarDay(dateOrDateTime: "2026-11-18 10:00")?.description == "2026-11-18")
        #expect(CalendarDay(dateOrDateTime: "2026-11-18x") == nil)
    }

    @Test func arithmeticAcrossMonthsAndYears() throws {
        let day = try #require(CalendarDay(iso: "2026-12-30"))
        #expect(day.adding(days: 3).description == "2027-01-02")
        #expect(day.adding(days: -365).description == "2025-12-30")
        #expect(CalendarDay(iso: "2024-03-01")!.days(since: CalendarDay(iso: "2024-02-28")!) == 2)
        #expect(CalendarDay(iso: "1970-01-01")!.dayNumber == 0)
    }

    /// The C library's local date is the one Foundation's calendar gives (the call may
    /// straddle midnight, hence before or after).
    @Test func localTodayIsTheCalendarsDay() {
        func calendarToday() -> CalendarDay? {
            let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)
        }
        let before = calendarToday()
        let today = CalendarDay.localToday()
        let after = calendarToday()
        #expect(today == before || today == after)
    }

    @Test func weekdays() {
        #expect(CalendarDay(iso: "2026-11-23")!.isoWeekday == 1) // a Monday
        #expect(CalendarDay(iso: "2026-11-22")!.isoWeekday == 7)
        #expect(CalendarDay(iso: "2026-11-26")!.startOfWeek.description == "2026-11-23")
    }
}
