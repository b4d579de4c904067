import Foundation
import JournalKit
import Testing

/// 6. ask-feedback
@Suite struct FeedbackRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-02", "2026-11-10"),
        AdviceCase("2026-11-09", "2026-11-10"),
        AdviceCase("2026-11-10", "2026-11-10", "Ask Hank or Lena for brief feedback: thank them for their time and ask what would make you a stronger candidate next time. Then record it: `journal log Globex feedback-asked`."),
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

    /// `journal log globex outcome rejected --on 2026-11-13` writes `outcome_date`: the
    /// request is timed from it (the working day after, a Monday), and `journal log globex
    /// feedback-asked` or `feedback TEXT` ends it.
    @Test func timedFromTheRejectionAndClearedByWhatLogWrites() {
        let fm = AdviceSamples.rejected + "\noutcome_date: 2026-11-13"
        Advice.check(AdviceCase("2026-11-13", "2026-11-16"), [Advice.entry(fm)], .askFeedback)
        Advice.check(AdviceCase("2026-12-13", "2026-11-16", overdue: true), [Advice.entry(fm)], .askFeedback)
        Advice.check(AdviceCase("2026-12-14", nil), [Advice.entry(fm)], .askFeedback)
        for done in ["feedback_asked: 2026-11-16", "feedback_asked: true", "Feedback-Asked: 2026-11-16", "feedback: Strong design, thin on Kubernetes."] {
            #expect(Advice.actions([Advice.entry(fm + "\n" + done)], today: "2026-11-17").map(\.kind) == [.keepApplying], "\(done)")
        }
    }
}
