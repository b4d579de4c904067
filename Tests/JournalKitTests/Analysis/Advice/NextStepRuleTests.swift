import Foundation
import JournalKit
import Testing

/// 9. next-step
@Suite struct NextStepRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-20", "2026-11-21", "Ask for the offer in writing."),
        AdviceCase("2026-11-21", "2026-11-21"),
        AdviceCase("2026-11-22", "2026-11-21", overdue: true),
    ])
    func openNextStepsWithADueDate(_ c: AdviceCase) {
        let e = Advice.entry(AdviceSamples.offer, """
            ## Next steps
            - [ ] Ask for the offer in writing 📅 2026-11-21
            - [x] Send references 📅 2026-11-12
            - [-] Call the recruiter 📅 2026-11-13
            - [ ] Think about it
            """)
        Advice.check(c, [e], .nextStep)
    }

    @Test func aNextStepOverdueForNinetyDaysIsHistory() {
        let old = Advice.entry("company: Acme\ndate: 2026-08-01\noutcome: advanced", "## Next steps\n- [ ] Read the blog 📅 2026-08-20\n", path: "a-1.md")
        let recent = Advice.entry("company: Acme\ndate: 2026-11-10\nthank_you: true\ndecision_by: 2026-12-01", path: "a-2.md")
        Advice.check(AdviceCase("2026-11-18", "2026-08-20", overdue: true), [old, recent], .nextStep)
        Advice.check(AdviceCase("2026-11-19", nil), [old, recent], .nextStep)
    }

    @Test func nextStepsKeepTheirWordsAndLines() {
        let e = Advice.entry("company: Pied Piper\ndate: 2026-11-20\nthank_you: true", """
            ## Next steps
            - [ ] Send Monica my portfolio link by 2026-11-24
            - [ ] Prepare the system design [due:: 2026-11-26]
            """)
        let a = Advice.actions([e], today: "2026-11-23", kind: .nextStep)
        #expect(a.map(\.message) == ["Send Monica my portfolio link.", "Prepare the system design."])
        #expect(a.map(\.line) == [7, 8])
    }

    @Test func afterAFinalOutcomeOnlyTheLatestEntrysStepsCount() {
        let early = Advice.entry("company: Globex\ndate: 2026-10-20\noutcome: advanced", "## Next steps\n- [ ] Prepare for the onsite 📅 2026-10-30\n", path: "globex-1.md")
        let last = Advice.entry(AdviceSamples.rejected, "## Next steps\n- [ ] Ask Lena for feedback 📅 2026-11-12\n", path: "globex-2.md")
        let a = Advice.actions([early, last], today: "2026-11-13", kind: .nextStep)
        #expect(a.map(\.path) == ["globex-2.md"])
        let open = Advice.entry(AdviceSamples.rejected.replacingOccurrences(of: "outcome: rejected", with: "outcome: pending"), path: "globex-2.md")
        #expect(Advice.actions([early, open], today: "2026-11-13", kind: .nextStep).map(\.path) == ["globex-1.md"])
    }

    @Test func anUndatedEntryStillHasItsDatedNextSteps() {
        let text = "# Hooli\n\n## Next steps\n- [ ] Send thanks to Gavin 📅 2026-11-13\n"
        let e = EntryReader().read(path: "hooli/notes.md", bytes: Array(text.utf8)).entry!
        #expect(e.date == nil)
        let a = Advice.actions([e], today: "2026-11-20")
        #expect(a.map(\.kind) == [.nextStep])
        #expect(a.map(\.overdue) == [true])
    }
}
