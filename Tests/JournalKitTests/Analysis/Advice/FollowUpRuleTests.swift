import Foundation
import JournalKit
import Testing

/// 3. follow-up and move-on
@Suite struct FollowUpRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-17", nil),
        AdviceCase("2026-11-18", "2026-11-26"),
        AdviceCase("2026-11-19", "2026-11-26"),
        AdviceCase("2026-11-25", "2026-11-26", "Follow up politely if you have not heard back: they meant to decide by Wed 25 Nov. Then record it: `journal log 'Acme Corp' follow-up`."),
        AdviceCase("2026-11-26", "2026-11-26"),
        AdviceCase("2026-11-27", "2026-11-26", overdue: true),
        AdviceCase("2026-12-09", "2026-11-26", overdue: true),
        AdviceCase("2026-12-10", nil),
    ])
    func followUpIsDueTheDayAfterTheDecisionDate(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(AdviceSamples.thanked)], .followUp)
    }


    @Test(arguments: [
        AdviceCase("2026-11-18", "2026-11-25"),
        AdviceCase("2026-11-24", "2026-11-25"),
        AdviceCase("2026-11-25", "2026-11-25", "Follow up politely if you have not heard back since the onsite on Wed 18 Nov. Then record it: `journal log 'Acme Corp' follow-up`."),
        AdviceCase("2026-11-26", "2026-11-25", overdue: true),
    ])
    func followUpIsDueAWeekAfterTheInterviewWithoutADecisionDate(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(AdviceSamples.thankedNoDecision)], .followUp)
    }

    @Test(arguments: [
        AdviceCase("2026-11-27", "2026-12-03", "Send a second follow-up if there is still no answer: the last one went out on Thu 26 Nov. Then record it: `journal log 'Acme Corp' follow-up`."),
        AdviceCase("2026-12-03", "2026-12-03"),
        AdviceCase("2026-12-04", "2026-12-03", overdue: true),
        AdviceCase("2026-12-10", nil),
    ])
    func afterOneFollowUpTheNextIsDueAWeekLater(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(AdviceSamples.thanked + "\nfollow_ups: [2026-11-26]")], .followUp)
    }

    @Test(arguments: [
        AdviceCase("2026-12-04", "2026-12-10", "No answer after 2 follow-ups (the last on Thu 3 Dec): put your energy into your other applications and mark it as ghosted. Then record it: `journal log 'Acme Corp' outcome ghosted`."),
        AdviceCase("2026-12-10", "2026-12-10"),
        AdviceCase("2026-12-11", "2026-12-10", overdue: true),
    ])
    func afterTwoFollowUpsSuggestMovingOn(_ c: AdviceCase) {
        let e = Advice.entry(AdviceSamples.thanked + "\nfollow_ups: [2026-11-26, 2026-12-03]")
        Advice.check(c, [e], .moveOn)
        #expect(Advice.actions([e], today: c.today, kind: .followUp).isEmpty)
    }

    @Test func withoutAnyFollowUpMovingOnComesWhenAllWouldHaveBeenSent() {
        let e = Advice.entry(AdviceSamples.thanked)
        // First follow-up due 26 Nov; two follow-ups a week apart would end on 10 Dec.
        Advice.check(AdviceCase("2026-12-10", "2026-12-10", "No news since the onsite on Wed 18 Nov: send one last short note if you have not, or mark it as ghosted and move on. Then record it: `journal log 'Acme Corp' outcome ghosted`."), [e], .moveOn)
        Advice.check(AdviceCase("2026-12-09", nil), [e], .moveOn)
    }

    @Test func maxFollowUpsAndIntervalComeFromTheConfig() {
        var config = JournalConfig()
        config.maxFollowUps = 1
        config.followUpAfterDays = 3
        let e = Advice.entry(AdviceSamples.thanked + "\nfollow_ups: [2026-11-26]")
        // Three days after Thu 26 Nov is Sunday 29, so Monday 30; after Wed 18, Saturday 21, so Monday 23.
        Advice.check(AdviceCase("2026-11-27", "2026-11-30"), [e], .moveOn, config: config)
        let fresh = Advice.entry(AdviceSamples.thankedNoDecision)
        Advice.check(AdviceCase("2026-11-19", "2026-11-23"), [fresh], .followUp, config: config)
        // Without weekends the days stay as they are.
        config.weekendDays = []
        Advice.check(AdviceCase("2026-11-27", "2026-11-29"), [e], .moveOn, config: config)
        Advice.check(AdviceCase("2026-11-19", "2026-11-21"), [fresh], .followUp, config: config)
    }

    @Test func aTickedFollowUpStepWithADateCountsAsAFollowUp() {
        let e = Advice.entry(AdviceSamples.thanked, "## Next steps\n- [x] Follow-up email to Dana 📅 2026-11-26\n")
        Advice.check(AdviceCase("2026-11-27", "2026-12-03"), [e], .followUp)
    }

    @Test func advancedWithoutALaterRoundAsksForTheNextRound() {
        let e = Advice.entry(AdviceSamples.thanked.replacingOccurrences(of: "outcome: pending", with: "outcome: advanced"))
        Advice.check(AdviceCase("2026-11-25", "2026-11-25", "Ask when the next round will be: you advanced after the onsite on Wed 18 Nov and no later round is in your notes. Then record it: `journal log 'Acme Corp' follow-up`."), [e], .followUp)
        let next = Advice.entry("company: acme corp\nrole: backend engineer\ndate: 2026-11-30\nstage: final", path: "acme-final.md")
        #expect(Advice.actions([e, next], today: "2026-11-25", kind: .followUp).isEmpty)
    }

    @Test(arguments: ["rejected", "withdrawn", "accepted", "declined", "ghosted"])
    func noChasingOnceDecided(_ outcome: String) {
        let e = Advice.entry(AdviceSamples.onsite.replacingOccurrences(of: "stage: onsite", with: "stage: final")
            .replacingOccurrences(of: "outcome: pending", with: "outcome: \(outcome)"))
        for today in ["2026-11-10", "2026-11-19", "2026-11-27", "2026-12-20"] {
            let kinds = Set(Advice.actions([e], today: today).map(\.kind))
            #expect(kinds.isDisjoint(with: [.thankYou, .askDecisionDate, .followUp, .moveOn, .notifyReferees]), "\(outcome) on \(today): \(kinds)")
        }
    }

    @Test func anOfferIsNotChasedButThankedAsAnOffer() {
        let e = Advice.entry(AdviceSamples.onsite.replacingOccurrences(of: "stage: onsite", with: "stage: final")
            .replacingOccurrences(of: "outcome: pending", with: "outcome: offer"))
        #expect(Advice.actions([e], today: "2026-11-19").map(\.kind) == [.offerThanks, .offerDetails, .offerAnswer, .keepApplying, .offerNegotiate])
        // A week after the offer, its thanks are no longer shown; the rest stays until it is answered.
        #expect(Advice.actions([e], today: "2026-11-24").map(\.kind) == [.offerThanks, .offerDetails, .offerAnswer, .offerNegotiate, .keepApplying])
        #expect(Advice.actions([e], today: "2026-11-25").map(\.kind) == [.offerDetails, .offerAnswer, .offerNegotiate, .keepApplying])
    }

    @Test func followUpRemindsOfThanksOnceTheThankYouAdviceIsGone() {
        let e = Advice.entry(AdviceSamples.onsite.replacingOccurrences(of: "decision_by: 2026-11-25\n", with: "decision_by: 2026-11-20\n"))
        let early = Advice.actions([e], today: "2026-11-21", kind: .followUp)
        #expect(early.first?.message == "Follow up politely if you have not heard back: they meant to decide by Fri 20 Nov. Then record it: `journal log 'Acme Corp' follow-up`.")
        let late = Advice.actions([e], today: "2026-11-25", kind: .followUp)
        #expect(late.first?.message == "Follow up politely if you have not heard back: they meant to decide by Fri 20 Nov. Thank them for their time too: no thank-you note is recorded. Then record it: `journal log 'Acme Corp' follow-up`.")
    }
}
