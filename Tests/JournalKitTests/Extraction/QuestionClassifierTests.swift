import Testing
@testable import JournalKit

/// The question classifier, one test per cue: each reads a real note (parsed as a file is)
/// and compares the whole list of questions found.
@Suite struct QuestionClassifierTests {
    /// The question texts of a note whose body is `body` under a round heading.
    private func inRound(_ body: String) -> [String] {
        entry("# Acme\n\n## Round 1: Technical\n\n" + body).questions.map(\.text)
    }

    /// The question texts of a note with no question section (only "Notes").
    private func outside(_ body: String) -> [String] {
        entry("# Acme\n\n## Notes\n\n" + body).questions.map(\.text)
    }

    @Test(arguments: [
        ("- Why did you pick Go\n- Started with intro", ["Why did you pick Go"]),            // interrogative
        ("- Rate limiter across regions?\n- We talked about pay", ["Rate limiter across regions?"]),  // question mark
        ("- ¿Qué es un índice?\n- Luego hablamos del equipo", ["¿Qué es un índice?"]),         // inverted mark, Spanish
        ("- 说一下TCP协议？\n- 然后聊了聊项目", ["说一下TCP协议？"]),                                 // full-width mark, Chinese
    ])
    func askingCues(_ body: String, _ expected: [String]) {
        #expect(inRound(body) == expected)
    }

    @Test(arguments: [
        ("- Explain circuit breakers", ["Explain circuit breakers"]),
        ("- Design a URL shortener", ["Design a URL shortener"]),
        ("- Implement an LRU cache", ["Implement an LRU cache"]),
        ("- Write a function that merges two sorted lists", ["Write a function that merges two sorted lists"]),
        ("- Given an array, find the majority element", ["Given an array, find the majority element"]),
        ("- Compare REST and gRPC", ["Compare REST and gRPC"]),
        ("- Difference between TCP and UDP", ["Difference between TCP and UDP"]),
        ("- Tell me about a conflict with a peer", ["Tell me about a conflict with a peer"]),
        ("- Walk me through your last outage", ["Walk me through your last outage"]),
        ("- Erkläre den Unterschied zwischen Prozess und Thread", ["Erkläre den Unterschied zwischen Prozess und Thread"]),
        ("- Explique a diferença entre fila e pilha", ["Explique a diferença entre fila e pilha"]),
    ])
    func taskCuesMakeQuestionsInAnInterviewNote(_ body: String, _ expected: [String]) {
        // Outside the round but in a note with rounds: a task is a question.
        #expect(entry("# Acme\n\n## Round 1\n\n- Why Acme?\n\n## Details\n\n" + body).questions.map(\.text) == ["Why Acme?"] + expected)
    }

    @Test(arguments: [
        ("- The interviewer asked me about the CAP theorem", ["The CAP theorem"]),
        ("- He asked me to reverse a linked list", ["Reverse a linked list"]),
        ("- She asked me how I would cache sessions", ["How I would cache sessions"]),
        ("- He asked me why I left my last job", ["Why I left my last job"]),
        ("- They asked me whether I had used Kafka", ["Whether I had used Kafka"]),
        ("- I was asked to design a parking lot", ["Design a parking lot"]),
        ("- He pushed on: how do you reconcile two ledgers?", ["How do you reconcile two ledgers?"]),
        ("- Me preguntó por qué uso Rust", ["Por qué uso Rust"]),
    ])
    func reportedSpeechLosesItsNarrativePrefix(_ body: String, _ expected: [String]) {
        #expect(inRound(body) == expected)
    }

    @Test(arguments: [
        "- Started with intro.",
        "- Then he gave me one problem related to DSA.",
        "- We discussed the team structure",
        "- Talked about my internship",
        "- General discussion about role expectations",
        "- No technical questions asked in this round",
        "- At this point, I realized I made a mistake",
        "- I explained my architecture",
        "- A few more questions were asked, but I don't remember them",
        "- Duration: 45 minutes",
        "- **Interviewer:** a senior engineer",
    ])
    func narrativeIsNoQuestion(_ body: String) {
        #expect(inRound(body + "\n- What is a B-tree?") == ["What is a B-tree?"])
    }

    @Test func outsideAQuestionSectionOnlyWhatAsksCounts() {
        #expect(outside("- Buy a notebook\n- Explain that you are disappointed\n- How do you handle rejection?") == ["How do you handle rejection?"])
    }

    @Test func aListThatMostlyAsksMakesItsPlainItemsQuestions() {
        #expect(outside("- What is a closure?\n- Why use React?\n- Event loop") == ["What is a closure?", "Why use React?", "Event loop"])
    }

    @Test func cuesAreNotReadInsideCode() {
        #expect(outside("- `Q1: what? #hard`\n- Buy milk") == [])
    }

    @Test func decisionsCarryTheirReasons() {
        let question = entry("# Acme\n\n## Round 1\n\n- How would you shard?\n").questions[0]
        #expect(question.why == ["in a round", "question mark", "interrogative 'how'", "prompt 'how would'"])
        let decision = QuestionClassifier.decide("Started with an intro", context: .round)
        #expect(!decision.isQuestion)
        #expect(decision.reasons == ["in a round", "narrative 'started'"])
    }

    @Test func everyLanguageHasEveryKindOfCue() {
        for language in [QuestionCues.english, .chinese, .spanish, .portuguese, .german] {
            #expect(!language.interrogatives.isEmpty && !language.tasks.isEmpty && !language.reported.isEmpty
                    && !language.narrative.isEmpty && !language.difficulty.isEmpty)
        }
    }
}
