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

    /// "**2. Explique…**": the number of a question in bold.
    static let boldNumber = CachedRegex(#"^\d{1,3}[.)]\s+"#)

    mutating func record(_ block: MarkdownBlock, _ shape: String, _ text: String, _ isQuestion: Bool, _ reasons: [String]) {
        guard explain else { return }
        found.candidates.append(QuestionCandidate(location: location(block), shape: shape, text: text, isQuestion: isQuestion, reasons: reasons))
    }
}
