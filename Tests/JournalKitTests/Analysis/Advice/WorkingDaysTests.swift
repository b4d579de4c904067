import Foundation
import JournalKit
import Testing

/// Due days fall on working days (`weekends` in the configuration).
@Suite struct WorkingDaysTests {
    @Test func advicePastAWeekendMovesToMonday() {
        // A Friday interview: the thank-you note and the decision-date question are due Monday.
        let friday = Advice.entry("company: Acme\ndate: 2026-11-20\nstage: technical\ninterviewers: Dana Lee")
        let a = Advice.actions([friday], today: "2026-11-20")
        #expect(a.map { "\($0.due) \($0.kind.rawValue)" } == ["2026-11-20 keep-applying", "2026-11-23 thank-you", "2026-11-23 ask-decision-date", "2026-11-27 follow-up"])
        // Decision promised for Friday 27: the follow-up is due the working day after, Monday 30.
        let decision = Advice.entry("company: Acme\ndate: 2026-11-20\nthank_you: true\ndecision_by: 2026-11-27")
        Advice.check(AdviceCase("2026-11-24", "2026-11-30"), [decision], .followUp)
    }

    @Test func refereesHearTheWorkingDayBeforeAMondayRound() {
        let monday = Advice.entry("company: Acme\ndate: 2026-11-30\nstage: final")
        Advice.check(AdviceCase("2026-11-25", "2026-11-27"), [monday], .notifyReferees)
    }

    @Test func weekendsComeFromTheConfig() {
        let (config, diagnostics) = ConfigLoader.parse("advice:\n  weekends: [Fri, saturday]\n", path: ".journal/config.yml")
        #expect(diagnostics.isEmpty)
        #expect(config.weekendDays == [5, 6])
        let thursday = Advice.entry("company: Acme\ndate: 2026-11-19\ninterviewers: Dana Lee")
        Advice.check(AdviceCase("2026-11-19", "2026-11-22"), [thursday], .thankYou, config: config)
        let none = ConfigLoader.parse("advice:\n  weekends: []\n", path: ".journal/config.yml").0
        #expect(none.weekendDays.isEmpty)
        Advice.check(AdviceCase("2026-11-19", "2026-11-20"), [thursday], .thankYou, config: none)
    }

    @Test func badWeekendsAreErrorsWithTheirPlace() {
        let (_, diagnostics) = ConfigLoader.parse("advice:\n  weekends: [saturday, caturday]\n", path: ".journal/config.yml")
        #expect(diagnostics.map { "\($0.location.line):\($0.location.column) \($0.message)" }
                == ["2:24 'caturday' is not a day of the week; 'weekends' takes day names such as saturday or sun"])
        let (all, allDiagnostics) = ConfigLoader.parse("advice:\n  weekends: [mon, tue, wed, thu, fri, sat, sun]\n", path: ".journal/config.yml")
        #expect(allDiagnostics.map(\.message) == ["'weekends' names every day of the week; leave at least one working day"])
        #expect(all.weekendDays == [6, 7])
    }
}
