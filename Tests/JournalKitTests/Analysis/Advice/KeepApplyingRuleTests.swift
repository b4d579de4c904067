import Foundation
import JournalKit
import Testing

/// 8. keep-applying
@Suite struct KeepApplyingRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-20", nil),
        AdviceCase("2026-12-03", nil),
        AdviceCase("2026-12-04", "2026-12-04", "There has been no new interview since Fri 20 Nov: keep applying, a steady flow of applications takes the pressure off each one."),
        AdviceCase("2026-12-10", "2026-12-10"),
    ])
    func keepApplyingAfterTwoQuietWeeks(_ c: AdviceCase) {
        let three = [AdviceSamples.application("Acme", "2026-11-18"), AdviceSamples.application("Globex", "2026-11-19"), AdviceSamples.application("Initech", "2026-11-20")]
        Advice.check(c, three, .keepApplying)
    }

    @Test func keepApplyingWhenFewerThanThreeApplicationsAreOpen() {
        let two = [AdviceSamples.application("Acme", "2026-11-18"), AdviceSamples.application("Globex", "2026-11-19"), AdviceSamples.application("Initech", "2026-11-20", outcome: "rejected")]
        let a = Advice.actions(two, today: "2026-11-21", kind: .keepApplying)
        #expect(a.map(\.message) == ["Only 2 applications are still open: keep applying, so that no single answer decides your search."])
        #expect(a.map(\.due.description) == ["2026-11-21"])
        #expect(a.map(\.overdue) == [false])
        #expect(a.map(\.path) == ["initech.md"])
        #expect(a.map(\.company) == [""])
        let both = Advice.actions(two, today: "2026-12-05", kind: .keepApplying)
        #expect(both.map(\.message) == ["Only 2 applications are still open and there has been no new interview since Fri 20 Nov: keep applying, a few new applications a week keep the search moving."])
    }

    @Test func keepApplyingIsOnceAndStopsAfterAnAcceptedOffer() {
        let one = [AdviceSamples.application("Acme", "2026-11-18")]
        #expect(Advice.actions(one, today: "2026-11-19", kind: .keepApplying).count == 1)
        let accepted = [AdviceSamples.application("Acme", "2026-11-18", outcome: "accepted"), AdviceSamples.application("Globex", "2026-11-10")]
        #expect(Advice.actions(accepted, today: "2026-11-19", kind: .keepApplying).isEmpty)
        let newSearch = accepted + [AdviceSamples.application("Hooli", "2026-11-25")]
        #expect(Advice.actions(newSearch, today: "2026-11-26", kind: .keepApplying).count == 1)
        #expect(Advice.actions([], today: "2026-11-26").isEmpty)
    }

    @Test func keepApplyingDaysComeFromTheConfig() {
        var config = JournalConfig()
        config.keepApplyingDays = 3
        let three = [AdviceSamples.application("Acme", "2026-11-18"), AdviceSamples.application("Globex", "2026-11-19"), AdviceSamples.application("Initech", "2026-11-20")]
        Advice.check(AdviceCase("2026-11-22", nil), three, .keepApplying, config: config)
        Advice.check(AdviceCase("2026-11-23", "2026-11-23"), three, .keepApplying, config: config)
    }
}
