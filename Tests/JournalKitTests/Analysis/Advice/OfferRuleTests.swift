import Foundation
import JournalKit
import Testing

/// 7. offer-details
@Suite struct OfferRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-10", "2026-11-11", "Write down the orientation and dress code of the offer, and weigh it against your fit score of 3/5 before you answer."),
        AdviceCase("2026-11-11", "2026-11-11"),
        AdviceCase("2026-11-23", "2026-11-11", overdue: true),
    ])
    func offerDetailsAreWrittenDown(_ c: AdviceCase) {
        let e = Advice.entry(AdviceSamples.offer, "## Offer\n- Base 145k.\n- Start date 2027-01-04.\n")
        Advice.check(c, [e], .offerDetails)
        #expect(Advice.actions([e], today: c.today, kind: .offerDetails).first?.line == 11)
    }

    @Test func offerWithEverythingWrittenAndNoFit() {
        let all = Advice.entry(AdviceSamples.offer, "## Offer\n- Start date 2027-01-04, orientation on day one, dress code casual.\n")
        #expect(Advice.actions([all], today: "2026-11-11", kind: .offerDetails).map(\.message)
                == ["The offer details are written down; weigh it against your fit score of 3/5 before you answer."])
        let noFit = Advice.entry(AdviceSamples.offer.replacingOccurrences(of: "fit: 3", with: ""))
        #expect(Advice.actions([noFit], today: "2026-11-11", kind: .offerDetails).map(\.message)
                == ["Write down the start date, orientation and dress code of the offer, and rate how well it fits you (`fit: 1-5`) before you answer."])
        let accepted = Advice.entry(AdviceSamples.offer.replacingOccurrences(of: "outcome: offer", with: "outcome: accepted"))
        #expect(Advice.actions([accepted], today: "2026-11-11", kind: .offerDetails).isEmpty)
    }
}
