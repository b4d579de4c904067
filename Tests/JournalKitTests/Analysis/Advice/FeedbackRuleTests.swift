import Foundation
import JournalKit
import Testing

/// 6. ask-feedback
@Suite struct FeedbackRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-02", "2026-11-10"),
        AdviceCase("2026-11-09", "2026-11-10"),
        AdviceCase("2026-11-10", "2026-11-10", "Ask Hank or Lena for brief feedback: thank them for their time and ask what would make you a stronger candidate next time."),
        AdviceCase("2026-11-11", "2026-11-10", overdue: true),
        AdviceCase("2026-12-09", "2026-11-10", overdue: true),
        AdviceCase("2026-12-10", nil),
    ])
    func askForFeedbackAfterARejection(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(AdviceSamples.rejected)], .askFeedback)
    }

    @Test func noFeedbackRequestWhenFeedbackIsWrittenDownOrAsked() {
        let written = Advice.entry(AdviceSamples.rejected, "## Feedback\n- Strong design, thin Kubernetes experience.\n")
        #expect(Advice.actions([written], today: "2026-11-11", kind: .askFeedback).isEmpty)
        let asked = Advice.entry(AdviceSamples.rejected, "## Next steps\n- [x] Ask Lena for feedback\n")
        #expect(Advice.actions([asked], today: "2026-11-11", kind: .askFeedback).isEmpty)
        let pending = Advice.entry(AdviceSamples.rejected.replacingOccurrences(of: "outcome: rejected", with: "outcome: pending"))
        #expect(Advice.actions([pending], today: "2026-11-11", kind: .askFeedback).isEmpty)
    }

    @Test func withoutADecisionDateFeedbackIsDueTheDayAfter() {
        let e = Advice.entry(AdviceSamples.rejected.replacingOccurrences(of: "decision_by: 2026-11-09\n", with: ""))
        Advice.check(AdviceCase("2026-11-05", "2026-11-03", overdue: true), [e], .askFeedback)
    }
}
