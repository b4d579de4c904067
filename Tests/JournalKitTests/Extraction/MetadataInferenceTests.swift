import Testing
@testable import JournalKit

/// Dates, outcomes, companies and stages read from the text, the path and the file name
/// of notes without front-matter (issue 15, point 5), one test per rule.
@Suite struct DateInferenceTests {
    private func day(_ iso: String) -> CalendarDay { CalendarDay(iso: iso)! }

    @Test func theEarliestRoundHeadingDatesTheInterview() {
        let result = read("""
            # Northwind
            ## Round 2: System design (60 min) – March 4, 2026
            - Design a rate limiter
            ## Round 1: Coding (45 min) (Feb 26th, 2026)
            - Reverse a linked list
            """, path: "northwind.md")
        #expect(result.entry?.date == Sourced(day("2026-02-26"), from: .sectionHeading))
        #expect(result.entry?.fieldLines["date"] == 4)
        #expect(messages(result, notes: true).contains(
            "4:1: note: the interview date 2026-02-26 comes from the heading 'Round 1: Coding (45 min) (Feb 26th, 2026)'; state it with `date: 2026-02-26` in the front-matter"))
    }

    @Test func aDateFieldInARound() {
        let e = entry("# Tessera\n### Online assessment\n- **Date:** January 22, 2026\n- **Duration:** 60 minutes\n", path: "tessera.md")
        #expect(e.date == Sourced(day("2026-01-22"), from: .body))
    }

    @Test func anOfferDateIsNoInterviewDate() {
        let e = entry("# Tessera\n## Verdict\n**Offer Date**: January 9, 2026\n", path: "tessera.md")
        #expect(e.date == nil)
    }

    @Test func aYearFolderAndAMonthDayFolder() {
        let e = entry("# Notes\n## Questions\n- Why us?\n", path: "2024/03-14/notes.md")
        #expect(e.date == Sourced(day("2024-03-14"), from: .folderPath))
    }

    @Test func aMonthFolderIsTheLastResort() {
        #expect(entry("- Why us?\n", path: "2026-03/quill.md").date == Sourced(day("2026-03-01"), from: .folderPath))
        #expect(entry("Met them on 12 March 2026.\n", path: "2026-03/quill.md").date == Sourced(day("2026-03-12"), from: .body))
    }

    @Test func aMonthNameFolder() {
        #expect(entry("- Why us?\n", path: "Quill/Scala Developer Dec 2025/README.md").date == Sourced(day("2025-12-01"), from: .folderPath))
    }

    @Test func aRowOfDataIsNoProse() {
        #expect(entry("# Quill\n\n1  Rahul  2022-10-22\n", path: "quill.md").date == nil)
    }

    @Test func proseNearTheTop() {
        let e = entry("# Quill\n\nI interviewed with Quill on 14/03/2024 for a backend role.\n", path: "quill.md")
        #expect(e.date == Sourced(day("2024-03-14"), from: .body))
    }

    @Test func anAmbiguousNumericDateIsNotRead() {
        #expect(Inference.findDate(in: "on 03/04/2024") == nil)
        #expect(Inference.findDate(in: "2026年3月4日 一面") == day("2026-03-04"))
    }

    @Test func theFileNameComesFirst() {
        let e = entry("## Round 1 (Dec 31, 2025)\n- Two sum\n", path: "2026-01-02-quill.md")
        #expect(e.date == Sourced(day("2026-01-02"), from: .fileName))
    }
}

@Suite struct OutcomeInferenceTests {
    @Test func aVerdictHeadingAndTheWordUnderIt() {
        let e = entry("# Ciron\n## Round 1\n- Two sum\n## Verdict\n\nRejected", path: "ciron.md")
        #expect(e.outcome == Outcome("rejected"))
        #expect(e.inferred["outcome"] == .sectionHeading)
        #expect(e.fieldLines["outcome"] == 4)
    }

    @Test func aVerdictInTheHeadingItself() {
        #expect(entry("# Ciron\n## Result: Selected ✅\n", path: "ciron.md").outcome == Outcome("offer"))
    }

    @Test func aResultField() {
        #expect(entry("# Ciron\n- **Status:** not selected\n", path: "ciron.md").outcome == Outcome("rejected"))
    }

