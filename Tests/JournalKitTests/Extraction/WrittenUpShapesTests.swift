import Testing
@testable import JournalKit

/// Shapes of real write-ups found beyond the visible corpus (issue 15): one test per cue or rule,
/// each on a note written the way those authors write.
@Suite struct WrittenUpShapesTests {
    @Test func aParagraphWrittenOneQuestionALine() {
        let e = entry("""
        Frontend Questions
        ------------------
        Hooks
        What does useMemo cache?
        Difference between useMemo and useCallback.
        Custom Hooks
        Why must a custom hook name start with use?
        """)
        #expect(e.questions.map(\.text) == ["What does useMemo cache?", "Difference between useMemo and useCallback.",
                                            "Why must a custom hook name start with use?"])
        #expect(e.questions.map(\.location.line) == [4, 5, 7])
    }

    @Test func numberedLeadsOnTheLinesOfAParagraph() {
        let e = entry("""
        Round 1: Online Assessment (1 Hour)
        Two medium problems in an hour:
        Problem 1: Longest palindromic substring
        Problem 2: Shortest path in a weighted grid
        Outcome : Solved both.
        """)
        #expect(e.questions.map(\.text) == ["Longest palindromic substring", "Shortest path in a weighted grid"])
        #expect(e.questions.map(\.location.line) == [3, 4])
    }

    @Test func proseWithALineOfItsOwnIsStillProse() {
        // Lines that go on in lowercase were wrapped by an editor: one paragraph of prose.
        let e = entry("""
        ## Round 1
        Then the interviewer asked me how I would design a cache that
        expires entries. What would I evict first? I said the oldest
        one. Why not the least used? I had no answer.
        """)
        #expect(!e.questions.map(\.text).contains("one. Why not the least used?"))
        #expect(e.questions.first?.text.hasPrefix("How I would design a cache that expires entries") == true)
    }

    @Test func aLabelLineAndTheProblemUnderItInOneParagraph() {
        let e = entry("""
        ## Round 1 ( Technical )
        ### 2)
        Then asked a DSA question :-
        given an array of heights, a building sees the sunset if every building to its right is shorter.
        Count the buildings that see the sunset.
        Asked me to write code on paper.
        """)
        #expect(e.questions.map(\.text) == ["given an array of heights, a building sees the sunset if every building to its right is shorter. Count the buildings that see the sunset."])
        #expect(e.questions.first?.notes == ["Asked me to write code on paper."])
        #expect(e.questions.first?.location.line == 4)
    }

    @Test func narrativeBeforeAReportDoesNotUnmakeIt() {
        let e = entry("""
        ## Round 1 - Technical Interview
        The interviewer was friendly and started by asking me to introduce myself. I was also asked the difference between a process and a thread.
        """)
        #expect(e.questions.map(\.text) == ["Introduce myself.", "The difference between a process and a thread."])
    }

    @Test func askedToCountsOnlyAsTheFirstWords() {
        #expect(entry("## Round 1\n\nAsked to explain how TLS certificates are verified.\n").questions.map(\.text)
                == ["Explain how TLS certificates are verified."])
        #expect(entry("# Behavioral prep\n\nThere is a set of common questions that need to be asked to achieve that.\n").questions.isEmpty)
    }

    @Test func aReportOfACountAsksNothing() {
        let e = entry("""
        # Internship interview
        In the first round, the interviewer asked me a simple programming question and its optimization. I was also asked some basic questions related to OOP and DBMS.
        """)
        #expect(e.questions.map(\.text) == ["Some basic questions related to OOP and DBMS."])
        #expect(QuestionClassifier.isGenericMention(["two", "dsa", "problems"]))
        #expect(!QuestionClassifier.isGenericMention(["some", "questions", "on", "oop"]))
    }

    @Test func aOneSentenceTaskParagraphInARound() {
        let e = entry("""
        ## TECHNICAL ROUND 1
        ### Questions focused on SQL and Spark
        Write a SQL query to find the third highest salary in each department

        Design a rate limiter in Scala.

        Design Round

        Recruiter reached out on LinkedIn
        """)
        #expect(e.questions.map(\.text) == ["Write a SQL query to find the third highest salary in each department", "Design a rate limiter in Scala."])
    }

    @Test func theChineseQuestionLead() {
        let e = entry("""
        ## 云帆一面
        ### 2. 项目
        问：先做个自我介绍吧

        问：你做过最有挑战的项目是什么？
        答：一个实时协作白板
        """)
        #expect(e.questions.map(\.text) == ["先做个自我介绍吧", "你做过最有挑战的项目是什么？"])
        #expect(e.questions[1].notes == ["答：一个实时协作白板"])
    }

    @Test func aChineseReportKeepsItsWords() {
        #expect(entry("## 一面\n1. 问了一下实习时间\n").questions.map(\.text) == ["问了一下实习时间"])
    }

    @Test func aHeadingOverAListOfQuestionsNamesTheirGroup() {
        let e = entry("""
        ## 一面
        ### 3. 面试官的问题
        1. 为什么用 netty？
        2. 线程有哪几种状态？
        3. http 和 https 的区别
        """)
        #expect(e.questions.map(\.text) == ["为什么用 netty？", "线程有哪几种状态？", "http 和 https 的区别"])
    }

    @Test func anItemOverNestedQuestionsIsTheirLabel() {
        let e = entry("""
        ## Perguntas
        - Perguntas de back-end
            - O que é REST?
            - Stateless vs Stateful
            - O que você entende por aplicação escalável?
                - Vertical vs horizontal
        - Tell me about your last project
          - Asked me to focus on the hardest part.
        """)
        #expect(e.questions.map(\.text) == ["O que é REST?", "Stateless vs Stateful", "O que você entende por aplicação escalável?",
                                            "Tell me about your last project"])
        #expect(e.questions[2].notes == ["Vertical vs horizontal"])
    }

    @Test func aNumberedExerciseHeadingOutsideRounds() {
        let e = entry("""
        # Ejercicios de programación
        Usa el lenguaje que prefieras.
        ## Ejercicio 1
        Dada una cadena, devuelve otra con las palabras en orden inverso.
        ## Ejercicio 2
        Escribe una función que sume los dígitos de un número.
        """)
        #expect(e.questions.map(\.text) == ["Dada una cadena, devuelve otra con las palabras en orden inverso.",
                                            "Escribe una función que sume los dígitos de un número."])
    }
}

