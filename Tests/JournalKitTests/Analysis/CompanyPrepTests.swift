import JournalKit
import Testing

@Suite struct CompanyPrepTests {
    static let entries = [
        Advice.entry("company: Acme\ndate: 2026-11-02", "## Questions\n- Why Acme? #behavioral\n- Design a cache #hard\n", path: "a.md"),
        Advice.entry("company: Acme Labs\ndate: 2026-11-03", "## Questions\n- Why Acme Labs?\n", path: "b.md"),
        Advice.entry("company: Globex\ndate: 2026-11-04", "## Questions\n- Tell me about yourself.\n- Design a cache.\n", path: "c.md"),
        Advice.entry("company: Initech\ndate: 2026-11-05", "## Questions\n- Tell me about yourself\n- Reverse a list #hard\n", path: "d.md"),
        Advice.entry("company: ACME\ndate: 2026-11-30\nstage: final", "## Questions\n- Expected: system design\n", path: "e.md"),
    ]

    @Test(arguments: [
        ("acme", CompanyLookup.found("ACME")),
        ("Acme Labs", .found("Acme Labs")),
        ("labs", .found("Acme Labs")),
        ("ac", .ambiguous(["ACME", "Acme Labs"])),
        ("glo", .found("Globex")),
        ("hooli", .unknown(known: ["ACME", "Acme Labs", "Globex", "Initech"])),
        ("", .unknown(known: ["ACME", "Acme Labs", "Globex", "Initech"])),
    ])
    func lookup(query: String, expected: CompanyLookup) {
        #expect(CompanyLookup.resolve(query, in: Self.entries) == expected)
    }

    @Test func likelyQuestionsPutThisCompanysDifficultOnesFirst() {
        let prep = CompanyPrep.build(company: "Acme", entries: Self.entries, today: Advice.day("2026-11-23"))
        #expect(prep.rounds.map(\.path) == ["a.md"])
        #expect(prep.upcoming.map(\.path) == ["e.md"])
        // The final round is still to come: its questions are not "asked" yet.
        #expect(prep.likely.map(\.text) == ["Design a cache.", "Why Acme?", "Tell me about yourself"])
        #expect(prep.likely.map(\.askedHere) == [1, 1, 0])
        #expect(prep.likely.map(\.askedInAll) == [2, 1, 2])
        #expect(prep.likely.first?.otherCompanies == ["Globex"])
        #expect(prep.difficult.map(\.text) == ["Design a cache"])
    }
}

extension CompanyPrepTests {
    @Test func longHistoriesAreSummedUp() {
        var entries = (1...7).map { Advice.entry("company: Acme\ndate: 2026-10-0\($0)", "## Questions\n- Why Acme?\n", path: "acme-\($0).md") }
        for name in ["Globex", "Hooli", "Initech", "Umbrella", "Wayne"] {
            entries.append(Advice.entry("company: \(name)\ndate: 2026-09-01", "## Questions\n- Why Acme?\n", path: "\(name).md"))
        }
        let today = Advice.day("2026-11-23")
        let text = PrepRenderer.text(CompanyPrep.build(company: "Acme", entries: entries, today: today), today: today, color: false)
        #expect(text.hasPrefix("Acme\n7 earlier rounds, from Thu 1 Oct to Wed 7 Oct.\n"))
        #expect(text.hasSuffix("""
            Likely to come up again
              1. Why Acme?
                 asked here 7 times · 12 times in all, also at Globex, Hooli, Initech and 2 other companies

            """))
    }
}
