import Foundation
import JournalKit
import Testing

/// Applications, staleness and order
@Suite struct AdviceEngineTests {
    @Test func rulesLookAtTheLatestEntryOfEachApplication() {
        let phone = Advice.entry("company: ACME corp\nrole: backend engineer\ndate: 2026-11-04\nstage: phone-screen\noutcome: advanced", path: "b-phone.md")
        let onsite = Advice.entry(AdviceSamples.thanked.replacingOccurrences(of: "role: Backend Engineer\n", with: ""), path: "a-onsite.md")
        let undated = EntryReader().read(path: "acme/notes.md", bytes: Array("---\ncompany: Acme Corp\n---\n# Acme\n".utf8)).entry!
        let apps = Application.group([phone, onsite, undated])
        #expect(apps.count == 1)
        #expect(apps.first?.entries.map(\.path) == ["acme/notes.md", "b-phone.md", "a-onsite.md"])
        #expect(apps.first?.role == "backend engineer")
        let kinds = Advice.actions([phone, onsite, undated], today: "2026-11-20").map(\.kind)
        // The onsite is the last round: referees, due the day before it.
        #expect(kinds == [.notifyReferees, .keepApplying, .followUp])
    }

    @Test func anApplicationKeySeparatesTwoApplicationsAtOneCompany() {
        let a = Advice.entry("company: Acme\nrole: Backend\napplication: backend\ndate: 2026-11-04\noutcome: rejected", path: "a.md")
        let b = Advice.entry("company: Acme\nrole: Platform\nApplication: Platform\ndate: 2026-11-05\noutcome: pending", path: "b.md")
        let c = Advice.entry("company: Acme\ndate: 2026-11-06", path: "c.md")
        #expect(Application.group([a, b, c]).map { $0.entries.map(\.path) } == [["c.md"], ["a.md"], ["b.md"]])
        // One named application: the note without the key joins it.
        let d = Advice.entry("company: ACME.\napplication: backend\ndate: 2026-11-07", path: "d.md")
        #expect(Application.group([a, c, d]).map { $0.entries.map(\.path) } == [["a.md", "c.md", "d.md"]])
    }

    @Test func twoRolesWithoutAnApplicationKeyAreOneApplication() {
        let a = Advice.entry("company: Acme\nrole: Backend\ndate: 2026-11-04\noutcome: rejected", path: "a.md")
        let b = Advice.entry("company: Acme\nrole: Platform\ndate: 2026-11-05\noutcome: pending", path: "b.md")
        let apps = Application.group([a, b])
        #expect(apps.map { $0.entries.map(\.path) } == [["a.md", "b.md"]])
        #expect(apps.first?.role == "Platform")
    }

    @Test func applicationsQuietForNinetyDaysAreHistory() {
        let e = Advice.entry(AdviceSamples.panel + "\noutcome: pending", "## Next steps\n- [ ] Something 📅 2026-11-30\n")
        #expect(!Advice.actions([e], today: "2027-02-16").filter { $0.kind != .keepApplying }.isEmpty)
        #expect(Advice.actions([e], today: "2027-02-17").map(\.kind) == [.keepApplying])
    }

    @Test func actionsAreSortedOverdueFirstThenByDayKindAndCompany() {
        let entries = [
            Advice.entry(AdviceSamples.onsite, path: "acme.md"),
            Advice.entry(AdviceSamples.rejected, path: "globex.md"),
            Advice.entry(AdviceSamples.offer, "## Next steps\n- [ ] Ask for the offer in writing 📅 2026-11-21\n", path: "initech.md"),
        ]
        let a = Advice.actions(entries, today: "2026-11-20")
        let summary = a.map { "\($0.overdue ? "!" : " ") \($0.due) \($0.kind.rawValue) \($0.company)" }
        #expect(summary == [
            "! 2026-11-10 ask-feedback Globex",
            "! 2026-11-11 offer-details Initech",
            "! 2026-11-11 offer-answer Initech",
            "! 2026-11-12 offer-negotiate Initech",
            "! 2026-11-17 notify-referees Acme Corp",
            "! 2026-11-19 thank-you Acme Corp",
            "  2026-11-20 keep-applying ",
            "  2026-11-21 next-step Initech",
            "  2026-11-26 follow-up Acme Corp",
        ])
        // Input order does not matter.
        #expect(Advice.actions(entries.reversed(), today: "2026-11-20") == a)
    }

    @Test func actionJSONHasExactlyTheDocumentedFields() throws {
        let a = Advice.actions([Advice.entry(AdviceSamples.onsite)], today: "2026-11-20", kind: .thankYou)
        let data = try JSONEncoder().encode(a[0])
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(Set(object.keys) == ["kind", "company", "role", "due", "overdue", "message", "path", "line", "record"])
        #expect(object["kind"] as? String == "thank-you")
        #expect(object["record"] as? String == "journal log 'Acme Corp' thank-you")
        #expect(object["due"] as? String == "2026-11-19")
        #expect(Action.Kind.allCases.map(\.rawValue) == ["thank-you", "ask-decision-date", "follow-up", "move-on", "notify-referees", "connect",
                                                         "ask-feedback", "offer-thanks", "offer-details", "offer-negotiate", "offer-answer", "withdraw",
                                                         "keep-applying", "next-step", "write-sooner"])
    }

    @Test func dayTextNamesDaysWithoutAClock() {
        let today = Advice.day("2026-11-23")
        #expect(DayText.short(today, today: today) == "Mon 23 Nov")
        #expect(DayText.short(Advice.day("2027-01-04"), today: today) == "Mon 4 Jan 2027")
        #expect(DayText.relative(Advice.day("2026-11-22"), today: today) == "yesterday")
        #expect(DayText.relative(Advice.day("2026-11-24"), today: today) == "tomorrow")
        #expect(DayText.relative(Advice.day("2026-11-18"), today: today) == "on Wed 18 Nov")
        #expect(DayText.short(Advice.day("2024-02-29")) == "Thu 29 Feb 2024")
    }
}


