import Foundation

/// How the blocks of a section become questions: each candidate (list item, paragraph
/// sentence, sub-heading) is judged by `QuestionClassifier` in its context, and what
/// precedes it (a label such as "System design:" or "Constraints:") says how to read it.
extension EntryExtractor {
    /// - Parameter bare: the blocks are the body of a note before any section heading.
    mutating func processQuestions(_ blocks: [MarkdownBlock], context: QuestionContext, round: String?, bare: Bool = false) {
        /// The last block made a paragraph question: what follows explains it.
        var paragraphQuestion = false
        /// "Constraints:", "Solution:": the next list explains the last question.
        var notesFollow = false
        /// "System design:", "Question 2 (Medium)": the next paragraph states a problem.
        var problemFollows = false
        /// "Questions they asked me:": the next list holds questions.
        var questionsFollow = false
        for block in blocks {
            switch block.kind {
            case .list:
                if notesFollow || (paragraphQuestion && !listResumes(block)) {
                    appendNotesToLastQuestion(block.textLines())
                } else {
                    addQuestions(list: block, context: questionsFollow && context != .questions ? .round : context, round: round, bare: bare)
                    paragraphQuestion = false
                }
                notesFollow = false
                questionsFollow = false
                problemFollows = false
            case .paragraph:
                // A pipe table (the parser reads it as a paragraph): the cells of its question column.
                if let cells = QuestionLines.tableQuestions(block.inline) {
                    let items = cells.map { cell in
                        MarkdownBlock(kind: .item, line: block.line + cell.offset, column: 1, children: [
                            MarkdownBlock(kind: .paragraph, line: block.line + cell.offset, column: 1, inline: InlineText(runs: [InlineRun(cell.cell)])),
                        ])
                    }
                    if context == .open || context == .interviewSection {
                        for item in items { addQuestion(item: item, context: .interviewSection, round: round) }
                    } else {
                        addQuestions(list: MarkdownBlock(kind: .list(ordered: false), line: items[0].line, column: 1, children: items), context: context, round: round)
                    }
                    paragraphQuestion = false
                    continue
                }
                if !problemFollows, !notesFollow, let lines = QuestionLines.split(block.inline) {
                    addLineQuestions(block, lines: lines, context: questionsFollow && context != .questions ? .round : context, round: round)
                    paragraphQuestion = false
                    questionsFollow = false
                    continue
                }
                // "**2. Explique a diferença entre SQL e NoSQL.**" and its answer under it: a numbered question in bold.
                if let strong = block.inline.strongLead, let number = EntryExtractor.boldNumber.firstRange(in: strong) {
                    let question = String(strong[number.upperBound...]).trimmingSpaces()
                    let decision = QuestionClassifier.decide(question, context: context == .open ? .interviewSection : context)
                    if decision.isQuestion {
                        let rest = QuestionText.trimLeadingPunctuation(String(block.inline.display.dropFirst(strong.count)).trimmingSpaces())
                        addStatement(paragraph: block, tags: [], text: question + (rest.isEmpty ? "" : "\n" + rest), round: round,
                                     why: ["a numbered question in bold"] + decision.reasons)
                        paragraphQuestion = true
                        continue
                    }
                }
                if let lead = QuestionText.lead(block.inline) {
                    addQuestion(paragraph: block, lead: lead, round: round, why: ["'\(lead)' lead"])
                    paragraphQuestion = true
                    problemFollows = false
                    continue
                }
                let (tags, text) = TagScanner.scan(block.inline)
                let trimmed = text.trimmingSpaces()
                if QuestionClassifier.fieldValue(trimmed) != nil || tags.contains("question") {
                    let decision = QuestionClassifier.decide(trimmed, tags: tags, context: context)
                    addStatement(paragraph: block, tags: tags, text: decision.text, round: round, why: decision.reasons)
                    paragraphQuestion = true
                    continue
                }
                // "Candidate's Approach", "Interviewer's Feedback" on a line of their own: what follows explains the last question.
                if !trimmed.includesByte(10), HeadingVocabulary.isAnswerHeading(trimmed), !found.questions.isEmpty,
                   SectionClassifier.words(TextKey.normalize(trimmed)).count <= 4 {
                    notesFollow = true
                    record(block, "label", trimmed, false, ["answer label '\(trimmed)': what follows explains the last question"])
                    continue
                }
                // "Task: Design a rate limiter." in a round: a problem label leads the line.
                if context == .round || context == .questions, let lead = QuestionText.problemLead(trimmed) {
                    addQuestion(paragraph: block, lead: lead, round: round, why: ["problem label '\(lead)' leads the line"])
                    paragraphQuestion = true
                    problemFollows = false
                    continue
                }
                if let label = QuestionText.label(trimmed) {
                    if HeadingVocabulary.isAnswerHeading(label), !found.questions.isEmpty {
                        notesFollow = true
                        record(block, "label", trimmed, false, ["answer label '\(label)': what follows explains the last question"])
                    } else if QuestionClassifier.isProblemLabel(label) || QuestionText.numberedLabel(label) != nil {
                        problemFollows = true
                        paragraphQuestion = false
                        record(block, "label", trimmed, false, ["problem label: the next paragraph states the problem"])
                    } else if !trimmed.includesByte(UInt8(ascii: "?")), QuestionClassifier.introducesQuestions(label) {
                        questionsFollow = true
                        paragraphQuestion = false
                        record(block, "label", trimmed, false, ["label: the list after it is read as questions"])
                    }
                    continue
                }
                // "Then asked a DSA question :-" / "given an array of heights…": the label's next lines state the problem.
                if context == .round || context == .questions, let statement = labelledStatement(block) {
                    addStatement(paragraph: statement.block, tags: tags, text: statement.text, round: round,
                                 why: ["statement after the label '\(statement.label)' in the same paragraph"], labelled: true)
                    paragraphQuestion = true
                    problemFollows = false
                    continue
                }
                if problemFollows || (questionsFollow && context != .open) {
                    addStatement(paragraph: block, tags: tags, text: text, round: round, why: ["statement after a problem label"], labelled: problemFollows)
                    paragraphQuestion = true
                    problemFollows = false
                    questionsFollow = false
                    continue
                }
                if paragraphQuestion {
                    appendNotesToLastQuestion(block.textLines())
                    // "I was not able to explain the design.": in a round, the story after a problem says how it went.
                    if context == .round || context == .questions { markDifficultByStory(text) }
                    continue
                }
                addSentenceQuestions(block, context: context, round: round)
            case .codeBlock where problemFollows || questionsFollow:
                // "The problem was as follows:" over a fenced block whose first line states it in words.
                let first = block.literal.split(separator: "\n").first.map { String($0).trimmingSpaces() } ?? ""
                var reasons: [String] = []
                let verdict = QuestionClassifier.read(first, reasons: &reasons).verdict
                if SectionClassifier.words(TextKey.normalize(first)).count >= 4, verdict == .asks || verdict == .sets {
                    let line = MarkdownBlock(kind: .paragraph, line: block.line + 1, column: block.column, inline: InlineText(runs: [InlineRun(first)]))
                    addStatement(paragraph: line, tags: [], text: first, round: round, why: ["the first line of a block after a problem label"])
                    appendNotesToLastQuestion(block.textLines())
                    paragraphQuestion = true
                }
                problemFollows = false
                questionsFollow = false
            case .htmlBlock:
                // `<details><summary>What is a closure?</summary>`: the summary is a candidate, what it folds its notes.
                if let read = processDetails(block, context: context, round: round) {
                    paragraphQuestion = read.notes
                    questionsFollow = read.questions
                    notesFollow = false
                    problemFollows = false
                } else if DetailsBlock.closes(block.literal) {
                    paragraphQuestion = false
                } else if paragraphQuestion {
                    appendNotesToLastQuestion(block.textLines())
                }
            default:
                if paragraphQuestion { appendNotesToLastQuestion(block.textLines()) }
            }
        }
    }

