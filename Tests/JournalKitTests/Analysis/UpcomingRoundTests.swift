import Foundation
import JournalKit
import Testing

/// A note dated after today is an upcoming round.
@Suite struct UpcomingRoundTests {
    @Test func notesAfterTodayAreUpcomingRounds() {
        let tech = Advice.entry("company: Acme Corp\ndate: 2026-11-04\nstage: technical\noutcome: advanced", path: "acme-1.md")
        let final = Advice.entry("company: Acme Corp\ndate: 2026-11-27\nstage: final", path: "acme-2.md")
        let done = Advice.entry("company: Globex\ndate: 2026-11-30\nstage: onsite\noutcome: rejected", path: "globex.md")
        let rounds = UpcomingRound.list([tech, final, done], today: Advice.day("2026-11-23"))
        #expect(rounds.map { "\($0.date) \($0.company) \($0.name) \($0.path):\($0.line)" } == ["2026-11-27 Acme Corp final round acme-2.md:3"])
        #expect(UpcomingRound.list([tech, final], today: Advice.day("2026-11-27")).isEmpty)
        let selected = UpcomingRound.select(rounds, entries: [tech, final], filter: EntryFilter(), today: Advice.day("2026-11-23"), within: 3)
        #expect(selected.isEmpty)
        let other = UpcomingRound.select(rounds, entries: [tech, final], filter: EntryFilter(companies: ["globex"]), today: Advice.day("2026-11-23"), within: 7)
        #expect(other.isEmpty)
    }
}
