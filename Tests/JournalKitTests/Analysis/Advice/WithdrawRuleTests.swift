import Foundation
import JournalKit
import Testing

/// After accepting an offer: withdraw politely from every other open application.
@Suite struct WithdrawRuleTests {
    static let accepted = Advice.entry("company: Initech\ndate: 2026-11-10\nstage: offer\nthank_you: true\noutcome: accepted\noutcome_date: 2026-11-20", path: "initech.md")

    @Test func everyOtherOpenApplicationGetsOnlyAWithdrawal() {
        let acme = Advice.entry(AdviceSamples.onsite, path: "acme.md")
        let globex = Advice.entry(AdviceSamples.rejected, path: "globex.md")
        let hooli = Advice.entry("company: Hooli\ndate: 2026-11-12\nstage: technical\ninterviewers: Gavin Belson\noutcome: advanced", path: "hooli.md")
        let a = Advice.actions([Self.accepted, acme, globex, hooli], today: "2026-11-20")
        #expect(a.map { "\($0.due) \($0.kind.rawValue) \($0.company)" } == [
            // Globex is closed: the feedback request stays; the others hear back on Monday (the 20th is a Friday).
            "2026-11-10 ask-feedback Globex",
            "2026-11-23 withdraw Acme Corp",
            "2026-11-23 withdraw Hooli",
        ])
        #expect(a.last?.message == "Withdraw politely from Hooli (write to Gavin): thank them for their time and say you have accepted another offer. Then record it: `journal log Hooli outcome withdrawn`.")
    }

    @Test func anApplicationAfterTheAcceptanceIsANewSearch() {
        let later = Advice.entry("company: Hooli\ndate: 2026-11-24\nstage: recruiter", path: "hooli.md")
        let a = Advice.actions([Self.accepted, later], today: "2026-11-25")
        #expect(!a.contains { $0.kind == .withdraw })
        #expect(a.contains { $0.kind == .thankYou })
        let withdrawn = Advice.entry("company: Acme\ndate: 2026-11-12\noutcome: withdrawn", path: "acme.md")
        #expect(Advice.actions([Self.accepted, withdrawn], today: "2026-11-21").isEmpty)
    }
}