    /// A paragraph written one question a line: a line with a `Q1:` lead is a question as a
    /// paragraph would be; the others are read as the items of a list, short labels left out.
    mutating func addLineQuestions(_ paragraph: MarkdownBlock, lines: [InlineText], context: QuestionContext, round: String?) {
        var items: [MarkdownBlock] = []
        func flush(_ this: inout EntryExtractor) {
            guard !items.isEmpty else { return }
            // Outside a round, a line is a question by its own words (it asks or sets a task), never by its neighbours'.
            if context == .open || context == .interviewSection {
                for item in items {
                    let before = this.found.questions.count
                    this.addQuestion(item: item, context: .interviewSection, round: round)
                    // "Behavioral: Standard questions. I recall being asked about…": a later sentence may report one.
                    if this.found.questions.count == before, let line = item.children.first { this.addSentenceQuestions(line, context: context, round: round) }
                }
            } else {
                this.addQuestions(list: MarkdownBlock(kind: .list(ordered: false), line: items[0].line, column: 1, children: items), context: context, round: round)
            }
            items.removeAll()
        }
        for (i, inline) in lines.enumerated() {
            let line = MarkdownBlock(kind: .paragraph, line: paragraph.line + i, column: i == 0 ? paragraph.column : 1, inline: inline)
            if let lead = QuestionText.lead(inline) {
                flush(&self)
                addQuestion(paragraph: line, lead: lead, round: round, why: ["'\(lead)' lead", "line of a paragraph written one question a line"])
                continue
            }
            let text = MaskedText(inline).text.trimmingSpaces()
            let next = i + 1 < lines.count ? MaskedText(lines[i + 1]).text.trimmingSpaces() : nil
            if QuestionText.label(text) != nil || QuestionClassifier.isGroupLabel(text)
                || (next.map(QuestionLines.asksAlone) == true && QuestionLines.isShortLabel(text)) {
                record(line, "label", text, false, ["label line: the lines after it are the questions"])
                continue
            }
            items.append(MarkdownBlock(kind: .item, line: line.line, column: line.column, children: [line]))
        }
        flush(&self)
    }

