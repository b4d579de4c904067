import Foundation
import JournalKit
import Testing

/// 4. notify-referees
@Suite struct RefereesRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-10", "2026-11-17", "Tell your referees they may get a call from Acme Corp: the final round is on Wed 18 Nov. Then add `referees_notified:` to the notes."),
        AdviceCase("2026-11-17", "2026-11-17", "Tell your referees they may get a call from Acme Corp: the final round is tomorrow. Then add `referees_notified:` to the notes."),
        AdviceCase("2026-11-18", "2026-11-17", overdue: true, "Tell your referees they may get a call from Acme Corp: the final round is today. Then add `referees_notified:` to the notes."),
        AdviceCase("2026-11-25", "2026-11-17", overdue: true, "Tell your referees they may get a call from Acme Corp: the final round was on Wed 18 Nov. Then add `referees_notified:` to the notes."),
        AdviceCase("2026-12-10", nil),
    ])
    func refereesHearBeforeTheFinalRound(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(AdviceSamples.final)], .notifyReferees)
    }

    @Test func referenceCheckStageAlsoNeedsReferees() {
        let e = Advice.entry(AdviceSamples.thanked.replacingOccurrences(of: "stage: onsite", with: "stage: references"))
        #expect(Advice.actions([e], today: "2026-11-18", kind: .notifyReferees).map(\.message)
                == ["Tell your referees they may get a call from Acme Corp: the reference check is today. Then add `referees_notified:` to the notes."])
    }

    @Test(arguments: ["referees_notified: 2026-11-16", "referees_notified: true", "stage: onsite", "outcome: offer"])
    func noRefereeAdviceWhenDoneOrNotNeeded(_ change: String) {
        var fm = AdviceSamples.final
        if change.hasPrefix("stage") { fm = fm.replacingOccurrences(of: "stage: final", with: change) }
        else if change.hasPrefix("outcome") { fm = fm.replacingOccurrences(of: "outcome: pending", with: change) }
        else { fm += "\n" + change }
        #expect(Advice.actions([Advice.entry(fm)], today: "2026-11-10", kind: .notifyReferees).isEmpty)
    }

    @Test func aTickedRefereeStepInAnEarlierRoundCounts() {
        let earlier = Advice.entry("company: Acme Corp\nrole: Backend Engineer\ndate: 2026-11-04\nstage: technical\noutcome: advanced",
                                   "## Next steps\n- [x] Tell Sam and Jordan they may get a reference call\n", path: "acme-tech.md")
        #expect(Advice.actions([earlier, Advice.entry(AdviceSamples.final)], today: "2026-11-10", kind: .notifyReferees).isEmpty)
    }
}
