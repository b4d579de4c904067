/// How each shape of question becomes a `Question`: a list item, a sub-heading, a
/// `**Q1:**` paragraph, and the items of a "difficult answers" section.
extension EntryExtractor {
    /// A difficult tag, or a ❌ rating outside code.
    static func isDifficult(_ tags: [String], _ inline: InlineText) -> Bool {
        tags.contains(where: TagScanner.isDifficultTag) || inline.runs.contains { !$0.isCode && $0.text.includes("❌") }
    }

    /// A list item the classifier read as a question: its first statement is the question
    /// (wrapped lines joined), the rest of its paragraph and its nested blocks are notes.
    /// - Parameter masked: `MaskedText(first.inline)` when the caller has it already (made once, not twice).
    mutating func addQuestion(item: MarkdownBlock, decision: QuestionDecision, round: String?, masked: MaskedText? = nil) {
        guard let first = item.children.first else { return }
        let masked = masked ?? MaskedText(first.inline)
        let prose = masked.text
        // The tags of the masked text are the inline's (a code span's mark holds none); its
        // display text differs from the masked one only in code and inline HTML, which hold no
        // line break (cmark makes them spaces in code): without one in the masked text there is
        // no second statement, and the inline is not scanned again.
        let tags = masked.tags
        let rest = prose.includesByte(10) ? QuestionText.firstStatement(TagScanner.scan(first.inline).text.trimmingSpaces()).rest : ""
        let questionText = QuestionText.clean(decision.text)
        guard !questionText.isEmpty else { return }
        var notes: [String] = rest.isEmpty ? [] : [rest]
        var allTags = tags
        for child in item.children.dropFirst() {
            let nested = EntryExtractor.notesAndTags(child)
            notes += nested.notes
            // Difficulty fields (`difficulty:: hard`) written in nested items.
            allTags += nested.tags.filter(TagScanner.isDifficultTag)
        }
        var why = decision.reasons
        var difficult = EntryExtractor.isDifficult(allTags, first.inline) || item.children.dropFirst().contains(where: EntryExtractor.hasCross)
        if !difficult, let cue = QuestionClassifier.difficultyCue(([prose] + item.children.dropFirst().flatMap(EntryExtractor.proseLines)).joined(separator: " ")) {
            difficult = true
            why.append("difficulty cue '\(cue)'")
        }
        found.questions.append(Question(text: questionText, notes: notes, tags: TagList.sortedUnique(allTags),
                                        difficult: difficult, round: round, location: location(first), why: why))
    }

    /// The prose of a block and its descendants, code left out: where difficulty cues are read.
    static func proseLines(_ block: MarkdownBlock) -> [String] {
        switch block.kind {
        case .heading, .paragraph: [TagScanner.scan(InlineText(runs: block.inline.runs.filter { !$0.isCode && !$0.isHTML })).text]
        case .list, .item, .blockQuote: block.children.flatMap(proseLines)
        case .codeBlock, .htmlBlock, .thematicBreak: []
        }
    }

    /// A ❌ outside code anywhere in a nested block.
    static func hasCross(_ block: MarkdownBlock) -> Bool {
        if block.inline.runs.contains(where: { !$0.isCode && $0.text.includes("❌") }) { return true }
        return block.children.contains(where: hasCross)
    }

    /// The text of a block nested in a question, one note per paragraph-like block, and the
    /// tags of its prose. Code spans and code blocks are kept as written and never scanned.
    static func notesAndTags(_ block: MarkdownBlock) -> (notes: [String], tags: [String]) {
        var notes: [String] = []
        var tags: [String] = []
        var stack = [block]
        while let next = stack.popLast() {
            switch next.kind {
            case .heading, .paragraph:
                let (found, text) = TagScanner.scan(next.inline)
                tags += found
                let note = text.trimmingSpaces()
                if !note.isEmpty { notes.append(note) }
            case .codeBlock:
                notes += next.textLines().filter { !$0.trimmingSpaces().isEmpty }
            case .htmlBlock, .thematicBreak:
                break
            case .list, .item, .blockQuote:
                stack.append(contentsOf: next.children.reversed())
            }
        }
        return (notes, tags)
    }

    mutating func addQuestion(heading section: SectionTree, round: String?, why: [String]) {
        let heading = section.heading!
        let (tags, text) = TagScanner.scan(heading.inline)
        let questionText = QuestionText.clean(text)
        guard !questionText.isEmpty else { return }
        let notes = section.allText(includeHeading: false)
        var difficult = EntryExtractor.isDifficult(tags, heading.inline)
        var reasons = why
        if !difficult, let cue = QuestionClassifier.difficultyCue(section.blocks.flatMap(EntryExtractor.proseLines).joined(separator: " ")) {
            difficult = true
            reasons.append("difficulty cue '\(cue)'")
        }
        found.questions.append(Question(text: questionText, notes: notes, tags: TagList.sortedUnique(tags),
                                        difficult: difficult, round: round, location: location(heading), why: reasons))
    }

