/// How each shape of question becomes a `Question`: a list item, a sub-heading, a
/// `**Q1:**` paragraph, and the items of a "difficult answers" section.
extension EntryExtractor {
    /// A difficult tag, or a ❌ rating outside code.
    static func isDifficult(_ tags: [String], _ inline: InlineText) -> Bool {
        tags.contains(where: TagScanner.isDifficultTag) || inline.runs.contains { !$0.isCode && $0.text.includes("❌") }
    }

    mutating func addQuestion(item: MarkdownBlock, round: String?) {
        guard let first = item.children.first, first.kind == .paragraph else {
            if item.children.isEmpty {
                found.diagnostics.append(Diagnostic(.warning, location(item), "this list item in a questions section is empty; write the question or remove the item", help: FormatDoc.questions))
            }
            return
        }
        if let lead = first.inline.strongLead, HeadingVocabulary.isMetadataLead(lead) { return }
        let (tags, text) = TagScanner.scan(first.inline)
        var notes: [String] = []
        let questionText: String
        if text.includesByte(10) {
            let lines = text.lines().map { $0.trimmingSpaces() }
            questionText = QuestionText.clean(lines.first ?? "")
            if lines.count > 1 { notes.append(lines.dropFirst().joined(separator: " ")) }
        } else {
            questionText = QuestionText.clean(text)
        }
        guard !questionText.isEmpty else { return }
        var allTags = tags
        for child in item.children.dropFirst() {
            let nested = EntryExtractor.notesAndTags(child)
            notes += nested.notes
            // Difficulty fields (`difficulty:: hard`) written in nested items.
            allTags += nested.tags.filter(TagScanner.isDifficultTag)
        }
        found.questions.append(Question(text: questionText, notes: notes, tags: TagList.sortedUnique(allTags),
                                        difficult: EntryExtractor.isDifficult(allTags, first.inline),
                                        round: round, location: location(first)))
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

    mutating func addQuestion(heading section: SectionTree, round: String?) {
        let heading = section.heading!
        let (tags, text) = TagScanner.scan(heading.inline)
        let questionText = QuestionText.clean(text)
        guard !questionText.isEmpty else { return }
        let notes = section.allText(includeHeading: false)
        found.questions.append(Question(text: questionText, notes: notes, tags: TagList.sortedUnique(tags),
                                        difficult: EntryExtractor.isDifficult(tags, heading.inline),
                                        round: round, location: location(heading)))
    }

    mutating func addQuestion(paragraph: MarkdownBlock, lead: String, round: String?) {
        let (tags, text) = TagScanner.scan(paragraph.inline)
        var rest = text
        if let range = rest.firstByteRange(of: lead) { rest = String(rest[range.upperBound...]) }
        let lines = rest.lines().map { $0.trimmingSpaces() }
        let questionText = QuestionText.clean(lines.first ?? "")
        guard !questionText.isEmpty else { return }
        found.questions.append(Question(text: questionText, notes: lines.count > 1 ? [lines.dropFirst().joined(separator: " ")] : [],
                                        tags: TagList.sortedUnique(tags), difficult: EntryExtractor.isDifficult(tags, paragraph.inline),
                                        round: round, location: location(paragraph)))
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
        note = QuestionText.trimLeadingPunctuation(QuestionText.joinLines(([note] + extra).joined(separator: "\n")))
        name = QuestionText.clean(name)
        guard !name.isEmpty else { return }
        difficultItems.append(.init(name: name, note: note, tags: tags, location: location(paragraph)))
    }
}
