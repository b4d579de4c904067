import Testing
@testable import JournalKit

/// Each action says how to record it as done, as a `journal log` command line.
@Suite struct RecordCommandTests {
    @Test func companyNamesAreOneShellWord() {
        #expect(RecordCommand.shellWord("Initech") == "Initech")
        #expect(RecordCommand.shellWord("Acme Corp") == "'Acme Corp'")
        #expect(RecordCommand.shellWord("O'Reilly Media") == "'O'\\''Reilly Media'")
        #expect(RecordCommand.shellWord("$(rm -rf ~)") == "'$(rm -rf ~)'")
        #expect(RecordCommand.shellWord("面试公司") == "'面试公司'")
        #expect(RecordCommand.shellWord("") == "''")
    }

    @Test func aCompanyWithTwoApplicationsIsNamedWithItsNote() {
        let backend = Advice.entry("company: Acme Corp\napplication: backend\ndate: 2026-11-18\nstage: onsite", path: "acme-backend.md")
        let data = Advice.entry("company: Acme Corp.\napplication: data\ndate: 2026-11-18\nstage: screen", path: "acme data.md")
        let solo = Advice.entry("company: Hooli\nrole: SRE\ndate: 2026-11-18\nstage: onsite", path: "hooli.md")
        let records = Advice.actions([backend, data, solo], today: "2026-11-19", kind: .thankYou).map { $0.record ?? "" }.sorted()
        #expect(records == [
            "journal log 'Acme Corp' thank-you --file acme-backend.md",
            "journal log 'Acme Corp.' thank-you --file 'acme data.md'",
            "journal log Hooli thank-you",
        ])
    }

    @Test func stepsDoneInTheNotesHaveNoCommand() {
        let e = Advice.entry("company: Hooli\ndate: 2026-11-18\nstage: onsite", "## Next steps\n- [ ] Send the portfolio link by 2026-11-20\n")
        let steps = Advice.actions([e], today: "2026-11-19", kind: .nextStep)
        #expect(steps.count == 1)
        #expect(steps.allSatisfy { $0.record == nil && !$0.message.contains("journal log") })
    }
}