@Suite struct AdviceFixtureTests {
    /// A final round written late in the evening in Hawaii: the day stays the 18th, and
    /// the advice settings of a config file change every due day.
    @Test func aFixtureEntryWithAConfigFile() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/advice/2026-11-18-acme-final", withExtension: "md"))
        let bytes = try [UInt8](Data(contentsOf: url))
        let entry = try #require(EntryReader().read(path: "2026-11-18-acme-final.md", bytes: bytes).entry)
        #expect(entry.date?.value.description == "2026-11-18")

        let (config, diagnostics) = ConfigLoader.parse("""
            advice:
              thank_you_hours: 48
              follow_up_after_days: 5
              max_follow_ups: 1
              keep_applying_days: 10
            """, path: ".journal/config.yml")
        #expect(diagnostics.isEmpty)
        let actions = AdviceEngine.actions(for: [entry], today: Advice.day("2026-11-19"), config: config, firstCommitDays: [:])
        let lines = actions.map { "\($0.due) \($0.overdue ? "overdue " : "")\($0.kind.rawValue) \($0.path):\($0.line) \($0.message)" }
        #expect(lines == [
            "2026-11-17 overdue notify-referees 2026-11-18-acme-final.md:5 Tell your referees they may get a call from Acme Corp: the final round was yesterday. Then record it: `journal log 'Acme Corp' referees-told`.",
            "2026-11-19 keep-applying 2026-11-18-acme-final.md:4 Only 1 application is still open: keep applying, so that no single answer decides your search.",
            "2026-11-20 ask-decision-date 2026-11-18-acme-final.md:4 Ask Dana or Mei when they expect to decide, so that your follow-up is timed well. Then record it: `journal log 'Acme Corp' decision-by DATE`.",
            "2026-11-20 connect 2026-11-18-acme-final.md:6 Connect with Mei Chen on LinkedIn, with a short note about the final round. Then record it: `journal log 'Acme Corp' connected 'Mei Chen'`.",
            "2026-11-20 next-step 2026-11-18-acme-final.md:22 Send Dana the design doc I mentioned.",
            "2026-11-23 follow-up 2026-11-18-acme-final.md:4 Follow up politely if you have not heard back since the final round on Wed 18 Nov. Then record it: `journal log 'Acme Corp' follow-up`.",
        ])
    }
}

extension AdviceEngineTests {
    @Test func aRoundWrittenAheadStopsTheWaitingButNotTheThanks() {
        let tech = Advice.entry("company: Acme Corp\nrole: Backend Engineer\ndate: 2026-11-04\nstage: technical\ninterviewers: Raj Patel\noutcome: advanced", path: "acme-tech.md")
        let next = Advice.entry(AdviceSamples.final.replacingOccurrences(of: "thank_you: 2026-11-18", with: ""), path: "acme-final.md")
        let a = Advice.actions([tech, next], today: "2026-11-05")
        #expect(a.map { "\($0.kind.rawValue) \($0.path)" } == ["thank-you acme-tech.md", "keep-applying acme-final.md", "notify-referees acme-final.md"])
        #expect(a.first?.message == "Send Raj a thank-you note: the technical interview was yesterday. Then record it: `journal log 'Acme Corp' thank-you`.")
    }
}
