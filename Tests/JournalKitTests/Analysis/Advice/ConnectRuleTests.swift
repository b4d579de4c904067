import Foundation
import JournalKit
import Testing

/// 5. connect
@Suite struct ConnectRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-17", nil),
        AdviceCase("2026-11-18", "2026-11-19", "Connect with Mei Chen on LinkedIn, with a short note about the final round. Then record it: `journal log 'Acme Corp' connected 'Mei Chen'`."),
        AdviceCase("2026-11-19", "2026-11-19"),
        AdviceCase("2026-11-20", "2026-11-19", overdue: true),
        AdviceCase("2026-11-25", "2026-11-19", overdue: true),
    ])
    func connectWithInterviewersWhoHaveALinkedInAddress(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(AdviceSamples.panel)], .connect)
    }

    @Test func connectedInALaterRoundCountsAndSeveralPeopleShareOneAction() {
        let tech = Advice.entry("""
            company: Acme Corp
            role: Backend Engineer
            date: 2026-11-04
            stage: technical
            outcome: advanced
            interviewers:
              - name: Raj Patel
                linkedin: https://www.linkedin.com/in/example-raj
              - name: Ana Ruiz
                linkedin: https://www.linkedin.com/in/example-ana
            """, path: "acme-tech.md")
        let a = Advice.actions([tech, Advice.entry(AdviceSamples.panel)], today: "2026-11-20", kind: .connect)
        #expect(a.map(\.message) == ["Connect with Ana Ruiz and Mei Chen on LinkedIn, each with a short personal note. Then record it: `journal log 'Acme Corp' connected NAME`."])
        #expect(a.map(\.path) == ["acme.md"])
        #expect(a.map(\.line) == [9])
    }

    /// A closed application shows no open steps (DESIGN 8): only the feedback request.
    @Test(arguments: [("pending", 1), ("offer", 1), ("rejected", 0), ("accepted", 0), ("ghosted", 0), ("withdrawn", 0), ("declined", 0)])
    func noConnectOnceTheApplicationIsClosed(outcome: String, expected: Int) {
        let e = Advice.entry(AdviceSamples.panel + "\noutcome: \(outcome)")
        #expect(Advice.actions([e], today: "2026-11-20", kind: .connect).count == expected)
    }
}
