import Foundation
import JournalKit
import Testing

/// 2. ask-decision-date
@Suite struct DecisionDateRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-17", nil),
        AdviceCase("2026-11-18", "2026-11-19", "Ask Dana or Raj when they expect to decide, so that your follow-up is timed well. Then record it: `journal log 'Acme Corp' decision-by DATE`."),
        AdviceCase("2026-11-19", "2026-11-19"),
        AdviceCase("2026-11-20", "2026-11-19", overdue: true),
        AdviceCase("2026-11-25", nil),
    ])
    func decisionDateIsAskedInTheFirstWeek(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(AdviceSamples.noDecision)], .askDecisionDate)
    }

    @Test func decisionDateQuestionGoesIntoTheThankYouNote() {
        let e = Advice.entry(AdviceSamples.noDecision.replacingOccurrences(of: "thank_you: 2026-11-18", with: ""))
        #expect(Advice.actions([e], today: "2026-11-19", kind: .askDecisionDate).map(\.message)
                == ["Ask Dana or Raj when they expect to decide; your thank-you note is a good place for it. Then record it: `journal log 'Acme Corp' decision-by DATE`."])
    }

    @Test(arguments: ["decision_by: 2026-11-25", "follow_ups: [2026-11-20]", "outcome: advanced", "outcome: offer", "outcome: rejected"])
    func noDecisionQuestionWhenKnownOrDecided(_ extra: String) {
        let fm = AdviceSamples.noDecision.replacingOccurrences(of: "outcome: pending", with: "") + "\n" + extra
        #expect(Advice.actions([Advice.entry(fm)], today: "2026-11-20", kind: .askDecisionDate).isEmpty)
    }
}
