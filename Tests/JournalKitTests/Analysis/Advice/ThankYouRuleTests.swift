import Foundation
import JournalKit
import Testing

/// 1. thank-you
@Suite struct ThankYouRuleTests {
    @Test(arguments: [
        AdviceCase("2026-11-17", nil),
        AdviceCase("2026-11-18", "2026-11-19", "Send Dana and Raj a thank-you note: the onsite was today. Then record it: `journal log 'Acme Corp' thank-you`."),
        AdviceCase("2026-11-19", "2026-11-19", "Send Dana and Raj a thank-you note: the onsite was yesterday. Then record it: `journal log 'Acme Corp' thank-you`."),
        AdviceCase("2026-11-20", "2026-11-19", overdue: true, "Send Dana and Raj a thank-you note: the onsite was on Wed 18 Nov. Then record it: `journal log 'Acme Corp' thank-you`."),
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
        #expect(a.map(\.message) == ["Send the people you met a thank-you note: the interview was yesterday. Then record it: `journal log Hooli thank-you`."])
        #expect(a.first?.line == 3)
    }

    /// A ticked step is the thank-you note only when it says so, in the configured words.
    @Test(arguments: [
        ("Thank-you email to Dana and Raj", true),
        ("Sent thanks to Raj", true),
        ("Correo de agradecimiento a Dana", true),
        ("Gracias a Raj por la entrevista", true),
        ("Dankesmail an Dana geschickt", true),
        ("Mail de remerciement à Dana", true),
        ("Merci à Raj", true),
        ("E-mail de agradecimento para Dana", true),
        ("Obrigado enviado ao Raj", true),
        ("给 Dana 发感谢信", true),
        ("Email Dana the slides", false),
        ("Prepare the system design", false),
        ("Read the Thankless Job essay", true),
        ("Anthank nothing", false),
    ])
    func aTickedStepCountsAsTheThankYouOnlyInTheWordsOfTheConfig(step: String, counts: Bool) {
        let e = Advice.entry(AdviceSamples.onsite, "## Next steps\n- [x] \(step)\n")
        #expect(Advice.actions([e], today: "2026-11-19", kind: .thankYou).isEmpty == counts)
    }

    @Test func thankYouWordsComeFromTheConfig() {
        let (config, diagnostics) = ConfigLoader.parse("advice:\n  thank_you_words: [tack, Kiitos]\n", path: ".journal/config.yml")
        #expect(diagnostics.isEmpty)
        #expect(config.thankYouWords == ["tack", "kiitos"])
        let swedish = Advice.entry(AdviceSamples.onsite, "## Next steps\n- [x] Tackmejl till Dana\n")
        #expect(Advice.actions([swedish], today: "2026-11-19", config: config, kind: .thankYou).isEmpty)
        let english = Advice.entry(AdviceSamples.onsite, "## Next steps\n- [x] Thank-you email to Dana\n")
        #expect(Advice.actions([english], today: "2026-11-19", config: config, kind: .thankYou).count == 1)
    }
}