@Suite struct WrittenUpRoundTests {
    @Test func theCandidatesOwnStepsUnderAQuestionsLabel() {
        let e = entry("""
        ## Round 1: Coding
        Questions:
        - 680: Valid Palindrome II
        - The tree had no parent pointers, so I built a graph first.

        Candidate's Approach
        - For the palindrome I skipped one character at most.

        Interviewer's Feedback
        - Seemed unhappy with the extra graph.
        """)
        #expect(e.questions.map(\.text) == ["680: Valid Palindrome II"])
        // After a relative word it is part of what was asked; after a report it never unmakes it.
        #expect(entry("## Round 1\n- Q2. OOP concepts and where I used them\n").questions.map(\.text) == ["OOP concepts and where I used them"])
        #expect(entry("# Corvid\nAfter that he asked me to reverse a linked list in groups of k, and I wrote it on paper.\n").questions.count == 1)
        #expect(e.questions[0].notes.contains("For the palindrome I skipped one character at most."))
    }

    @Test func questionsListedInlineAfterALabel() {
        let e = entry("## ROUND 2 - HR\n\nStandard questions: why Corvid Labs, and where I see myself in five years.\n")
        #expect(e.questions.map(\.text) == ["Why Corvid Labs", "Where I see myself in five years"])
        #expect(QuestionText.inlineList("Tools: Zoom, Miro and a shared doc.") == nil)
    }

    @Test func aLeadAfterAShortLabelAndAReportLaterInTheLine() {
        let e = entry("""
        Phone screen: This was in May 2025 and I passed.
        Q1: Basic Calculator II. I solved it in constant space.
        Behavioral: Standard questions. I recall being asked about a time I made a mistake.
        Coding 1: Q1: Binary Tree Maximum Path Sum. Solved recursively.
        """)
        #expect(e.questions.map(\.text) == ["Basic Calculator II.", "A time I made a mistake.", "Binary Tree Maximum Path Sum."])
    }

