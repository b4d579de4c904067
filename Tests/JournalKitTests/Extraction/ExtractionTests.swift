import Testing
@testable import JournalKit

@Suite struct ExtractionTests {
    static let designExample = """
    ---
    company: Acme Corp
    date: 2026-11-18
    ---

    # Acme Corp — onsite

    ## Questions
    - Walk me through a system you designed end to end.
    - How would you shard a write-heavy table? #system-design #hard
      - I stalled on rebalancing. Next time: consistent hashing, then virtual nodes.
    - Tell me about a time you disagreed with your manager. #behavioral
    - What is `O(1)` about a hash map lookup? #coding
      It depends on the hash function.

    ## Difficult answers
    - **Tell me about a time you disagreed with your manager** I sounded defensive.
    - **How do you handle ambiguity?** Not asked above, still hard.

    ## Questions I asked
    - What does success look like after six months?

    ## Next steps
    - [x] Thank-you email to Dana and Raj 📅 2026-11-18
    - [ ] Follow up if no word by 2026-11-25
    - [-] Send references [due:: 2026-11-20]
    - [ ] Tell Sam they may get a reference call
      - [ ] Also tell Priya due 2026-11-21

    ## Reflection
    ### Went well
    - Calm during the coding round.
    ### To improve
    - I rushed the introduction; slow down.

    ## Feedback
    - Strong on design.

    ## Offer details
    - Base 145k.
    """

