import Foundation

/// Questions in prose and under sub-headings: the sentences of a paragraph that report
/// a question, and a sub-heading inside a question or round section.
extension EntryExtractor {
    /// The sentences of a prose paragraph that ask something ("the interviewer asked me about…").
    mutating func addSentenceQuestions(_ paragraph: MarkdownBlock, context: QuestionContext, round: String?) {
        let masked = MaskedText(paragraph.inline)
        let tags = masked.tags
        let text = masked.text
        // Outside rounds, prose is a question only by a mark or reported speech: most is ruled out on its bytes.
        if context == .open || context == .interviewSection, !explain, !tags.contains("question"),
           !QuestionClassifier.mayReportQuestion(text) { return }
        /// A sentence of this paragraph was a question: a later one that says it went badly marks it.
        var askedInParagraph = false
        var lastWasQuestion = false
        for sentence in QuestionText.sentences(text) {
            // "Standard questions: why Corvid Labs, and where I see myself in five years."
            if context == .round || context == .questions, let parts = QuestionText.inlineList(sentence.text) {
                let at = SourceLocation(path: path, line: paragraph.line + sentence.lineOffset, column: sentence.lineOffset == 0 ? paragraph.column : 1)
                for part in parts {
                    let questionText = QuestionText.clean(masked.restore(part))
                    if explain { found.candidates.append(QuestionCandidate(location: at, shape: "sentence", text: questionText, isQuestion: true, reasons: ["part of a list after the label of a sentence"])) }
                    found.questions.append(Question(text: questionText, tags: TagList.sortedUnique(tags), difficult: false, round: round,
                                                    location: at, why: ["part of a list after the label of a sentence"]))
                }
                askedInParagraph = true
                lastWasQuestion = true
                continue
            }
            var decision = QuestionClassifier.decide(sentence.text, tags: tags, context: .open)
            // Prose asks by a question mark or reported speech ("What I liked was…" asks nothing);
            // outside a question section a bare task ("Imagine…") does not count either.
            let asks = decision.reasons.contains { $0 == "question mark" || $0 == "quoted question" || $0.hasPrefix("reported speech") || $0 == "problem link" }
            if decision.verdict == .asks, !asks { decision.isQuestion = false }
            if context == .open || context == .interviewSection, decision.verdict == .sets { decision.isQuestion = false }
            // A paragraph of one sentence that sets a task, in a round: "Design a rate limiter in Scala."
            if context == .round || context == .questions, decision.verdict == .sets, !decision.isQuestion,
               sentence.lineOffset == 0, sentence.text.utf8.count == text.trimmingSpaces().utf8.count,
               !QuestionClassifier.isGroupLabel(sentence.text), SectionClassifier.words(TextKey.normalize(sentence.text)).count >= 3 {
                decision.isQuestion = true
                decision.reasons.append("a paragraph of one sentence in a round")
            }
            if tags.contains("question") { decision.isQuestion = true }
            let at = SourceLocation(path: path, line: paragraph.line + sentence.lineOffset, column: sentence.lineOffset == 0 ? paragraph.column : 1)
            if explain { found.candidates.append(QuestionCandidate(location: at, shape: "sentence", text: masked.restore(sentence.text), isQuestion: decision.isQuestion, reasons: decision.reasons)) }
            guard decision.isQuestion else {
                // "I couldn't explain it": prose after a question that says it went badly.
                // Outside rounds only the very next sentence counts, and not as a condition ("…if I got stuck").
                let conditional = TextKey.normalize(sentence.text).split(separator: " ").contains("if")
                let follows = askedInParagraph && lastWasQuestion
                lastWasQuestion = false
                if let cue = QuestionClassifier.difficultyCue(sentence.text), !found.questions.isEmpty, !conditional,
                   context == .round || context == .questions || follows {
                    found.questions[found.questions.count - 1].difficult = true
                    found.questions[found.questions.count - 1].why.append("difficulty cue '\(cue)' in the text after it")
                }
                continue
            }
            let questionText = QuestionText.clean(masked.restore(decision.text))
            guard !questionText.isEmpty else { continue }
            askedInParagraph = true
            lastWasQuestion = true
            let difficult = EntryExtractor.isDifficult(tags, paragraph.inline) || QuestionClassifier.difficultyCue(sentence.text) != nil
            found.questions.append(Question(text: questionText, tags: TagList.sortedUnique(tags), difficult: difficult,
                                            round: round, location: at, why: ["sentence of a paragraph"] + decision.reasons))
        }
    }

    /// A sub-heading inside a question or round section: an answer part, a group label, a problem label, or a question.
    mutating func visitQuestionHeading(_ child: SectionTree, text childText: String, kind: SectionKind, round: String?) {
        let heading = child.heading!
        if HeadingVocabulary.isAnswerHeading(childText) {
            record(heading, "sub-heading", childText, false, ["answer heading: its text is notes of the last question"])
            appendNotesToLastQuestion(child.allText())
            return
        }
        let context: QuestionContext = kind == .questions ? .questions : .round
        // "### 实际面试中遇到过的问题" with nothing under it: an empty group of a form, no question.
        if child.blocks.isEmpty, child.children.isEmpty, !childText.endsWithBytes("?"), !childText.endsWithBytes("？"),
           QuestionClassifier.introducesQuestions(childText) || childText.includes("问题") {
            record(heading, "sub-heading", childText, false, ["an empty group label"])
            return
        }
        if QuestionClassifier.isGroupLabel(childText) {
            record(heading, "sub-heading", childText, false, ["group label"])
            visit(child, kind: kind, round: round)
            return
        }
        // "Problem statement", "CSS Challenge", "[Coding] Task": the statement under it is the question.
        let labelWords = SectionClassifier.words(TextKey.normalize(childText)).count
        if !childText.endsWithBytes("?"), !sectionListsQuestions(child), QuestionClassifier.isProblemLabel(childText)
            || (labelWords <= 3 && SectionClassifier.words(TextKey.normalize(childText)).contains { HeadingVocabulary.taskWords.contains($0) }),
           addStatement(under: child, label: childText, round: round) {
            return
        }
        // A heading that speaks of questions, over a list of them, names their group ("### 3. 面试官的问题");
        // a problem's title over its answer bullets ("### LRU Cache") does not.
        let labelsList = !childText.endsWithBytes("?") && !childText.endsWithBytes("？")
            && (QuestionClassifier.introducesQuestions(childText) || childText.includes("问题")) && sectionListsQuestions(child)
        if !labelsList, HeadingVocabulary.isQuestionHeading(childText) || labelWords <= 3 && !sectionAsks(child) {
            record(heading, "sub-heading", childText, true, ["sub-heading in a \(context == .questions ? "questions section" : "round")"])
            addQuestion(heading: child, round: round, why: ["sub-heading in a \(context == .questions ? "questions section" : "round")"])
        } else {
            record(heading, "sub-heading", childText, false, ["group label: the items under it ask"])
            visit(child, kind: kind, round: round)
        }
    }
}