    /// The statement under a problem label ("### Problem statement", "## CSS Challenge"): the first
    /// paragraph or list item under it is the question, everything else in the section its notes.
    /// Returns false when the section states nothing.
    mutating func addStatement(under section: SectionTree, label: String, round: String?) -> Bool {
        var blocks = section.blocks
        var current = section
        while blocks.isEmpty, let child = current.children.first { blocks = child.blocks; current = child }
        guard let block = blocks.first(where: { $0.kind == .paragraph || $0.kind == .list(ordered: false) || $0.kind == .list(ordered: true) }) else { return false }
        let paragraph = block.kind == .paragraph ? block : block.children.first?.children.first
        guard let paragraph, paragraph.kind == .paragraph else { return false }
        let (tags, text) = TagScanner.scan(paragraph.inline)
        let (statement, _) = QuestionText.firstStatement(text.trimmingSpaces())
        let questionText = QuestionText.clean(statement)
        guard !questionText.isEmpty else { return false }
        let notes = [label] + section.allText(includeHeading: false).filter { $0 != paragraph.inline.display }
        let why = ["statement under the problem label '\(label)'"]
        record(section.heading!, "sub-heading", label, false, ["problem label: the statement under it is the question"])
        record(paragraph, "statement", questionText, true, why)
        var difficult = EntryExtractor.isDifficult(tags, section.heading!.inline)
        if !difficult, QuestionClassifier.difficultyCue(blocks.flatMap(EntryExtractor.proseLines).joined(separator: " ")) != nil { difficult = true }
        found.questions.append(Question(text: questionText, notes: notes, tags: TagList.sortedUnique(tags), difficult: difficult,
                                        round: round, location: location(paragraph), why: why))
        return true
    }

    /// A paragraph stating a problem after a label ("System design:" then "Design a system that…").
    /// - Parameter labelled: a label said a problem follows: the paragraph states it, up to the candidate's story.
    mutating func addStatement(paragraph: MarkdownBlock, tags: [String], text: String, round: String?, why: [String], labelled: Bool = false) {
        let (statement, rest) = labelled ? QuestionText.labelledStatement(text.trimmingSpaces()) : QuestionText.firstStatement(text.trimmingSpaces())
        let questionText = QuestionText.clean(statement)
        guard !questionText.isEmpty else { return }
        record(paragraph, "paragraph", questionText, true, why)
        found.questions.append(Question(text: questionText, notes: rest.isEmpty ? [] : [rest], tags: TagList.sortedUnique(tags),
                                        difficult: EntryExtractor.isDifficult(tags, paragraph.inline), round: round,
                                        location: location(paragraph), why: why))
    }

    mutating func addQuestion(paragraph: MarkdownBlock, lead: String, round: String?, why: [String]) {
        let (tags, text) = TagScanner.scan(paragraph.inline)
        var rest = text
        if let range = rest.firstByteRange(of: lead) { rest = String(rest[range.upperBound...]) }
        var (statement, notes) = QuestionText.firstStatement(rest.trimmingSpaces())
        // "Question 1 - Strings" / "You're given a log…": a topic over the problem stated on the next lines.
        if let stated = QuestionText.statementUnderTopic(rest.trimmingSpaces()) { (statement, notes) = stated }
        // "Q1: Basic Calculator II. I solved it in constant space.": what the candidate did is a note.
        let sentences = QuestionText.sentences(statement)
        if sentences.count > 1, QuestionText.isCandidateStory(sentences[1].text) {
            let first = sentences[0].text
            notes = (String(statement.dropFirst(first.count)).trimmingSpaces() + (notes.isEmpty ? "" : " " + notes))
            statement = first
        }
        let questionText = QuestionText.clean(statement)
        guard !questionText.isEmpty else { return }
        record(paragraph, "paragraph", questionText, true, why)
        // One note a line: the topic over a statement is a note of its own.
        found.questions.append(Question(text: questionText, notes: notes.isEmpty ? [] : notes.split(separator: "\n").map(String.init),
                                        tags: TagList.sortedUnique(tags), difficult: EntryExtractor.isDifficult(tags, paragraph.inline),
                                        round: round, location: location(paragraph), why: why))
    }

    // MARK: - Difficult answers

    mutating func addDifficult(item: MarkdownBlock) {
        guard let first = item.children.first, first.kind == .paragraph else { return }
        addDifficult(paragraph: first, extra: item.children.dropFirst().flatMap { $0.textLines() })
    }

    mutating func addDifficult(paragraph: MarkdownBlock, extra: [String] = []) {
        let (tags, text) = TagScanner.scan(paragraph.inline)
        var name: String
        var note: String
        if let lead = paragraph.inline.strongLead, !lead.isEmpty {
            name = TagScanner.scan(lead).stripped
            note = text
            if let range = note.firstByteRange(of: lead) { note = String(note[range.upperBound...]) }
        } else {
            let lines = text.lines()
            name = String(lines.first ?? "")
            note = lines.dropFirst().joined(separator: " ")
        }
        // "**Question**: [Question asked]": a template's field, not a question.
        if QuestionClassifier.isGroupLabel(name), QuestionClassifier.isPlaceholder(QuestionText.trimLeadingPunctuation(note.trimmingSpaces())) { return }
        note = QuestionText.trimLeadingPunctuation(QuestionText.joinLines(([note] + extra).joined(separator: "\n")))
        name = QuestionText.clean(name)
        guard !name.isEmpty, !QuestionClassifier.isPlaceholder(name) else { return }
        difficultItems.append(.init(name: name, note: note, tags: tags, location: location(paragraph)))
    }
}