    @Test func theClosingLines() {
        let rejected = entry("# Ciron\n## Round 1\n- Two sum\n\nA week later they decided not to move forward with me.\n", path: "ciron.md")
        #expect(rejected.outcome == Outcome("rejected"))
        #expect(rejected.inferred["outcome"] == .body)
        #expect(entry("# Ciron\n## Round 1\n- Two sum\n\nAnd finally I got selected!\n", path: "ciron.md").outcome == Outcome("offer"))
        #expect(entry("# Ciron\n## Round 1\n- Two sum\n\nHR said the result will be out in 2 days.\n", path: "ciron.md").outcome == Outcome("pending"))
    }

    @Test func wholeWordsOnly() {
        // "depending" holds "pending"; advice about rejection is not the candidate's outcome.
        #expect(entry("# Ciron\n## Round 1\n- Two sum\n\nThe wait may be longer depending on the team.\n", path: "ciron.md").outcome == nil)
        #expect(entry("# Ciron\n## Round 1\n- Two sum\n\nDon't be sad if you get rejected.\n", path: "ciron.md").outcome == nil)
    }

    @Test func theFolderName() {
        let e = entry("# Vantor\n## Round 1\n- Two sum\n", path: "3.Vantor Systems (remote) { SELECTED }/Interview_Experience.md")
        #expect(e.outcome == Outcome("offer"))
        #expect(e.inferred["outcome"] == .folderPath)
        #expect(e.company?.value == "Vantor Systems")
    }

    @Test func theFrontMatterWins() {
        #expect(entry("---\noutcome: pending\n---\n## Verdict\nRejected\n", path: "ciron.md").outcome == Outcome("pending"))
    }
}

@Suite struct CompanyAndStageInferenceTests {
    @Test func genericFoldersAreSkippedGoingUp() {
        #expect(entry("## Round 1\n- Two sum\n", path: "Orbitly/Interview/README.md").company == Sourced("Orbitly", from: .folderName))
        #expect(entry("## Round 1\n- Two sum\n", path: "Y2026/Orbitly/Notes.md").company == Sourced("Orbitly", from: .folderName))
        #expect(entry("## Round 1\n- Two sum\n", path: "Orbitly/My Interview/2024/notes.md").company == Sourced("Orbitly", from: .folderName))
    }

    @Test func roleAndRoundFoldersAreSkippedGoingUp() {
        #expect(entry("## Round 1\n- Two sum\n", path: "Orbitly/Python Developer/README.md").company?.value == "Orbitly")
        #expect(entry("## Round 1\n- Two sum\n", path: "Orbitly/Online Test/Readme.md").company?.value == "Orbitly")
        #expect(entry("## Round 1\n- Two sum\n", path: "Orbitly/Set-2/README.md").company?.value == "Orbitly")
    }

    @Test func aStageWordAloneCountsOnlyAtTheEndOfAFileName() {
        #expect(entry("# Quill\n", path: "2026-03-05-quill-technical.md").stage == Stage("technical"))
        #expect(entry("# Technical Solutions Engineer at Quill\n", path: "quill.md").stage == nil)
    }

    @Test func aFileNameThatJournalNewWroteWinsOverTheFirstHeading() {
        let result = read("# Lumen Labs recruiter call 3/3\n\n- Salary band discussed\n", path: "2026-03-05-lumen-labs-recruiter.md")
        #expect(result.entry?.company == Sourced("Lumen Labs", from: .fileName))
        #expect(result.entry?.stage == Stage("recruiter"))
        #expect(result.entry?.inferred["stage"] == .fileName)
    }

    @Test func aTitleThatSaysMoreThanTheCompany() {
        #expect(entry("# My Initech Interview Experience\n", path: "a.md").company?.value == "Initech")
        #expect(entry("# My Journey to a Summer Internship at Hooli\n", path: "a.md").company?.value == "Hooli")
        #expect(entry("# Tessera Frontend Developer - Interview Experience\n", path: "a.md").company?.value == "Tessera")
        #expect(entry("# 星云科技C++实习一面\n", path: "a.md").company?.value == "星云科技")
        #expect(entry("# Any suggestions on improving this process?\n", path: "a.md").company == nil)
    }

    @Test func stageFromTheFirstHeading() {
        let e = entry("# Quill — take-home\n", path: "quill.md")
        #expect(e.stage == Stage("take-home"))
        #expect(e.inferred["stage"] == .heading)
    }
}