    /// Whether a list after a problem statement is not its parts: most items ask, or the story
    /// of the round goes on ("- Then he moved to behavioural questions").
    private func listResumes(_ list: MarkdownBlock) -> Bool {
        if listAsks(list) { return true }
        guard let first = list.children.first?.children.first, first.kind == .paragraph else { return false }
        var reasons: [String] = []
        let verdict = QuestionClassifier.read(MaskedText(first.inline).text.trimmingSpaces(), reasons: &reasons).verdict
        return verdict == .narrative && !reasons.contains("task-list item: a step to do")
            || reasons.contains { $0.hasPrefix("reported speech") || $0.hasPrefix("topic of questions") }
    }

    /// Whether most items of a list ask something (a list of questions after a problem, not its parts).
    private func listAsks(_ list: MarkdownBlock) -> Bool {
        var asks = 0
        for item in list.children {
            guard let first = item.children.first, first.kind == .paragraph else { continue }
            var reasons: [String] = []
            if QuestionClassifier.read(MaskedText(first.inline).text.trimmingSpaces(), reasons: &reasons).verdict == .asks { asks += 1 }
        }
        return asks * 2 > list.children.count
    }

    /// The items of a list, each judged; outside a question section a list that mostly asks makes its plain items questions too.
    /// - Parameter bare: the list is the body of a note with no sections (a bare list of problems):
    ///   tasks count as questions there, not only what asks.
    mutating func addQuestions(list: MarkdownBlock, context: QuestionContext, round: String?, bare: Bool = false) {
        var itemContext = context
        if context == .open || context == .interviewSection {
            var questions = 0
            for item in list.children {
                guard let first = item.children.first, first.kind == .paragraph else { continue }
                let verdict = QuestionClassifier.decide(MaskedText(first.inline).text.trimmingSpaces(), context: .open).verdict
                if verdict == .asks || (bare && verdict == .sets) { questions += 1 }
            }
            if questions >= 2 ? questions * 2 >= list.children.count : questions == list.children.count && questions == 1 { itemContext = .round }
        }
        for item in list.children { addQuestion(item: item, context: itemContext, round: round) }
    }