    @Test func questionsTakeTheFirstLineAndKeepNotes() {
        let e = entry(Self.designExample)
        #expect(e.questions.map(\.text) == [
            "Walk me through a system you designed end to end.",
            "How would you shard a write-heavy table?",
            "Tell me about a time you disagreed with your manager.",
            "What is `O(1)` about a hash map lookup?",
            "How do you handle ambiguity?",
        ])
        #expect(e.questions[1].notes == ["I stalled on rebalancing. Next time: consistent hashing, then virtual nodes."])
        #expect(e.questions[1].tags == ["hard", "system-design"])
        #expect(e.questions[3].notes == ["It depends on the hash function."])
        #expect(e.questions[1].location == SourceLocation(path: "entry.md", line: 10, column: 3))
    }

    @Test func difficultyFromTagsAndFromTheDifficultSection() {
        let e = entry(Self.designExample)
        #expect(e.questions.map(\.difficult) == [false, true, true, false, true])
        #expect(e.questions[2].difficultyNotes == ["I sounded defensive."])
        #expect(e.questions[4].difficultyNotes == ["Not asked above, still hard."])
        #expect(e.questions[4].location.line == 18)
    }

    @Test func inlineFieldAndCrossMarkMakeAQuestionDifficult() {
        let e = entry("## Questions\n- Explain CAP. [difficulty:: hard]\n- Reverse a list ❌\n- Easy one [difficulty:: easy]\n- Nested field\n  - difficulty:: tough\n")
        #expect(e.questions.map(\.text) == ["Explain CAP.", "Reverse a list ❌", "Easy one", "Nested field"])
        #expect(e.questions.map(\.difficult) == [true, true, false, true])
    }

    @Test func questionsTheCandidateAskedAreKeptApart() {
        let e = entry(Self.designExample)
        #expect(e.askedThem.map(\.text) == ["What does success look like after six months?"])
        #expect(!e.questions.contains { $0.text.contains("success") })
    }

    @Test func nextStepsWithStateAndDueDate() {
        let e = entry(Self.designExample)
        #expect(e.nextSteps.map(\.state) == [.done, .open, .cancelled, .open, .open])
        #expect(e.nextSteps.map { $0.due?.description } == ["2026-11-18", "2026-11-25", "2026-11-20", nil, "2026-11-21"])
        #expect(e.nextSteps[0].text == "Thank-you email to Dana and Raj 📅 2026-11-18")
    }

    @Test func invalidDueDateIsAWarning() {
        let result = read("## Next steps\n- [ ] Call back 📅 2026-02-30\n")
        #expect(messages(result).contains("2:3: warning: 'due date' is '2026-02-30', which is not a real date: month 2 of 2026 has 28 days. Write the date as YYYY-MM-DD, e.g. 2026-11-18"))
    }

    @Test func reflectionFeedbackAndOffer() {
        let e = entry(Self.designExample)
        #expect(e.wentWell.map(\.text) == ["Calm during the coding round."])
        #expect(e.toImprove.map(\.text) == ["I rushed the introduction; slow down."])
        #expect(e.feedback.map(\.text) == ["Strong on design."])
        #expect(e.offer.map(\.text) == ["Base 145k."])
    }

    @Test func reflectionParagraphs() {
        let e = entry("## Reflection\nThe team seemed stretched.\n\nI liked the manager.\n")
        #expect(e.reflection.map(\.text) == ["The team seemed stretched.", "I liked the manager."])
    }

    @Test func tagsNeverComeFromCodeOrDigits() {
        let e = entry("# T\n\nA #real tag, `#not-in-code`, issue #123, C# and #area/sub.\n\n```\n#also-not\n```\n")
        #expect(e.tags == ["area/sub", "real"])
    }

    @Test func roundHeadingsWithoutFrontMatter() {
        let e = entry("""
        # Round 1
        1. Introduction
        2. What is AOP in Spring? #spring
        3. Design an id generator
           Prevent duplicates across regions.
        10.

        # Round 2
        Design Round
        1. Top sold products for an e-commerce site
        """, path: "kotak/notes.md")
        #expect(e.questions.map(\.text) == ["Introduction", "What is AOP in Spring?", "Design an id generator", "Top sold products for an e-commerce site"])
        #expect(e.questions.map(\.round) == ["Round 1", "Round 1", "Round 1", "Round 2"])
        #expect(e.questions[2].notes == ["Prevent duplicates across regions."])
        #expect(e.company == Sourced("kotak", from: .folderName))
    }

    @Test func subheadingsInARoundAreQuestionsAndAnswerHeadingsAreNotes() {
        let e = entry("""
        # Interview
        ## Round 1: coding
        ### Problem Statement - Recon
        Reconcile positions.
        ### Solution
        Use a map.
        ### Technical
        - What is a closure?
        ### 3、说一下TCP协议？
        """)
        // A problem label's statement is the question; the label and the answer are its notes.
        #expect(e.questions.map(\.text) == ["Reconcile positions.", "What is a closure?", "说一下TCP协议？"])
        #expect(e.questions[0].notes == ["Problem Statement - Recon", "Solution", "Use a map."])
    }

    @Test func aTitleThatNamesAStageIsNotASection() {
        let e = entry("# Acme Corp — onsite\n\nThe office was nice.\n\n- Free lunch\n\n## Questions\n- Why Acme?\n")
        #expect(e.questions.map(\.text) == ["Why Acme?"])
        let oneRound = entry("# 中望软件C++实习一面\n### 1、自我介绍\n### 2、说一下TCP协议？\n")
        #expect(oneRound.questions.map(\.text) == ["自我介绍", "说一下TCP协议？"])
    }

    @Test func paragraphQuestions() {
        let e = entry("## Questions\n\n**Q1:** Why this company?\nBecause of the mission.\n\nQ2: Where do you see yourself?\n")
        #expect(e.questions.map(\.text) == ["Why this company?", "Where do you see yourself?"])
        #expect(e.questions[0].notes == ["Because of the mission."])
    }

    @Test func sectionSynonymsFromConfig() {
        var config = JournalConfig()
        config.sections[.questions] = ["Fragen"]
        let result = read("## Fragen\n- Warum wir?\n", config: config)
        #expect(result.entry?.questions.map(\.text) == ["Warum wir?"])
    }

    @Test(arguments: [
        ("Questions", SectionKind.questions), ("Interview Questions", .questions), ("Technical questions", .questions),
        ("Round 2", .round), ("[Round 1] HackerRank", .round), ("2nd round", .round), ("Step 3", .round), ("Phone screen 📞", .round),
        ("Onsite", .round), ("Difficult answers", .difficult), ("Questions that challenged me", .difficult),
        ("Questions I asked", .askedThem), ("Reverse interview", .askedThem), ("Next steps", .nextSteps), ("Action items", .nextSteps),
        ("Follow-up", .nextSteps), ("What went well", .wentWell), ("To improve", .toImprove), ("Reflection", .reflection),
        ("Lessons learned", .reflection), ("Feedback", .feedback), ("Verdict", .feedback), ("Offer details", .offer),
    ])
    func headingClassification(_ heading: String, _ kind: SectionKind) {
        #expect(SectionClassifier().classify(heading) == kind)
    }

    @Test(arguments: ["Introduction", "Solution", "Acme Corp", "Notes", ""])
    func ordinaryHeadings(_ heading: String) {
        #expect(SectionClassifier().classify(heading) == nil)
    }
}

