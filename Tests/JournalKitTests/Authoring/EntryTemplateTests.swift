import Testing
@testable import JournalKit

@Suite struct EntryTemplateTests {
    let day = CalendarDay(iso: "2026-11-18")!

    private func readBack(_ text: String) -> EntryReader.Result {
        EntryReader().read(path: "new.md", bytes: Array(text.utf8))
    }

    @Test func theBuiltInTemplateMakesAnEntryWithoutAnyProblem() throws {
        let text = EntryTemplate.builtIn.render(.init(company: "Acme Corp", role: "Backend Engineer", date: day, stage: "onsite"))
        let result = readBack(text)
        #expect(result.diagnostics.isEmpty)
        let entry = try #require(result.entry)
        #expect(entry.company?.value == "Acme Corp")
        #expect(entry.company?.source == .frontMatter)
        #expect(entry.role == "Backend Engineer")
        #expect(entry.date?.value == day)
        #expect(entry.stage == Stage("onsite"))
        #expect(entry.outcome == Outcome("pending"))
        #expect(entry.thankYou == DoneMark(done: false))
        #expect(entry.followUps.isEmpty && entry.interviewers.isEmpty && entry.decisionBy == nil)
        #expect(entry.title.value == "Acme Corp — onsite")
        #expect(text.hasPrefix("---\ncompany: Acme Corp\nrole: Backend Engineer\ndate: 2026-11-18\nstage: onsite\n"))
    }

    @Test func everySectionOfTheBuiltInTemplateIsRecognised() {
        let classifier = SectionClassifier()
        let headings = EntryTemplate.builtIn.text.split(separator: "\n").filter { $0.hasPrefix("## ") || $0.hasPrefix("### ") }
        let kinds = headings.map { classifier.classify(String($0.drop { $0 == "#" })) }
        #expect(kinds == [.questions, .difficult, .askedThem, .nextSteps, .reflection, .wentWell, .toImprove, .feedback])
    }

    @Test func emptyValuesLeaveEmptyKeysWithoutTrailingSpaces() {
        let text = EntryTemplate.builtIn.render(.init(company: "Globex", date: day))
        #expect(text.hasPrefix("---\ncompany: Globex\nrole:\ndate: 2026-11-18\nstage:\n"))
        #expect(text.contains("\n# Globex\n"))
        #expect(readBack(text).diagnostics.isEmpty)
    }

    @Test(arguments: ["Foo: \"Bar\"", "a #b", "#hash", "- item", "true", "null", "~", "'quoted'", "back\\slash", "@at", "&anchor", "*alias",
                      "!tag", "|pipe", ">fold", "%percent", "[list]", "{map}", "a, b", "Société Générale", "東京", "🚀 Rockets", "123",
                      "2026-11-18", "trailing: ", "\u{FEFF}bom", "x\u{2028}y"])
    func companyNamesRoundTripThroughTheFrontMatter(_ company: String) throws {
        let values = EntryTemplate.Values(company: company, role: company, date: day, stage: company)
        let result = readBack(EntryTemplate.builtIn.render(values))
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        let entry = try #require(result.entry)
        #expect(entry.company?.value == values.company)
        #expect(entry.company?.source == .frontMatter)
        #expect(entry.role == values.company)
    }

    @Test func namesAreCleanedToOneLine() {
        #expect(EntryTemplate.clean("  Acme\n\tCorp\r\n ") == "Acme Corp")
        #expect(EntryTemplate.clean("a\u{0}b\u{1B}[31mc") == "a b [31mc")
        #expect(EntryTemplate.clean("\n") == "")
    }

    @Test func yamlScalarsArePlainOnlyWhenSafe() {
        #expect(EntryTemplate.yamlScalar("Acme Corp") == "Acme Corp")
        #expect(EntryTemplate.yamlScalar("O'Reilly (UK)") == "O'Reilly (UK)")
        #expect(EntryTemplate.yamlScalar("Foo: \"Bar\"") == "\"Foo: \\\"Bar\\\"\"")
        #expect(EntryTemplate.yamlScalar("yes") == "\"yes\"")
        #expect(EntryTemplate.yamlScalar("Acme, Inc.") == "\"Acme, Inc.\"")
        #expect(EntryTemplate.yamlScalar("a\u{7}b\\") == "\"a\\x07b\\\\\"")
    }

    @Test func aUserTemplateGetsQuotedAndUnquotedPlaceholders() {
        let template = EntryTemplate("""
            ---
            company: "{{company}}"
            role: '{{ role }}'
            when: {{date}}
            note: {{unknown}}
            ---
            # {{title}} on {{date}} ({{unknown}})
            Stage: {{stage}}
            """)
        let text = template.render(.init(company: "Foo: \"Bar\"", role: "It's me", date: day, stage: "final"))
        #expect(text == """
            ---
            company: "Foo: \\"Bar\\""
            role: It's me
            when: 2026-11-18
            note: {{unknown}}
            ---
            # Foo: "Bar" — final on 2026-11-18 ({{unknown}})
            Stage: final
            """)
    }

    @Test func theFirstEmptySectionIsWhereWritingStarts() {
        let text = EntryTemplate.builtIn.render(.init(company: "Acme", date: day))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let line = EntryTemplate.firstEmptySectionLine(in: text)
        #expect(line.map { lines[$0 - 2] } == "     Tag them (#behavioral, #system-design) and mark the hard ones with #hard. -->")
        #expect(line.map { lines[$0 - 1] } == "")

        #expect(EntryTemplate.firstEmptySectionLine(in: "# T\n## Questions\n- Why us?\n## Next steps\n- [ ]\n") == 5)
        #expect(EntryTemplate.firstEmptySectionLine(in: "## Questions\n- Why?\n## Reflection\n### Went well\n- calm\n### To improve\n") == 7)
        #expect(EntryTemplate.firstEmptySectionLine(in: "## Questions\n```\n# not a heading\n```\n## Feedback\n<!-- later -->\n\n") == 7)
        #expect(EntryTemplate.firstEmptySectionLine(in: "## Questions\n- Why?\n") == nil)
        #expect(EntryTemplate.firstEmptySectionLine(in: "---\ntitle: x\n---\n# Only a title\n") == nil)
    }
}
