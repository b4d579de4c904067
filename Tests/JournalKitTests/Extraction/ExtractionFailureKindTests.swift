import Testing
@testable import JournalKit

/// One test per kind of failure of issue 15 (1, 2, 3, 6, 7, 8), each on a note written the way people write them.
@Suite struct ExtractionFailureKindTests {
    @Test func kind1NarrativeUnderARoundIsNoQuestion() {
        let e = entry("""
        ## Round 2: Technical Interview with Engineering Manager (60 minutes)

        - Started with intro.
        - Then he gave me one problem related to DSA.
        - Thread vs process
        - At last, he told me that the result would be out in 2 days.
        """)
        #expect(e.questions.map(\.text) == ["Thread vs process"])
    }

    @Test func kind2BareNumberedListAndProse() {
        #expect(entry("# Quillford\n\n1. Given two strings, check whether one is a rotation of the other.\n").questions.map(\.text)
                == ["Given two strings, check whether one is a rotation of the other."])
        let prose = entry("""
        # My internship interviews

        In the first round the interviewer asked me about the difference between SQL and NoSQL. I was asked
        questions on OOP and operating systems. The office was lovely.
        """)
        #expect(prose.questions.map(\.text) == ["The difference between SQL and NoSQL.", "Questions on OOP and operating systems."])
        #expect(prose.questions.map(\.location.line) == [3, 3])
    }

    @Test func kind3StructureInsideARound() {
        let e = entry("""
        # Harborpoint
        ## Round 1

        - **Introduction**
          - The interviewer asked me to introduce myself.
        - **Java questions**
          - What is multithreading?
          - Print even and odd numbers using two threads.
        - https://leetcode.com/problems/merge-intervals/

        ### Problem Statement

        Given a time "HH:MM", find the minutes until the next palindromic time.

        #### Examples

        - "12:34" gives 57

        ### My approach

        - Try each hour in turn.
        """)
        #expect(e.questions.map(\.text) == ["Introduce myself.", "What is multithreading?", "Print even and odd numbers using two threads.",
                                            "https://leetcode.com/problems/merge-intervals/",
                                            "Given a time \"HH:MM\", find the minutes until the next palindromic time."])
        #expect(e.questions[4].notes.contains("\"12:34\" gives 57"))
        #expect(e.questions[4].notes.contains("Try each hour in turn."))
    }

    @Test func kind6HardWrappedLinesAreOneQuestion() {
        let e = entry("""
        ## Questions

        - How would you design a rate limiter that works across
          multiple regions?
        - Two sum
          Used a hash map.

        **Q2:** What happens to a leader during a
        network partition?
        """)
        #expect(e.questions.map(\.text) == ["How would you design a rate limiter that works across multiple regions?", "Two sum",
                                            "What happens to a leader during a network partition?"])
        #expect(e.questions[1].notes == ["Used a hash map."])
    }

    @Test func kind7OtherShapes() {
        let e = entry("""
        # Lumenfield

        Q1: Why are you leaving?

        **Round 1 - coding**

        Questions they asked me:

        - Reverse the words of a sentence

        ## Round 2

        ### LRU Cache

        - I used a linked list and a map.

        - How would you shard a chat service?
          1. By conversation id
          2. By user id
        - Explain consistent hashing
          - Forgot the virtual nodes ❌
        - Design a feed #hard
        """)
        #expect(e.questions.map(\.text) == ["Why are you leaving?", "Reverse the words of a sentence", "LRU Cache"])
        // The items after "### LRU Cache" belong to it: its notes.
        #expect(e.questions[2].notes.contains("By conversation id"))
        #expect(e.questions[1].round == "Round 1 - coding")
    }

    @Test func kind7DifficultyInNotesInEveryShape() {
        let e = entry("""
        ## Round 1

        - Explain consistent hashing
          - Forgot the virtual nodes ❌
        - Design a feed
          - I couldn't finish the ranking part

        ### Median of a stream

        - Two heaps; I struggled with the rebalancing.
        """)
        #expect(e.questions.map(\.difficult) == [true, true, true])
    }

    @Test func kind8TextStaysAsWritten() {
        let e = entry("""
        ## Questions

        - What is the difference between <div> and <span>?
        - Why return Array<Int> here?
        - <!-- todo --> How would you shard?
        """)
        #expect(e.questions.map(\.text) == ["What is the difference between <div> and <span>?", "Why return Array<Int> here?", "How would you shard?"])
    }
}
