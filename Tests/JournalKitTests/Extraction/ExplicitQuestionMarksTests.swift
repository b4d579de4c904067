import Testing
@testable import JournalKit

/// Where the user was explicit, the note wins over the classifier.
@Suite struct ExplicitQuestionMarksTests {
    @Test func everyItemOfAQuestionsSectionStaysAQuestion() {
        let e = entry("## Questions\n\n- Started with the basics\n- Then something about queues\n")
        #expect(e.questions.map(\.text) == ["Started with the basics", "Then something about queues"])
        #expect(e.questions[0].why.first == "item of a questions section")
    }

    @Test func leadsTagsAndFieldsMakeQuestionsAnywhere() {
        let e = entry("""
        # Acme

        Q1: Why Acme?

        ## Notes

        - Caching layers #question
        - The office is nice

        question:: What would you do in your first month?
        """)
        #expect(e.questions.map(\.text) == ["Why Acme?", "Caching layers", "What would you do in your first month?"])
    }

    @Test func notQuestionTagUnmakesOne() {
        let e = entry("## Questions\n\n- Why Acme?\n- Lunch with the team #not-question\n")
        #expect(e.questions.map(\.text) == ["Why Acme?"])
    }

    @Test func aConfiguredHeadingUnmakesQuestions() {
        var config = JournalConfig()
        config.sections[.reflection] = ["Debrief"]
        let e = read("## Debrief\n\n- What went wrong?\n\n## Questions\n\n- Why Acme?\n", config: config).entry!
        #expect(e.questions.map(\.text) == ["Why Acme?"])
        #expect(e.reflection.map(\.text) == ["What went wrong?"])
    }

    @Test func aConfiguredHeadingDoesNotStealALongerOne() {
        var config = JournalConfig()
        config.sections[.questions] = ["Preguntas"]
        let e = read("## Preguntas\n\n- ¿Por qué Acme?\n\n## Preguntas que hice\n\n- ¿Cómo es el equipo?\n", config: config).entry!
        #expect(e.questions.map(\.text) == ["¿Por qué Acme?"])
        #expect(e.askedThem.map(\.text) == ["¿Cómo es el equipo?"])
    }

    @Test func templatePlaceholdersAreNoQuestions() {
        let e = entry("## Questions\n\n- [Question 1] - [How I answered]\n\n## Difficult\n\n- **Question**: [Question asked]\n  - **My answer**: [What I said]\n")
        #expect(e.questions.isEmpty)
    }
}
