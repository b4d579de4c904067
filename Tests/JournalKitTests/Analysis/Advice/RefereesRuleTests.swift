import Foundation
import JournalKit
import Testing

/// 4. notify-referees
@Suite struct RefereesRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-10", "2026-11-17", "Tell your referees they may get a call from Acme Corp: the final round is on Wed 18 Nov. Then record it: `journal log 'Acme Corp' referees-told`."),
        AdviceCase("2026-11-17", "2026-11-17", "Tell your referees they may get a call from Acme Corp: the final round is tomorrow. Then record it: `journal log 'Acme Corp' referees-told`."),
        AdviceCase("2026-11-18", "2026-11-17", overdue: true, "Tell your referees they may get a call from Acme Corp: the final round is today. Then record it: `journal log 'Acme Corp' referees-told`."),
        AdviceCase("2026-11-24", "2026-11-17", overdue: true, "Tell your referees they may get a call from Acme Corp: the final round was on Wed 18 Nov. Then record it: `journal log 'Acme Corp' referees-told`."),
        // A week after the round (`follow_up_after_days`) the reference calls have come or will not.
        AdviceCase("2026-11-25", nil),
    ])
    func refereesHearBeforeTheFinalRound(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(AdviceSamples.final)], .notifyReferees)
    }

    @Test func referenceCheckStageAlsoNeedsReferees() {
        let e = Advice.entry(AdviceSamples.thanked.replacingOccurrences(of: "stage: onsite", with: "stage: references"))
        #expect(Advice.actions([e], today: "2026-11-18", kind: .notifyReferees).map(\.message)
                == ["Tell your referees they may get a call from Acme Corp: the reference check is today. Then record it: `journal log 'Acme Corp' referees-told`."])
    }

    @Test(arguments: ["referees_notified: 2026-11-16", "referees_notified: true", "stage: technical", "outcome: offer"])
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

    /// The last round, whatever it is called: an onsite, or a round numbered after the earlier ones.
    @Test func refereesHearBeforeTheLastRoundWhateverItIsCalled() {
        let onsite = Advice.entry(AdviceSamples.thanked, path: "acme.md")
        #expect(Advice.actions([onsite], today: "2026-11-10", kind: .notifyReferees).map(\.message)
                == ["Tell your referees they may get a call from Acme Corp: the onsite is on Wed 18 Nov. Then record it: `journal log 'Acme Corp' referees-told`."])
        let first = Advice.entry("company: Acme Corp\ndate: 2026-11-02\nstage: technical\nround: 1\noutcome: advanced", path: "acme-1.md")
        let third = Advice.entry("company: Acme Corp\ndate: 2026-11-12\nstage: technical\nround: 3", path: "acme-3.md")
        let a = Advice.actions([first, third], today: "2026-11-05", kind: .notifyReferees)
        #expect(a.map { "\($0.due) \($0.path):\($0.line)" } == ["2026-11-11 acme-3.md:4"])
        // A first round is no last round, whatever its number.
        #expect(Advice.actions([third], today: "2026-11-05", kind: .notifyReferees).isEmpty)
    }
}
