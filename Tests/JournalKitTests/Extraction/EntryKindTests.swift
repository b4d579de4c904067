import Testing
@testable import JournalKit

/// Interview, question bank or template; every task item a next step; the warning for an
/// interview note that yields no question (issue 15), one test per rule.
@Suite struct EntryKindTests {
    @Test func bracketedPromptsMakeATemplateWithNoQuestion() {
        let result = read("""
            # Debrief form
            ### Company: [Company Name]
            ### Date: [Date]
            #### Technical Questions
            - [Question 1] - [How I answered]
            - [Question 2] - [How I answered]
            """, path: "debrief.md")
        let e = result.entry!
        #expect(e.kind == .template)
        #expect(e.inferred["kind"] == .body)
        #expect(e.questions.isEmpty)
        #expect(e.company == nil)
        #expect(messages(result) == [
            "1:1: warning: this file is read as a template, not an interview, because it has 4 lines with prompts such as [Company Name]: it is left out of the pipeline, `due`, `list` (see `list --all`) and practice. Write `kind: template` in the front-matter to say so, or `kind: interview` if it records a real interview",
        ])
    }

    @Test func templateSyntaxMakesATemplate() {
        #expect(entry("# {{company}} notes\n**Date:** {{date}}\n## Questions\n1.\n2.\n", path: "notes.md").kind == .template)
        // A Hugo shortcode is not a placeholder.
        #expect(entry("# Hooli\n{{< figure src=\"a.gif\" >}}\n## Questions\n- Why Hooli?\n", path: "hooli.md").kind == .interview)
    }

    @Test func emptyFieldsMakeATemplate() {
        let e = entry("### Plan\n> - **Problem**::\n> - **Desire**::\n> - **Plan**::\n", path: "plan.md")
        #expect(e.kind == .template)
    }

    @Test func aRoundLabelInBracketsIsNoPrompt() {
        let e = entry("# Orbitly\n## [Round 1] Coding\n### [Coding] Ledger\n- Buy [BY] and sell [SL] orders\n", path: "orbitly.md")
        #expect(e.kind == .interview)
    }

    @Test func aChecklistByNameIsATemplate() {
        let e = entry("- [ ] Charge the laptop\n- [ ] Print the CV\n", path: "Checklists/Day before.md")
        #expect(e.kind == .template)
        #expect(e.inferred["kind"] == .fileName)
        #expect(e.nextSteps.map(\.text) == ["Charge the laptop", "Print the CV"])
    }

    @Test func manyQuestionsAndNoNarrativeMakeABank() {
        let questions = (1...9).map { "- Tell me about a time you had to handle conflict number \($0)?" }.joined(separator: "\n")
        let e = entry("# Behavioral questions\n## Questions\n" + questions + "\n", path: "behavioral.md")
        #expect(e.kind == .questionBank)
        #expect(e.questions.count == 9)
        #expect(e.company == nil)
    }

    @Test func narrativeKeepsAnInterviewAnInterview() {
        let questions = (1...9).map { "- Question number \($0) about queues?" }.joined(separator: "\n")
        let e = entry("# Quill\nThe interviewer asked me these:\n## Questions\n" + questions + "\n", path: "quill.md")
        #expect(e.kind == .interview)
    }

    @Test func questionsToAskThemAreABankWithoutPracticeQuestions() {
        let e = entry("# Questions I asked\n- What does a normal week look like?\n- How is on-call run?\n- Who reviews code?\n", path: "asking.md")
        #expect(e.kind == .questionBank)
        #expect(e.questions.isEmpty)
        #expect(e.askedThem.count == 3)
    }

    @Test func aStatedKindWins() {
        let e = entry("---\nkind: question bank\n---\n## Questions\n- Why?\n", path: "a.md")
        #expect(e.kind == .questionBank)
        #expect(e.inferred["kind"] == nil)
        let stated = read("---\nkind: interview\n---\n### Company: [Company Name]\n### Date: [Date]\n### Role: [Role]\n", path: "a.md")
        #expect(stated.entry?.kind == .interview)
        let wrong = read("---\nkind: diary\n---\n", path: "a.md")
        #expect(messages(wrong).first == "2:7: warning: 'diary' is not a kind of note journal knows; write `interview`, `question-bank` or `template` (the kind is inferred meanwhile)")
    }
}

@Suite struct TaskItemTests {
    @Test func everyTaskItemIsANextStepAndNothingInCode() {
        let e = entry("""
            # Quill
            ## Round 1
            - Two sum
            - [ ] Send the thank-you note 📅 2026-03-06
            ## Prep
            > [!todo] Plan
            > - Read up
            >     - [x] Review the job description
            ```
            - [ ] not a task, code
            ```
            - plain item
                - [-] Call the recruiter
            """, path: "2026-03-05-quill.md")
        #expect(e.nextSteps.map(\.text) == ["Send the thank-you note 📅 2026-03-06", "Review the job description", "Call the recruiter"])
        #expect(e.nextSteps.map(\.state) == [.open, .done, .cancelled])
        #expect(e.nextSteps.first?.due == CalendarDay(iso: "2026-03-06"))
        #expect(e.nextSteps.map(\.location.line) == [4, 8, 13])
    }

    @Test func aNextStepsSectionIsReadOnce() {
        let e = entry("# Quill\n## Next steps\n- [ ] Write back\n- Wait for the call\n", path: "2026-03-05-quill.md")
        #expect(e.nextSteps.map(\.text) == ["Write back", "Wait for the call"])
    }
}

@Suite struct NoQuestionWarningTests {
    @Test func namesTheHeadingsItDidNotRecognise() {
        let result = read("# Quill\n## Interview flow\n- Started with intro\n## DSA part\nWe did a graph problem.\n", path: "2026-03-05-quill.md")
        #expect(messages(result) == [
            "2:1: warning: no question found in this interview note; journal did not recognise the headings 'Interview flow', 'DSA part' as a section of questions. Use a heading word such as `Questions` or `Round 1`, add the heading to `sections: questions:` in .journal/config.yml, or start each question with `Q:` (or write `kind: question-bank` or `kind: template` if it is no interview)",
        ])
    }

    @Test func aBareListWithoutHeadings() {
        let result = read("- Started with intro\n- Then small talk\n", path: "2026-03-05-quill.md")
        #expect(messages(result).first?.hasPrefix("1:1: warning: no question found in this interview note; put the questions under a heading such as `## Questions`") == true)
    }

    @Test func anUnfilledQuestionsSectionIsNoFailure() {
        #expect(messages(read("# Quill\n## Questions\n\n## Next steps\n- [ ] Thank them\n", path: "2026-03-05-quill.md")).isEmpty)
    }

    @Test func aRecruiterCallNeedsNoQuestion() {
        #expect(messages(read("# Quill\n## Notes\n- Salary band\n- Remote is fine\n", path: "2026-03-05-quill-recruiter.md")).isEmpty)
    }
}
