import Testing
@testable import JournalKit

/// Problems spelled over several lines, and the company of a note under a generic title
/// (issue 15, gaps 1 and 2): one test per rule, on notes written the way write-ups are.
@Suite struct WrittenUpStatementsTests {
    @Test func aProblemSpelledOverTwoLinesOfAListItemIsOneQuestion() {
        let e = entry("""
        ## Round 1: Coding
        - You are given a grid of land and water cells.
          Return the number of islands in it.
        - Explain how a hash map resolves collisions.
        """)
        #expect(e.questions.map(\.text) == ["You are given a grid of land and water cells. Return the number of islands in it.",
                                            "Explain how a hash map resolves collisions."])
        #expect(e.questions.map(\.notes) == [[], []])
    }

    @Test func theCandidatesStoryAfterAProblemStaysItsNote() {
        let e = entry("""
        ## Round 2
        - There are n servers and a list of jobs with durations.
          Find the least time to finish every job.
          I sorted the jobs first and used a heap.
        - Given two sorted lists, merge them.
          The interviewer liked it.
        """)
        #expect(e.questions.map(\.text) == ["There are n servers and a list of jobs with durations. Find the least time to finish every job.",
                                            "Given two sorted lists, merge them."])
        #expect(e.questions.map(\.notes) == [["I sorted the jobs first and used a heap."], ["The interviewer liked it."]])
    }

    @Test func aLineThatSetsNoProblemIsNotJoined() {
        // A question that sets no problem up: the imperative on the next line is not its statement.
        let e = entry("""
        ## Questions
        - What is a closure?
          Return to it later.
        """)
        #expect(e.questions.map(\.text) == ["What is a closure?"])
        #expect(e.questions.first?.notes == ["Return to it later."])
    }

    @Test func theSubPartsOfAProblemAreItsNotes() {
        let e = entry("""
        ## Round 1
        - Given a binary tree, find its diameter.
          - Input: the root of the tree
          - Constraints: up to 10^5 nodes
        """)
        #expect(e.questions.map(\.text) == ["Given a binary tree, find its diameter."])
        #expect(e.questions.first?.notes == ["Input: the root of the tree", "Constraints: up to 10^5 nodes"])
    }

    @Test func aSystemDesignLabelOverAParagraphStatesTheWholeProblem() {
        let e = entry("""
        ## Round 3

        System design:

        We run a food delivery app in three cities.
        Design the service that assigns orders to riders.

        I was not able to explain how it handles a rider going offline.
        """)
        #expect(e.questions.map(\.text) == ["We run a food delivery app in three cities. Design the service that assigns orders to riders."])
        #expect(e.questions.first?.difficult == true)
        #expect(e.questions.first?.location.line == 5)
    }

    @Test func aConditionAfterAProblemDoesNotMakeItDifficult() {
        let e = entry("""
        ## Round 3

        System design:

        Design a URL shortener.

        He said I could ask for hints if I got stuck.
        """)
        #expect(e.questions.map(\.text) == ["Design a URL shortener."])
        #expect(e.questions.first?.difficult == false)
    }

    @Test func aProblemSpelledOverLinesInOtherLanguages() {
        let e = entry("""
        ## Ronda 1
        - Dado un arreglo de enteros y un número k.
          Devuelve la suma máxima de k elementos seguidos.
        """)
        #expect(e.questions.map(\.text) == ["Dado un arreglo de enteros y un número k. Devuelve la suma máxima de k elementos seguidos."])
    }

    @Test func theCompanyInTheFirstSentenceUnderAGenericTitle() {
        let e = entry("""
        # My interview experience

        Last month I interviewed at Brackenridge Analytics for a data engineering role.

        ## Round 1
        - Explain what a window function does.
        """, path: "2026-02-10.md")
        #expect(e.company == Sourced("Brackenridge Analytics", from: .body))
    }

    @Test func theCompanyInASecondLevelHeadingUnderAGenericTitle() {
        let e = entry("""
        # Interview notes

        ## Onsite interview with Tallow & Finch

        - Design a rate limiter.
        """, path: "2026-02-10.md")
        #expect(e.company == Sourced("Tallow & Finch", from: .sectionHeading))
    }

    @Test func aTitleThatNamesTheCompanyWinsOverTheText() {
        let e = entry("""
        # Acme onsite

        I interviewed at Globex last year, and this went better.
        """, path: "2026-02-10.md")
        #expect(e.company == Sourced("Acme", from: .heading))
    }

    @Test func roundHeadingsAndLowercaseWordsNameNoCompany() {
        let e = entry("""
        # My interview experience

        I had an interview at the local office at 10am.

        ## Round 1: DSA
        - Explain what a window function does.
        """, path: "2026-02-10.md")
        #expect(e.company == nil)
    }

    @Test func aGenericTitleGivesWayToTheFileName() {
        #expect(entry("# Interview experience\n\n- Design a cache.\n", path: "fenwick-pay-onsite.md").company == Sourced("fenwick pay", from: .fileName))
        #expect(entry("# My interview\n", path: "notes.md").company == nil)
    }
}

