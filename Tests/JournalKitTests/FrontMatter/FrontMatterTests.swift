import Testing
@testable import JournalKit

@Suite struct FrontMatterTests {
    @Test func knownKeysAndAliasesAreReadCaseInsensitively() {
        let e = entry("""
        ---
        Employer: Acme Corp
        Position: Senior Backend Engineer
        Interview-Date: 2026-11-18
        round_type: On Site
        Round: 3
        Panel:
          - Dana Lee (Engineering Manager)
          - name: Raj Patel
            title: Staff Engineer
            linkedin: https://www.linkedin.com/in/example
            connected: true
        hear back by: 2026-11-25
        thanked: true
        followed_up: [2026-11-26, 2026-11-20]
        references notified: 2026-11-19
        Status: Waiting
        fit: 4
        keywords: backend, referral, Remote
        ---
        # Acme
        """)
        #expect(e.company == Sourced("Acme Corp", from: .frontMatter))
        #expect(e.role == "Senior Backend Engineer")
        #expect(e.date == Sourced(CalendarDay(iso: "2026-11-18")!, from: .frontMatter))
        #expect(e.stage?.name == "onsite")
        #expect(e.round == 3)
        #expect(e.interviewers == [
            Interviewer(name: "Dana Lee", title: "Engineering Manager"),
            Interviewer(name: "Raj Patel", title: "Staff Engineer", linkedin: "https://www.linkedin.com/in/example", connected: true),
        ])
        #expect(e.decisionBy?.description == "2026-11-25")
        #expect(e.thankYou == DoneMark(done: true))
        #expect(e.followUps.map(\.description) == ["2026-11-20", "2026-11-26"])
        #expect(e.refereesNotified == DoneMark(done: true, day: CalendarDay(iso: "2026-11-19")))
        #expect(e.outcome?.name == "pending")
        #expect(e.fit == 4)
        #expect(e.tags == ["backend", "referral", "remote"])
        #expect(e.fieldLines["company"] == 2)
    }

    @Test func unknownKeysAreKeptAsJSON() {
        let e = entry("""
        ---
        company: Acme
        salary_band: [140000, 160000]
        recruiter: {name: Priya, email: p@example.com}
        remote: yes
        ---
        """)
        #expect(e.extra["salary_band"] == .array([.number(140000), .number(160000)]))
        #expect(e.extra["recruiter"] == .object(["name": .string("Priya"), "email": .string("p@example.com")]))
        #expect(e.extra["remote"] == .bool(true))
    }

    @Test func dateTimesAreNeverShiftedByTheirZone() {
        let e = entry("---\ndate: 2026-11-18T23:30:00-08:00\n---\n")
        #expect(e.date?.value.description == "2026-11-18")
        #expect(e.time == "23:30:00-08:00")
        let quoted = entry("---\ndate: \"2026-11-18\"\n---\n")
        #expect(quoted.date?.value.description == "2026-11-18")
    }

    @Test func impossibleDatePointsAtTheValue() {
        let result = read("---\ncompany: Acme\nrole: Engineer\ndate: 2026-13-45\n---\n# Acme\n")
        #expect(messages(result).first == "4:7: error: 'date' is '2026-13-45', which is not a real date: there is no month 13. Write the date as YYYY-MM-DD, e.g. 2026-11-18")
        let feb = read("---\ndate: 2026-02-30\n---\n")
        #expect(messages(feb).first == "2:7: error: 'date' is '2026-02-30', which is not a real date: month 2 of 2026 has 28 days. Write the date as YYYY-MM-DD, e.g. 2026-11-18")
    }

    @Test func unclosedFrontMatterReportsLineOneAndReadsTheBody() {
        let result = read("---\ncompany: Acme\n\n# Acme\n\n## Questions\n- Why us?\n")
        #expect(messages(result).contains("1:1: error: the front-matter opened on line 1 is never closed; add a line with only `---` after the last key (the whole file is read as Markdown meanwhile)"))
        #expect(result.entry?.questions.map(\.text) == ["Why us?"])
    }

    @Test func yamlSyntaxErrorReportsWhereTheParserStopped() {
        let result = read("---\ncompany: Acme\nrole: \"Senior\n---\n")
        let first = try! #require(result.diagnostics.first { $0.severity != .note })
        #expect(first.severity == .error)
        #expect(first.location.line == 3 || first.location.line == 4)
        #expect(first.message.hasPrefix("YAML syntax error:"))
    }

    @Test func wrongTypesNameTheKey() {
        let result = read("---\ncompany: [Acme, Globex]\nfit: high\nround: 0\n---\n")
        #expect(messages(result).filter { $0.contains("error") } == [
            "2:10: error: 'company' should be text, but it is a list",
            "3:6: error: 'fit' should be a whole number from 1 (poor fit) to 5 (great fit), but it is 'high'",
            "4:8: error: 'round' is 0, but it should be a round number such as 1, 2 or 3",
        ])
    }

    @Test func unknownStageAndOutcomeAreWarningsListingTheKnownOnes() {
        let result = read("---\nstage: lunch\noutcome: maybe\n---\n")
        #expect(messages(result).contains("2:8: warning: 'lunch' is not a stage journal knows; it is kept as written but has no place in the funnel. Known stages: phone-screen, recruiter, technical, take-home, onsite, final, reference-check, offer"))
        #expect(messages(result).contains("3:10: warning: 'maybe' is not an outcome journal knows; it is kept as written and treated as pending. Known outcomes: pending, advanced, offer, accepted, declined, rejected, withdrawn, ghosted"))
        #expect(result.entry?.stage?.name == "lunch")
    }

    @Test func misspelledKeySuggestsTheKnownOne() {
        let result = read("---\ncompnay: Acme\nimage: cover.png\n---\n")
        #expect(messages(result).filter { $0.contains("warning") } == ["2:1: warning: unknown key 'compnay' is kept as it is; did you mean 'company'?"])
    }

    @Test func frontMatterThatIsAListIsAnError() {
        let result = read("---\n- a\n- b\n---\nbody\n")
        #expect(messages(result).first == "2:1: error: the front-matter must be a mapping of `key: value` lines, but it is a list; nothing in it was read")
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() {
        let text = "\u{FEFF}---\r\ncompany: Acme\r\ndate: 2026-11-18\r\n---\r\n# Acme\r\n\r\n## Questions\r\n- Why Acme?\r\n"
        let result = read(text)
        #expect(result.diagnostics.filter { $0.severity != .note }.isEmpty)
        #expect(result.entry?.company?.value == "Acme")
        #expect(result.entry?.questions.first?.text == "Why Acme?")
        #expect(result.entry?.questions.first?.location == SourceLocation(path: "entry.md", line: 8, column: 3))
    }

    @Test func tomlFrontMatter() {
        let e = entry("""
        +++
        company = "Acme \\"Labs\\""
        date = 2026-11-18T10:00:00-07:00
        tags = ["backend",
                "remote"]  # comment
        fit = 4

        [params]
        cover = 'x.png'
        +++
        # Acme
        """)
        #expect(e.company?.value == "Acme \"Labs\"")
        #expect(e.date?.value.description == "2026-11-18")
        #expect(e.tags == ["backend", "remote"])
        #expect(e.fit == 4)
        #expect(e.extra["params"] == .object(["cover": .string("x.png")]))
    }

    @Test func tomlSyntaxErrorHasAPosition() {
        let result = read("+++\ncompany = Acme\n+++\n")
        #expect(messages(result).first == "2:11: error: TOML syntax error: 'Acme' is not a TOML value; put text in double quotes; the front-matter is ignored until this is fixed")
    }

    @Test func emptyFrontMatterAndJSONFrontMatter() {
        #expect(read("---\n---\nbody\n").diagnostics.filter { $0.severity == .error }.isEmpty)
        let json = entry("---json\n{\"company\": \"Acme\", \"date\": \"2026-11-18\"}\n---\n")
        #expect(json.company?.value == "Acme")
        #expect(json.date?.value.description == "2026-11-18")
    }

    @Test func frontMatterDoesNotShiftBodyLines() {
        let e = entry("---\ncompany: Acme\nrole: X\n---\n\n## Questions\n\n- First?\n- Second?\n")
        #expect(e.questions.map(\.location.line) == [8, 9])
    }
}
