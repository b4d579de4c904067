import Foundation
import JournalKit
import Testing

/// 10. write-sooner
@Suite struct WriteSoonerRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-20", nil),
        AdviceCase("2026-11-21", "2026-11-21", "Your notes on the onsite of Wed 18 Nov reached git 3 days later; we forget most of what we hear within two days, so try to write them the same day."),
        AdviceCase("2026-12-18", "2026-12-18"),
        AdviceCase("2026-12-19", nil),
    ])
    func writeSoonerWhenNotesReachedGitLate(_ c: AdviceCase) {
        let e = Advice.entry(AdviceSamples.thanked)
        // Committed on the 21st: three days after the interview, more than notesFreshDays (2).
        let commitDay = min(Advice.day(c.today), Advice.day("2026-11-21"))
        Advice.check(c, [e], .writeSooner, commits: ["acme.md": commitDay])
    }

    @Test func writeSoonerOnTheSecondDayIsFine() {
        Advice.check(AdviceCase("2026-11-21", nil), [Advice.entry(AdviceSamples.thanked)], .writeSooner, commits: ["acme.md": Advice.day("2026-11-20")])
        var config = JournalConfig()
        config.notesFreshDays = 0
        Advice.check(AdviceCase("2026-11-21", "2026-11-21"), [Advice.entry(AdviceSamples.thanked)], .writeSooner, config: config, commits: ["acme.md": Advice.day("2026-11-19")])
    }

    @Test func writeSoonerIsOneHintAndIgnoresImports() {
        let a = Advice.entry("company: A\ndate: 2026-11-10", path: "a.md")
        let b = Advice.entry("company: B\ndate: 2026-11-12", path: "b.md")
        let late = Advice.actions([a, b], today: "2026-11-20", commits: ["a.md": Advice.day("2026-11-15"), "b.md": Advice.day("2026-11-16")], kind: .writeSooner)
        #expect(late.map(\.message) == ["Your notes on the interview of Thu 12 Nov reached git 4 days later (and one other recent note was late too); we forget most of what we hear within two days, so try to write them the same day."])
        #expect(late.map(\.path) == ["b.md"])
        // Three notes of interviews weeks apart committed the same day: an import.
        let old = Advice.entry("company: C\ndate: 2026-10-20", path: "c.md")
        let imported = Advice.actions([a, b, old], today: "2026-11-20", commits: ["a.md": Advice.day("2026-11-16"), "b.md": Advice.day("2026-11-16"), "c.md": Advice.day("2026-11-16")], kind: .writeSooner)
        #expect(imported.isEmpty)
    }

    @Test func writeSoonerNeedsADateThatDoesNotComeFromGit() {
        let text = "# Hooli\n"
        var e = EntryReader().read(path: "hooli.md", bytes: Array(text.utf8)).entry!
        e.date = Sourced(Advice.day("2026-11-10"), from: .gitCommit)
        #expect(Advice.actions([e], today: "2026-11-20", commits: ["hooli.md": Advice.day("2026-11-10")], kind: .writeSooner).isEmpty)
    }
}