    /// A list item: a group label with questions nested under it, or a candidate question.
    mutating func addQuestion(item original: MarkdownBlock, context: QuestionContext, round: String?) {
        let item = EntryExtractor.htmlLedItem(original)
        guard let first = item.children.first, first.kind == .paragraph else {
            if item.children.isEmpty, context == .questions {
                found.diagnostics.append(Diagnostic(.warning, location(item), "this list item in a questions section is empty; write the question or remove the item", help: FormatDoc.questions))
            }
            return
        }
        if let lead = first.inline.strongLead, HeadingVocabulary.isMetadataLead(lead) {
            record(first, "list item", first.inline.display, false, ["round detail '\(lead)'"])
            return
        }
        let masked = MaskedText(first.inline)
        let tags = masked.tags
        let trimmed = masked.text.trimmingSpaces()
        if context != .questions, let key = HeadingVocabulary.metadataField(trimmed) {
            record(first, "list item", trimmed, false, ["round detail '\(key):'"])
            return
        }
        let nestedLists = item.children.dropFirst().filter { if case .list = $0.kind { return true } else { return false } }
        var labelReasons: [String] = []
        // "**Java questions**", "He asked:", "Then a few OS questions, like:" with a list under it.
        let labelLike = trimmed.endsWithBytes(":") || trimmed.endsWithBytes("：") || first.inline.strongLead.map { QuestionText.isWholeLead($0, of: trimmed) } == true
            || QuestionClassifier.isGroupLabel(trimmed)
            // "- Perguntas de back-end" over a nested list of questions: an item that asks nothing over items that do.
            || !trimmed.endsWithBytes("?") && !trimmed.endsWithBytes("？") && nestedLists.contains(where: { listHoldsQuestions($0) })
                && QuestionClassifier.read(trimmed, reasons: &labelReasons).verdict != .asks
        if !nestedLists.isEmpty, labelLike, !tags.contains("question") {
            let before = found.questions.count
            let mark = found.candidates.count
            for list in nestedLists { addQuestions(list: list, context: context == .questions ? .questions : .round, round: round) }
            if found.questions.count > before {
                if explain { found.candidates.insert(QuestionCandidate(location: location(first), shape: "label", text: trimmed, isQuestion: false, reasons: ["group label: the items under it are the questions"]), at: mark) }
                return
            }
            // Nothing under it asks: the label is the question and its items are notes.
            found.candidates.removeSubrange(mark...)
        }
        var decision = QuestionClassifier.decide(QuestionText.firstStatement(trimmed).statement, tags: tags, context: context)
        decision.text = masked.restore(decision.text)
        record(first, "list item", masked.restore(trimmed), decision.isQuestion, decision.reasons)
        guard decision.isQuestion else { return }
        addQuestion(item: item, decision: decision, round: round, masked: masked)
    }

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

    /// Whether the first list of a section holds questions, half its items or more asking or setting a
    /// task ("### 3. 面试官的问题" over a numbered list): its heading names a group, not one problem.
    private func sectionListsQuestions(_ section: SectionTree) -> Bool {
        guard let list = section.blocks.first(where: { if case .list = $0.kind { return true } else { return false } }) else { return false }
        return listHoldsQuestions(list)
    }

    /// Whether half the items of a list or more ask or set a task, two at least.
    func listHoldsQuestions(_ list: MarkdownBlock) -> Bool {
        // Two questions at least: a single nested note ("- Follow-up: …") is never a group, and is not read.
        guard list.children.count >= 2 else { return false }
        var questions = 0
        for item in list.children {
            guard let first = item.children.first, first.kind == .paragraph else { continue }
            var reasons: [String] = []
            let verdict = QuestionClassifier.read(MaskedText(first.inline).text.trimmingSpaces(), reasons: &reasons).verdict
            if verdict == .asks || verdict == .sets { questions += 1 }
        }
        return questions >= 2 && questions * 2 >= list.children.count
    }

    /// Whether the lists of a section hold items that ask (then its heading is a group label).
    private func sectionAsks(_ section: SectionTree) -> Bool {
        section.blocks.contains { block in
            if case .list = block.kind { return listAsks(block) }
            // "**What is the event loop?**" and its answer: a paragraph whose first line asks.
            if block.kind == .paragraph {
                let first = block.inline.display.firstLineOnly().trimmingCharacters(in: CharacterSet(charactersIn: " *_"))
                return first.hasSuffix("?") || first.hasSuffix("？")
            }
            return false
        }
    }

    /// "**2. Explique…**": the number of a question in bold.
    static let boldNumber = CachedRegex(#"^\d{1,3}[.)]\s+"#)

    mutating func record(_ block: MarkdownBlock, _ shape: String, _ text: String, _ isQuestion: Bool, _ reasons: [String]) {
        guard explain else { return }
        found.candidates.append(QuestionCandidate(location: location(block), shape: shape, text: text, isQuestion: isQuestion, reasons: reasons))
    }

    /// `- <!-- todo --> How would you shard?`: cmark reads an item that starts with HTML as an
    /// HTML block; its text after the comment or tag is the item's paragraph.
    static func htmlLedItem(_ item: MarkdownBlock) -> MarkdownBlock {
        guard let first = item.children.first, first.kind == .htmlBlock else { return item }
        var text = Substring(first.literal)
        while let open = text.range(of: "<!--"), text[..<open.lowerBound].allSatisfy(\.isWhitespace),
              let close = text.range(of: "-->", range: open.upperBound..<text.endIndex) {
            text = text[close.upperBound...]
        }
        let rest = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !rest.isEmpty, rest.count < first.literal.count else { return item }
        var copy = item
        copy.children[0] = MarkdownBlock(kind: .paragraph, line: first.line, column: first.column, inline: InlineText(runs: [InlineRun(rest)]))
        return copy
    }
}