    @Test func aTaskTheCandidateHadToDoAndTheSentenceThatSaysItWentBadly() {
        let e = entry("""
        # Keel onsite
        In the design round I had to design a notification service. I ran out of time on the retry queue.

        We discussed questions on recursion. The interviewer nudged me if I got stuck.
        """)
        #expect(e.questions.map(\.text) == ["Design a notification service.", "Questions on recursion."])
        #expect(e.questions.map(\.difficult) == [true, false])
    }
}

/// Shapes of a held-out batch of write-ups (blog posts, guides, banks), one test per rule.
@Suite struct WrittenUpProseTests {
    @Test func aQuotedQuestionIsTheQuestion() {
        let e = entry("""
        # Brightline
        The first question was "What happens when you type a URL into the browser and press enter?". Then lunch.
        """)
        #expect(e.questions.map(\.text) == ["What happens when you type a URL into the browser and press enter?"])
        #expect(QuestionClassifier.quotedQuestion("He said \"ok?\" and left") == nil)
    }

    @Test func hadToAndATaskVerbReportsATask() {
        let e = entry("# Brightline\nIt was a small problem where I had to merge overlapping time ranges. Not sure why I struggled so much.\n")
        #expect(e.questions.map(\.text) == ["Merge overlapping time ranges."])
        #expect(e.questions.first?.difficult == true)
    }

    @Test func adverbsInsideAReport() {
        let e = entry("## Round 1\nI was then asked to build an N-ary tree. The interviewer then questioned me on OOP basics.\n")
        #expect(e.questions.map(\.text) == ["Build an N-ary tree.", "OOP basics."])
    }

    @Test func aProblemInACodeBlockAfterItsLabel() {
        let e = entry("""
        ## Phone Interviews
        #### First Interview
        We started with an algorithmic problem. The problem was as follows:

        ```text
        Given a decimal number, how would you convert it into balanced ternary?
        Each position holds -1, 0 or 1.
        ```
        """)
        #expect(e.questions.map(\.text) == ["Given a decimal number, how would you convert it into balanced ternary?"])
        #expect(e.questions.first?.location.line == 6)
    }

    @Test func anEmptyGroupOfAFormIsNoQuestion() {
        let e = entry("# Interview\n## 1. General Interview Questions\n### 实际面试中遇到过的问题\n### Questions I was asked in real interviews\n")
        #expect(e.questions.isEmpty)
    }

    @Test func aNumberedQuestionInBold() {
        let e = entry("""
        # Perguntas para entrevista de backend

        **1. O que é idempotência?**
        Uma operação que pode ser repetida sem mudar o resultado.

        **2. Explique a diferença entre SQL e NoSQL.**
        """)
        #expect(e.questions.map(\.text) == ["O que é idempotência?", "Explique a diferença entre SQL e NoSQL."])
        #expect(e.questions[0].notes == ["Uma operação que pode ser repetida sem mudar o resultado."])
    }

    @Test func notMovingOnIsARejection() {
        #expect(entry("# Brightline\n## Phone\n- Two sum\n\nA week later they said I would not be moving on with the process.\n", path: "b.md").outcome == Outcome("rejected"))
    }
}

/// Question banks laid out as tables and as bold questions under group headings.
@Suite struct WrittenUpBankTests {
    @Test func theQuestionColumnOfATable() {
        let e = entry("""
        # System design prep

        | # | Question | Notes |
        |---|---|---|
        | 1 | Design a URL shortener | hashing, base62 |
        | 2 | How would you build a rate limiter? | token bucket |
        """)
        #expect(e.questions.map(\.text) == ["Design a URL shortener", "How would you build a rate limiter?"])
        #expect(e.questions.map(\.location.line) == [5, 6])
        // No question column and no question marks: a table of facts.
        #expect(entry("# Acme onsite\n\n| Section | Time |\n| --- | --- |\n| Aptitude -- 15 Questions | 20 Minutes |\n| Coding | 40 Minutes |\n").questions.isEmpty)
        #expect(entry("# Form\n\n| Question | What I said |\n|---|---|\n| [Question] | [Answer] |\n| | |\n").questions.isEmpty)
    }

    @Test func aColumnOfQuestionMarksWithoutAHeader() {
        let e = entry("# Preguntas\n\n| Tema | |\n| --- | --- |\n| JS | ¿Qué es el event loop? |\n| CSS | ¿Qué es flexbox? |\n")
        #expect(e.questions.map(\.text) == ["¿Qué es el event loop?", "¿Qué es flexbox?"])
    }

