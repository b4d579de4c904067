import JournalKit
import Testing

@Suite struct ReportModelTests {
    static let today = CalendarDay(iso: "2026-11-23")!

    static func entry(_ path: String, _ front: String, _ body: String = "") -> Entry {
        TestEntries.entry(path, "---\n" + front + "\n---\n" + body)
    }

    @Test func oneRowPerApplicationAndEntriesWithoutTheKeyJoinTheOnlyOne() throws {
        let model = ReportModel(entries: [
            Self.entry("a1.md", "company: Acme\nrole: Backend Engineer\ndate: 2026-11-01\nstage: phone-screen\noutcome: advanced"),
            Self.entry("a2.md", "company: acme\ndate: 2026-11-05\nstage: onsite\nthank_you: 2026-11-06\noutcome: pending\ndecision_by: 2026-11-30"),
            Self.entry("b1.md", "company: Globex\nrole: SRE\napplication: sre\ndate: 2026-11-02\nstage: technical\noutcome: rejected"),
            Self.entry("b2.md", "company: Globex\nrole: Platform Engineer\napplication: platform\ndate: 2026-11-03\nstage: recruiter\nfollow_ups: [2026-11-12]"),
        ], today: Self.today)
        #expect(model.pipeline.map(\.company) == ["Globex", "acme", "Globex"])
        let acme = model.pipeline[1]
        #expect(acme.role == "Backend Engineer")
        #expect(acme.entries == ["a1.md", "a2.md"])
        #expect(acme.stage?.name == "onsite")
        #expect(acme.outcome.name == "pending")
        #expect(acme.lastContact == CalendarDay(iso: "2026-11-06"))
        #expect(acme.nextAction == "Wait for their decision")
        #expect(acme.nextActionDue == CalendarDay(iso: "2026-11-30"))
        #expect(model.pipeline[0].lastContact == CalendarDay(iso: "2026-11-12"))
        #expect(model.pipeline[0].nextAction == "Ask when they will decide")
        #expect(model.pipeline[2].nextAction == nil)
    }

    @Test func nextActionIsTheEarliestOpenStepWithoutItsDateMarker() {
        let model = ReportModel(entries: [
            Self.entry("a.md", "company: Acme\ndate: 2026-11-01", """
            ## Next steps
            - [ ] Tell the referees
            - [ ] Send the portfolio 📅 2026-11-25
            - [x] Thank-you note 📅 2026-11-02
            - [ ] Ask about the team [due:: 2026-11-24]
            """),
        ], today: Self.today)
        #expect(model.pipeline[0].nextAction == "Ask about the team")
        #expect(model.pipeline[0].nextActionDue == CalendarDay(iso: "2026-11-24"))
    }

    @Test func followUpAfterThePassedDecisionDate() {
        let passed = ReportModel(entries: [Self.entry("a.md", "company: A\ndate: 2026-11-01\ndecision_by: 2026-11-10")], today: Self.today)
        #expect(passed.pipeline[0].nextAction == "Follow up: they meant to decide by 2026-11-10")
        let followed = ReportModel(entries: [Self.entry("a.md", "company: A\ndate: 2026-11-01\ndecision_by: 2026-11-10\nfollow_ups: 2026-11-15")], today: Self.today)
        #expect(followed.pipeline[0].nextAction == "Wait for a reply to your follow-up of 2026-11-15")
    }

    @Test func funnelCountsEveryStageUpToTheFurthest() {
        let model = ReportModel(entries: [
            Self.entry("a.md", "company: A\ndate: 2026-11-01\nstage: onsite"),
            Self.entry("b.md", "company: B\ndate: 2026-11-01\nstage: phone-screen\noutcome: rejected"),
            Self.entry("c.md", "company: C\ndate: 2026-11-01\nstage: technical\noutcome: offer"),
            Self.entry("d.md", "company: D\ndate: 2026-11-01\noutcome: ghosted"),
        ], today: Self.today)
        let funnel = model.funnel
        #expect(funnel.applications == 4)
        #expect(funnel.withoutStage == 1)
        #expect(funnel.stages.map(\.stage) == ["phone-screen", "technical", "onsite", "offer"])
        #expect(funnel.stages.map(\.reached) == [3, 2, 2, 1])
        #expect(funnel.outcomes.map(\.outcome) == ["pending", "offer", "rejected", "ghosted"])
        #expect(funnel.outcomes.map(\.count) == [1, 1, 1, 1])
    }

    @Test func similarImprovementsMergeAcrossEntries() {
        let model = ReportModel(entries: [
            Self.entry("a.md", "company: A\ndate: 2026-11-01", "## Reflection\n### To improve\n- I talked too fast in the introduction.\n- Review OS basics.\n"),
            Self.entry("b.md", "company: B\ndate: 2026-11-02", "## Reflection\n### To improve\n- Talked too fast during the introduction.\n"),
            Self.entry("c.md", "company: C\ndate: 2026-11-03", "## Reflection\n### To improve\n- I talked too fast in the introduction!\n- I talked too fast in the introduction.\n"),
        ], today: Self.today)
        #expect(model.improvements == [
            RecurringPoint(text: "I talked too fast in the introduction.", count: 3, entries: ["a.md", "b.md", "c.md"],
                           lastDay: CalendarDay(iso: "2026-11-03")),
            RecurringPoint(text: "Review OS basics.", count: 1, entries: ["a.md"], lastDay: CalendarDay(iso: "2026-11-01")),
        ])
    }

    @Test func similarityUsesContentWords() {
        let a = TextSimilarity.contentWords("I talked too fast in the introduction.")
        #expect(a == ["talk", "fast", "introduction"])
        #expect(TextSimilarity.jaccard(a, TextSimilarity.contentWords("Talked too fast during the introduction.")) == 0.75)
        #expect(TextSimilarity.jaccard(a, TextSimilarity.contentWords("Have a real weakness story.")) == 0)
        #expect(TextSimilarity.jaccard([], []) == 0)
    }

    @Test func jsonHasExactlyTheContractKeysAndEmptyActions() throws {
        let model = ReportModel(entries: [Self.entry("a.md", "company: A\ndate: 2026-11-01")], today: Self.today)
        let json = ReportRenderer.json(model)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["actions", "difficult", "feedback", "funnel", "improvements", "offers", "pipeline", "strengths"])
        #expect((object["actions"] as? [Any])?.isEmpty == true)
    }

    @Test func actionsAppearOnlyWhenGiven() {
        let entries = [Self.entry("a.md", "company: A\ndate: 2026-11-01")]
        let without = ReportModel(entries: entries, today: Self.today)
        #expect(!ReportRenderer.text(without, color: false).contains("ACTIONS"))
        #expect(!ReportRenderer.markdown(without).contains("actions"))
        let with = ReportModel(entries: entries, today: Self.today,
                               actions: [ReportAction(text: "Send a thank-you note to Dana", due: CalendarDay(iso: "2026-11-22"), entry: "a.md")])
        #expect(ReportRenderer.text(with, color: false).contains("TODAY'S ACTIONS\n  • overdue since 2026-11-22: Send a thank-you note to Dana\n"))
        #expect(ReportRenderer.markdown(with).contains("## Today's actions\n\n- **overdue since 2026-11-22**: Send a thank-you note to Dana\n"))
        #expect(ReportRenderer.json(with).contains("\"message\" : \"Send a thank-you note to Dana\""))
        let none = ReportModel(entries: entries, today: Self.today, actions: [])
        #expect(ReportRenderer.text(none, color: false).contains("TODAY'S ACTIONS\n  Nothing due.\n"))
    }
}

import Foundation
