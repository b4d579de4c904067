import JournalKit
import Testing

/// One identity per application (`ApplicationKey`): `due`, the report, `practice`, `prep`
/// and `log` agree on which notes are one application and which is the latest.
@Suite struct ApplicationKeyTests {
    static let today = CalendarDay(iso: "2026-11-23")!

    static func entry(_ path: String, _ front: String, _ body: String = "") -> Entry {
        TestEntries.entry(path, "---\n" + front + "\n---\n" + body)
    }

    /// "Acme Corp" and "Acme Corp." (and "ACME corp"), with a phone screen and an onsite on
    /// one day whose paths sort the other way round.
    static let entries = [
        entry("z-phone.md", "company: Acme Corp\nrole: Backend\ndate: 2026-11-10\nstage: phone-screen\nthank_you: 2026-11-10",
              "## Questions\n- What's your biggest weakness?\n"),
        entry("a-onsite.md", "company: Acme Corp.\ndate: 2026-11-10\nstage: onsite\ndecision_by: 2026-11-30",
              "## Questions\n- What is your biggest weakness?\n"),
        entry("globex.md", "company: Globex\ndate: 2026-11-02\nstage: technical\noutcome: rejected"),
        entry("acme-early.md", "company: ACME corp\ndate: 2026-11-01\nstage: recruiter"),
    ]

    @Test func punctuationAndCaseMakeNoSecondApplication() {
        #expect(ApplicationKey.company("Acme Corp") == ApplicationKey.company("Acme Corp."))
        #expect(ApplicationKey.company("Acme Corp") == ApplicationKey.company(" ACME-corp "))
        #expect(ApplicationKey.company("Acme Corp") != ApplicationKey.company("Acme Co"))
        #expect(ApplicationKey.company("星云科技") != ApplicationKey.company("Globex"))
    }

    @Test func reportAndDueAgree() {
        let applications = Application.group(Self.entries)
        #expect(applications.map(\.company) == ["Acme Corp.", "Globex"])
        let report = ReportModel(entries: Self.entries, today: Self.today)
        #expect(report.pipeline.count == 2)
        let acme = report.pipeline.first { ApplicationKey.company($0.company) == ApplicationKey.company("acme corp") }
        // The same notes in the same order: the onsite (a later stage on the same day) is the latest in both.
        #expect(acme?.entries == applications[0].entries.map(\.path))
        #expect(acme?.entries == ["acme-early.md", "z-phone.md", "a-onsite.md"])
        #expect(acme?.company == applications[0].latest.companyName)
        #expect(acme?.stage?.name == "onsite")
        // `due` speaks of the application once, from its latest note.
        let actions = AdviceEngine.actions(for: Self.entries, today: Self.today, config: JournalConfig(), firstCommitDays: [:])
        let acmeActions = actions.filter { ApplicationKey.company($0.company) == ApplicationKey.company("acme corp") }
        #expect(Set(acmeActions.map(\.company)) == ["Acme Corp."])
        #expect(acmeActions.allSatisfy { $0.path == "a-onsite.md" })
        #expect(report.funnel.applications == 2)
    }

    @Test func practiceCountsTheCompanyOnce() {
        let practice = PracticeList(entries: Self.entries)
        let weakness = practice.questions.first { $0.text.lowercased().contains("weakness") }
        #expect(weakness?.count == 2)
        #expect(weakness?.companies.count == 1)
    }

    @Test func logFindsTheApplicationWhateverTheSpelling() {
        guard case .found(let application) = ApplicationLookup.resolve("acme", in: Self.entries) else {
            Issue.record("acme not found")
            return
        }
        #expect(application.entries.count == 3)
        #expect(application.latestNote(onOrBefore: Self.today).path == "a-onsite.md")
        #expect(application.latestNote(onOrBefore: CalendarDay(iso: "2026-11-05")!).path == "acme-early.md")
    }
}