    @Test func boldQuestionsUnderAGroupHeading() {
        let e = entry("""
        # JavaScript interview questions
        ## Advanced

        **What is the event loop?**
        It runs tasks and microtasks.

        **How does garbage collection work in V8?**
        """)
        #expect(e.questions.map(\.text) == ["What is the event loop?", "How does garbage collection work in V8?"])
    }
}

/// Dates, outcomes, companies and kinds as the write-ups beyond the visible corpus state them.
@Suite struct WrittenUpMetadataTests {
    @Test func spanishPortugueseAndGermanDates() {
        #expect(Inference.findDate(in: "Primera ronda (técnica) – 3 de marzo de 2025") == CalendarDay(iso: "2025-03-03"))
        #expect(Inference.findDate(in: "Entrevista em 14 de setembro de 2024") == CalendarDay(iso: "2024-09-14"))
        #expect(Inference.findDate(in: "Zweite Runde am 2. März 2026") == CalendarDay(iso: "2026-03-02"))
        #expect(Inference.findDate(in: "on the 4th of March 2026") == CalendarDay(iso: "2026-03-04"))
        let e = entry("# Alcántara Software\n## Primera ronda – 3 de marzo de 2025\n- ¿Qué es un índice?\n", path: "alcantara.md")
        #expect(e.date?.value == CalendarDay(iso: "2025-03-03"))
    }

    @Test func aDottedDate() {
        #expect(Inference.findDate(in: "The first interview was on `2022.09.15 19:00`") == CalendarDay(iso: "2022-09-15"))
    }

    @Test func aBlogPostsFileNameDatesThePostNotTheInterview() {
        let body = "# My interview\n\nThe test was held on 9th August 2022 on HackerEarth.\n"
        #expect(entry(body, path: "_posts/2022-08-14-my-interview.md").date?.value == CalendarDay(iso: "2022-08-09"))
        #expect(entry(body, path: "notes/2022-08-14-my-interview.md").date?.value == CalendarDay(iso: "2022-08-14"))
    }

    @Test func aVerdictInBracketsInTheTitle() {
        let e = entry("# 星河科技 前端实习 (offer)\n## 一面 2021/03/18\n1. 自我介绍\n2. 闭包的使用场景\n", path: "星河科技前端实习.md")
        #expect(e.outcome == Outcome("offer"))
        #expect(e.inferred["outcome"] == .heading)
        #expect(e.company?.value == "星河科技")
        #expect(entry("# Harlow onsite (not selected)\n## Round 1\n- Two sum\n", path: "harlow.md").outcome == Outcome("rejected"))
        #expect(entry("# Notes (2024)\n## Round 1\n- Two sum\n", path: "n.md").outcome == nil)
    }

    @Test func verdictsInOtherLanguagesAndAnOutcomeLabelOverItsLine() {
        #expect(entry("# Alcántara\n## Ronda 1\n- ¿Qué es REST?\n## Resultado\n\nMe dijeron que no seguirían con mi candidatura.\n", path: "a.md").outcome == Outcome("rejected"))
        #expect(entry("# Fenwick\n## Round 1\n- Two sum\n\nOutcome:\nI received a job offer from Fenwick Pay.\n", path: "f.md").outcome == Outcome("offer"))
    }

    @Test func aFileNameEndsItsCompanyWhereARoleOrLevelBegins() {
        #expect(entry("Round 1: Online Assessment\n\nQ1: Two sum\n\nQ2: LRU cache\n", path: "fenwick-pay-sde2.md").company?.value == "fenwick pay")
        #expect(Inference.companyFromTitle("Lumora_L1_React_Node", source: .fileName) == "Lumora")
    }

    @Test func aLevelInTheFileNameMakesAnInterviewOfALongList() {
        let questions = (1...10).map { "What is hook number \($0)?" }.joined(separator: "\n")
        let long = "React Questions\n---------------\n" + questions + "\n"
        #expect(entry(long, path: "Lumora_L1_React_Node.md").kind == .interview)
        #expect(entry(long, path: "react-hooks.md").kind == .questionBank)
    }
}
