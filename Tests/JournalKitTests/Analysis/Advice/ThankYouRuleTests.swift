import Foundation
import JournalKit
import Testing

/// 1. thank-you
@Suite struct ThankYouRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-17", nil),
        AdviceCase("2026-11-18", "2026-11-19", "Send Dana and Raj a thank-you note: the onsite was today."),
        AdviceCase("2026-11-19", "2026-11-19", "Send Dana and Raj a thank-you note: the onsite was yesterday."),
        AdviceCase("2026-11-20", "2026-11-19", overdue: true, "Send Dana and Raj a thank-you note: the onsite was on Wed 18 Nov."),
        AdviceCase("2026-11-24", "2026-11-19", overdue: true),
        AdviceCase("2026-11-25", nil),
    ])
    func thankYouIsDueTheDayAfterAndFadesAfterAWeek(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(AdviceSamples.onsite)], .thankYou)
    }

    @Test(arguments: [
        "thank_you: 2026-11-18",
        "thank_you: true",
        "outcome: rejected",
    ])
    func noThankYouWhenSentOrOver(_ extra: String) {
        let fm = AdviceSamples.onsite.replacingOccurrences(of: "outcome: pending", with: "") + "\n" + extra
        #expect(Advice.actions([Advice.entry(fm)], today: "2026-11-19", kind: .thankYou).isEmpty)
    }

    @Test func aTickedThankYouStepCountsAsSent() {
        let e = Advice.entry(AdviceSamples.onsite, "## Next steps\n- [x] Thank-you email to Dana and Raj\n")
        #expect(Advice.actions([e], today: "2026-11-19", kind: .thankYou).isEmpty)
        let open = Advice.entry(AdviceSamples.onsite, "## Next steps\n- [ ] Thank-you email to Dana and Raj\n")
        #expect(Advice.actions([open], today: "2026-11-19", kind: .thankYou).count == 1)
    }

    @Test(arguments: [(24, "2026-11-19"), (36, "2026-11-20"), (48, "2026-11-20"), (1, "2026-11-19")])
    func thankYouHoursRoundUpToDays(hours: Int, due: String) {
        var config = JournalConfig()
        config.thankYouHours = hours
        Advice.check(AdviceCase("2026-11-18", due), [Advice.entry(AdviceSamples.onsite)], .thankYou, config: config)
    }

    @Test func thankYouWithoutInterviewersStillSaysWhat() {
        let e = Advice.entry("company: Hooli\ndate: 2026-11-12")
        let a = Advice.actions([e], today: "2026-11-13", kind: .thankYou)
        #expect(a.map(\.message) == ["Send the people you met a thank-you note: the interview was yesterday."])
        #expect(a.first?.line == 3)
    }
}