/// `<details><summary>…</summary>…</details>` blocks, as GitHub write-ups fold answers (issue 15, gap 3).
@Suite struct WrittenUpDetailsTests {
    @Test func theSummaryIsTheQuestionAndWhatItFoldsItsNotes() {
        let e = entry("""
        ## Round 1

        <details>
        <summary>What is the <b>event loop</b> in Node.js?</summary>

        One thread, a queue of callbacks.

        </details>

        <details><summary>Design a URL shortener.</summary>Base62 ids in a counter table.</details>
        """)
        #expect(e.questions.map(\.text) == ["What is the event loop in Node.js?", "Design a URL shortener."])
        #expect(e.questions.map(\.notes) == [["One thread, a queue of callbacks."], ["Base62 ids in a counter table."]])
        #expect(e.questions.map(\.location.line) == [4, 10])
    }

    @Test func anAnswerSummaryAddsToTheLastQuestion() {
        let e = entry("""
        ## Round 1

        - Explain optimistic locking.

        <details>
        <summary>Show answer</summary>

        A version column checked on update.

        </details>

        After the round I waited an hour.
        """)
        #expect(e.questions.map(\.text) == ["Explain optimistic locking."])
        #expect(e.questions.first?.notes == ["A version column checked on update."])
    }

    @Test func aGroupSummaryFoldsItsQuestions() {
        let e = entry("""
        ## Interview

        <details>
        <summary>Questions they asked</summary>

        - Started with my intro.
        - Merge two sorted arrays in place.

        </details>
        """)
        #expect(e.questions.map(\.text) == ["Merge two sorted arrays in place."])
    }

    @Test func entitiesInASummaryAreDecoded() {
        #expect(DetailsBlock.summary("<details>\n<summary>What is &lt;div&gt; vs &lt;span&gt;?</summary>\n")?.summary == "What is <div> vs <span>?")
        #expect(DetailsBlock.summary("<div>no summary</div>") == nil)
    }
}

/// Round labels written as plain lines and `Task:` leads (issue 15: shapes from write-ups found with search).
@Suite struct WrittenUpPlainRoundTests {
    @Test func aPlainRoundLineEndsTheLastProblemAndStartsARound() {
        let e = entry("""
        Round 1: Coding (1 hr)

        Question 1 - Arrays
        Given a list of prices, find the best day to sell.

        Round 2: System design - 1 hr

        Task: Design a notification service.
        We discussed retries.
        """)
        #expect(e.questions.map(\.text) == ["Given a list of prices, find the best day to sell.", "Design a notification service."])
        #expect(e.questions.first?.notes == ["Arrays"])
        #expect(e.questions.map(\.round) == ["Round 1: Coding (1 hr)", "Round 2: System design - 1 hr"])
        #expect(e.questions.last?.notes == ["We discussed retries."])
    }

    @Test func aTopicAfterALeadGivesWayToTheStatementUnderIt() {
        let e = entry("""
        ## Round 1
        Q1: Two sum
        I used a hash map.

        Question 2 - DSA
        Problem based on arrays, with a circular twist.
        """)
        #expect(e.questions.map(\.text) == ["Two sum", "Problem based on arrays, with a circular twist."])
        #expect(e.questions.map(\.notes) == [["I used a hash map."], ["DSA"]])
    }

    @Test func aProblemLeadNeedsAStatement() {
        #expect(QuestionText.problemLead("Task: Design a rate limiter.") == "Task:")
        #expect(QuestionText.problemLead("Problem statement: Given a tree, find its height.") == "Problem statement:")
        #expect(QuestionText.problemLead("Task: none") == nil)
        #expect(QuestionText.problemLead("My favourite part: the whiteboard") == nil)
    }

    @Test func outsideARoundAProblemLeadIsNotRead() {
        let e = entry("""
        # Notes to self

        Task: Ask the recruiter about relocation.
        """)
        #expect(e.questions.isEmpty)
    }
}
