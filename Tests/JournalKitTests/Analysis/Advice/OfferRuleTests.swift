import Foundation
import JournalKit
import Testing

/// 7. offers: thanks and the offer in writing, the details, negotiating, the answer.
@Suite struct OfferRuleTests {
    static func offerActions(_ entry: Entry, today: String, config: JournalConfig = JournalConfig()) -> [String] {
        Advice.actions([entry], today: today, config: config).filter { $0.kind.rawValue.hasPrefix("offer") }
            .map { "\($0.due)\($0.overdue ? "!" : "") \($0.kind.rawValue): \($0.message)" }
    }

    // The Initech offer of Tuesday 10 November, thanked that day, start date written down.
    @Test func anOfferIsTimedFromTheDayItArrived() {
        let e = Advice.entry(AdviceSamples.offer, "## Offer\n- Base 145k.\n- Start date 2027-01-04.\n")
        #expect(Self.offerActions(e, today: "2026-11-10") == [
            "2026-11-11 offer-details: Write down what they say about the orientation and dress code in the Offer section of the notes.",
            "2026-11-11 offer-answer: Ask by when they need your answer; before you answer, weigh it against your fit score of 3/5. Then record it: `journal log Initech offer-deadline DATE`.",
            "2026-11-12 offer-negotiate: Compare the pay, equity and benefits with your other offers and the market, then negotiate: ask once, politely, for what matters most to you.",
        ])
        #expect(Advice.actions([e], today: "2026-11-10", kind: .offerDetails).first?.line == 11)
        #expect(Advice.actions([e], today: "2026-11-09").filter { $0.kind.rawValue.hasPrefix("offer") }.isEmpty)
    }

    /// `journal log initech outcome offer --on 2026-11-13` writes `outcome_date`: a Friday,
    /// so what is due the day after falls on Monday.
    @Test func theOutcomeDateAndTheDeadlineTimeTheAdvice() {
        let fm = AdviceSamples.offer.replacingOccurrences(of: "thank_you: 2026-11-10\n", with: "") + "\noutcome_date: 2026-11-13\noffer_deadline: 2026-11-22"
        let e = Advice.entry(fm, "## Offer\n- Start date 2027-01-04, orientation on day one, dress code casual.\n")
        #expect(Self.offerActions(e, today: "2026-11-13") == [
            "2026-11-16 offer-thanks: Thank them for the offer with enthusiasm, and ask for it in writing: pay, equity, benefits and start date. Then record it: `journal log Initech thank-you`.",
            "2026-11-17 offer-negotiate: Compare the pay, equity and benefits with your other offers and the market, then negotiate: ask once, politely, for what matters most to you.",
            // The deadline is a Sunday: answer on the Friday before.
            "2026-11-20 offer-answer: Answer the offer by Sun 22 Nov: weigh it against your fit score of 3/5, then accept or decline in writing. Then record it: `journal log Initech outcome accepted`.",
        ])
        // A thank-you recorded before the offer arrived was for the round, not for the offer.
        let thanked = Advice.entry(fm + "\nthank_you: 2026-11-13")
        #expect(Advice.actions([thanked], today: "2026-11-13", kind: .offerThanks).isEmpty)
    }

    @Test(arguments: [
        "- Answer needed by 2026-11-20.",
        "- Deadline: 2026-11-20",
        "- They need my decision (2026-11-20).",
    ])
    func theDeadlineIsReadFromTheOfferSection(_ item: String) {
        let e = Advice.entry(AdviceSamples.offer, "## Offer\n- Base 145k.\n\(item)\n")
        #expect(Advice.actions([e], today: "2026-11-11", kind: .offerAnswer).map(\.due.description) == ["2026-11-20"])
        // An item about something else with a date is no deadline.
        let other = Advice.entry(AdviceSamples.offer, "## Offer\n- Start date 2027-01-04.\n")
        #expect(Advice.actions([other], today: "2026-11-11", kind: .offerAnswer).map(\.due.description) == ["2026-11-11"])
    }

    @Test func aNegotiationDoneAndAnOfferAnsweredEndTheAdvice() {
        let negotiated = Advice.entry(AdviceSamples.offer, "## Next steps\n- [x] Negotiate the signing bonus\n")
        #expect(Advice.actions([negotiated], today: "2026-11-11", kind: .offerNegotiate).isEmpty)
        let noFit = Advice.entry(AdviceSamples.offer.replacingOccurrences(of: "fit: 3", with: ""))
        #expect(Advice.actions([noFit], today: "2026-11-11", kind: .offerAnswer).map(\.message)
                == ["Ask by when they need your answer; before you answer, rate how well it fits you (`fit: 1-5`). Then record it: `journal log Initech offer-deadline DATE`."])
        for outcome in ["accepted", "declined"] {
            let answered = Advice.entry(AdviceSamples.offer.replacingOccurrences(of: "outcome: offer", with: "outcome: \(outcome)"))
            #expect(Self.offerActions(answered, today: "2026-11-11").isEmpty)
        }
    }
}
