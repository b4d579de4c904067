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
        #expect(e.questions.map(\.text) == ["given an array of heights, a building sees the sunset if every building to its right is shorter."])
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