@Suite struct InferenceTests {
    @Test func titleDateAndCompanyFromTheFirstHeading() {
        let result = read("# Globex — phone screen, 14 Mar 2024\n\n## Questions\n- Why?\n", path: "globex-call.md")
        let e = result.entry!
        #expect(e.title == Sourced("Globex — phone screen, 14 Mar 2024", from: .heading))
        #expect(e.date == Sourced(CalendarDay(iso: "2024-03-14")!, from: .heading))
        #expect(e.company == Sourced("Globex", from: .heading))
        #expect(messages(result, notes: true) == [
            "1:1: note: the company 'Globex' comes from the first heading; state it with `company: Globex` in the front-matter",
            "1:1: note: the interview date 2024-03-14 comes from the first heading; state it with `date: 2024-03-14` in the front-matter",
            "1:1: note: the stage 'phone-screen' comes from 'phone screen' in the first heading; state it with `stage: phone-screen` in the front-matter",
        ])
        #expect(e.stage == Stage("phone-screen"))
        #expect(e.inferred["stage"] == .heading)
    }

    @Test func dateFromTheFileNameBeforeTheHeading() {
        let e = entry("# Acme, March 3, 2026\n", path: "2026-03-02-acme.md")
        #expect(e.date == Sourced(CalendarDay(iso: "2026-03-02")!, from: .fileName))
    }

    @Test func companyFromFolderForGenericFileNames() {
        #expect(entry("# Notes\n", path: "11. AppBrew (remote)/InterviewExperience.md").company == Sourced("AppBrew", from: .folderName))
        #expect(entry("", path: "2026-11-18-acme-onsite.md").company == Sourced("acme", from: .fileName))
    }

    @Test func monthNameDates() {
        #expect(Inference.findDate(in: "Round 1 (Dec 31, 2025)")?.description == "2025-12-31")
        #expect(Inference.findDate(in: "— March 3, 2026")?.description == "2026-03-03")
        #expect(Inference.findDate(in: "interview — 14 Mar 2024")?.description == "2024-03-14")
        #expect(Inference.findDate(in: "June-2024") == nil)
        #expect(Inference.findDate(in: "2020-10-1-post")?.description == "2020-10-01")
    }
}

@Suite struct EncodingTests {
    @Test func utf16IsRefusedWithAClearMessage() {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "# Hi\n".utf16 { bytes += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let result = EntryReader().read(path: "u.md", bytes: bytes)
        #expect(result.entry == nil)
        #expect(messages(result) == ["1:1: error: this file is UTF-16 text, not UTF-8; save it as UTF-8 (most editors offer \"UTF-8\" in Save As) so journal can read it"])
        var noBOM: [UInt8] = []
        for u in "# Hello there\n".utf16 { noBOM += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        #expect(messages(EntryReader().read(path: "u.md", bytes: noBOM)).first?.contains("UTF-16") == true)
    }

    @Test func invalidUTF8IsReportedWithItsOffsetAndTheRestIsRead() {
        let bytes = Array("## Questions\n- Why ".utf8) + [0xC3, 0x28] + Array("?\n".utf8)
        let result = EntryReader().read(path: "bad.md", bytes: bytes)
        #expect(messages(result) == ["2:7: error: invalid UTF-8 at byte offset 19; the bad bytes are read as \u{FFFD}. Re-save the file as UTF-8"])
        #expect(result.entry?.questions.count == 1)
    }

    @Test func binaryIsRefused() {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
        #expect(messages(EntryReader().read(path: "x.md", bytes: bytes)).first?.contains("looks binary") == true)
    }

    @Test func emptyFileIsAWarning() {
        #expect(messages(EntryReader().read(path: "e.md", bytes: [])) == ["1:1: warning: this file is empty; write down the interview while it is fresh, or delete the file"])
    }
}
