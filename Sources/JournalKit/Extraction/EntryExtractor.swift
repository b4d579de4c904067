import Foundation

/// Walks a parsed body once and pulls out questions, difficulty, next steps,
/// reflection, feedback and offer details (DESIGN 3.4), each with its position.
struct EntryExtractor {
    let path: String
    let classifier: SectionClassifier
    /// Whether to keep every candidate the question classifier judged (`check --explain`).
    let explain: Bool

    /// What has been found so far.
    var found = Extraction()
    var difficultItems = DifficultItems()
    /// The line of the title heading when it must not be read as a section heading.
    private var titleLine: Int?
    /// The text (tags removed, trimmed) and kind of each top-level heading, by line:
    /// each heading is scanned and classified once.
    private var headings: [Int: (text: String, kind: SectionKind?)] = [:]

    /// The kind of the whole document, when its first heading says it is a list of the
    /// candidate's own questions ("Questions to ask", "Reverse interview").
    private var documentKind: SectionKind?
    /// Whether a heading of the note names a round or a questions section: an interview note.
    private var hasRounds = false

    private init(path: String, classifier: SectionClassifier, explain: Bool) {
        self.path = path
        self.classifier = classifier
        self.explain = explain
    }

    /// Everything extraction finds in `document`.
    static func extract(_ document: MarkdownDocument, path: String, classifier: SectionClassifier, explain: Bool = false) -> Extraction {
        var extractor = EntryExtractor(path: path, classifier: classifier, explain: explain)
        extractor.extract(document)
        return extractor.found
    }

    func location(_ block: MarkdownBlock) -> SourceLocation {
        SourceLocation(path: path, line: block.line, column: block.column)
    }

    private mutating func extract(_ document: MarkdownDocument) {
        if let line = document.truncatedNestingLine {
            found.diagnostics.append(Diagnostic(.warning, SourceLocation(path: path, line: line, column: 1),
                                                "blocks are nested more than \(MarkdownParser.maximumDepth) levels deep here; text below that depth is not read",
                                                help: FormatDoc.sections))
        }
        for run in document.runsWithHash { found.bodyTags += TagScanner.tags(in: run) }
        for block in document.blocks {
            guard case .heading = block.kind else { continue }
            let text = EntryExtractor.plainHeading(block)
            headings[block.line] = (text, classifier.classify(text))
        }
        found.firstHeading = firstH1(document.blocks)
        // A title such as "Acme Corp — onsite" names the whole interview, not a section,
        // unless no other heading of the file names a section (then the file is one round).
        if let title = found.firstHeading {
            let others = document.blocks.contains { block in
                guard case .heading = block.kind, block.line != title.line else { return false }
                return headingKind(block) != nil
            }
            if others { titleLine = title.line }
        }
        hasRounds = headings.values.contains { $0.kind == .round || $0.kind == .questions }
        if let first = document.blocks.first(where: { if case .heading = $0.kind { return true } else { return false } }),
           headingKind(first) == .askedThem {
            documentKind = .askedThem
        }
        visit(SectionTree(document.blocks), kind: documentKind, round: nil)
        difficultItems.merge(into: &found.questions)
    }

    /// The first level-1 heading, unless the file uses level-1 headings for its sections
    /// ("# Round 1", "# Round 2"): then none of them is a title.
    private func firstH1(_ blocks: [MarkdownBlock]) -> MarkdownBlock? {
        let h1s = blocks.filter { if case .heading(1) = $0.kind { return !$0.inline.isEmpty } else { return false } }
        guard let first = h1s.first else { return nil }
        if h1s.count > 1, headingKind(first) != nil { return nil }
        return first
    }

    /// A heading's text without its tags, trimmed: what it is classified by.
    private static func plainHeading(_ heading: MarkdownBlock) -> String {
        TagScanner.scan(heading.inline).text.trimmingSpaces()
    }

    private func headingText(_ heading: MarkdownBlock?) -> String {
        guard let heading else { return "" }
        return headings[heading.line]?.text ?? EntryExtractor.plainHeading(heading)
    }

    private func headingKind(_ heading: MarkdownBlock) -> SectionKind? {
        if let known = headings[heading.line] { return known.kind }
        return classifier.classify(EntryExtractor.plainHeading(heading))
    }

    private static func isQuestionKind(_ kind: SectionKind?) -> Bool { kind == .questions || kind == .round }

    // MARK: - Sections

    mutating func visit(_ section: SectionTree, kind inherited: SectionKind?, round: String?) {
        let headingText = self.headingText(section.heading)
        let own = section.heading == nil || section.heading?.line == titleLine ? nil : headingKind(section.heading!)
        var kind = own ?? inherited
        // Went-well and to-improve only make sense as reflection; under a question they are notes.
        if own == nil, inherited == .wentWell || inherited == .toImprove { kind = inherited }
        // "Passion questions" under "Questions to ask them" are still the candidate's own.
        if inherited == .askedThem, own == .questions || own == .round { kind = .askedThem }
        let round = own == .round ? headingText : round

        process(section.blocks, kind: kind, round: round, bare: section.heading == nil || section.heading?.line == found.firstHeading?.line)

        for child in section.children {
            let childText = self.headingText(child.heading)
            let childKind = child.heading.flatMap(headingKind)
            if childKind == nil, let kind, EntryExtractor.isQuestionKind(kind) {
                visitQuestionHeading(child, text: childText, kind: kind, round: round)
            } else if childKind == nil, kind == nil, let heading = child.heading, !childText.endsWithBytes("?"),
                      QuestionText.numberedLabel(childText) != nil, addStatement(under: child, label: childText, round: round) {
                // "## Exercise 1" / "## Ejercicio 2" outside any round: a numbered problem, its statement under it.
                _ = heading
                for grandchild in child.children { visit(grandchild, kind: kind, round: round) }
            } else if childKind == nil, kind == .difficult {
                let heading = child.heading!
                let (tags, text) = TagScanner.scan(heading.inline)
                let name = QuestionText.clean(text)
                // An empty heading names nothing: its items are read as difficult items themselves.
                if name.isEmpty { visit(child, kind: kind, round: round); continue }
                difficultItems.append(.init(name: name, note: child.allText(includeHeading: false).joined(separator: " "),
                                            tags: tags, location: location(heading)))
            } else {
                visit(child, kind: kind, round: round)
            }
        }
    }

    mutating func appendNotesToLastQuestion(_ notes: [String]) {
        guard !found.questions.isEmpty, !notes.isEmpty else { return }
        found.questions[found.questions.count - 1].notes += notes
    }

    // MARK: - Blocks by kind

    /// Splits the blocks at bold labels used as headings (`**Round 1 - coding**`, `**Next steps**`)
    /// and reads each part by its label's kind.
    private mutating func process(_ blocks: [MarkdownBlock], kind: SectionKind?, round: String?, bare: Bool) {
        var start = 0
        var kind = kind
        var round = round
        for (i, block) in blocks.enumerated() {
            guard block.kind == .paragraph, let lead = block.inline.strongLead.flatMap({ $0.isEmpty ? nil : $0 }) ?? EntryExtractor.plainRoundLine(block),
                  QuestionText.isWholeLead(lead, of: block.inline.display),
                  let labelled = classifier.classify(TagScanner.scan(lead).stripped),
                  block.inline.strongLead != nil || labelled == .round else { continue }
            processPart(Array(blocks[start..<i]), kind: kind, round: round, bare: bare)
            if explain { record(block, "label", lead, false, ["bold label used as a heading: \(labelled.rawValue)"]) }
            kind = documentKind == .askedThem && (labelled == .questions || labelled == .round) ? .askedThem : labelled
            if labelled == .round { round = TagScanner.scan(lead).stripped.trimmingSpaces() }
            start = i + 1
        }
        processPart(start == 0 ? blocks : Array(blocks[start...]), kind: kind, round: round, bare: bare && start == 0)
    }

    /// "Round 2: System Design (HLD) : 1 hr" on a line of its own, not in bold: a round's label
    /// used as a heading, as a bold one is (only a round: other plain lines stay candidates).
    static func plainRoundLine(_ block: MarkdownBlock) -> String? {
        let text = block.inline.display.trimmingSpaces()
        guard !text.isEmpty, !text.includesByte(10), text.utf8.count <= 80, text.prefix(5).lowercased() == "round" else { return nil }
        return text
    }

    private mutating func processPart(_ blocks: [MarkdownBlock], kind: SectionKind?, round: String?, bare: Bool) {
        guard !blocks.isEmpty else { return }
        guard let kind else {
            processQuestions(blocks, context: hasRounds ? .interviewSection : .open, round: round, bare: bare)
            return
        }
        switch kind {
        case .questions, .round:
            processQuestions(blocks, context: kind == .questions ? .questions : .round, round: round)
        case .difficult:
            for block in blocks {
                switch block.kind {
                case .list:
                    for item in block.children { addDifficult(item: item) }
                case .paragraph where block.inline.strongLead != nil:
                    addDifficult(paragraph: block)
                default: break
                }
            }
        case .askedThem:
            forEachItem(blocks, nested: false) { this, item, paragraph in
                let text = TagScanner.scan(paragraph.inline).text.trimmingSpaces()
                if !text.isEmpty { this.found.askedThem.append(TextItem(QuestionText.firstLine(text), at: this.location(paragraph))) }
            }
        case .nextSteps:
            forEachItem(blocks, nested: true) { this, item, paragraph in this.addNextStep(paragraph) }
        case .wentWell, .toImprove, .reflection, .feedback, .offer:
            var items: [TextItem] = []
            for block in blocks {
                switch block.kind {
                case .list:
                    forEachItem([block], nested: false) { this, item, paragraph in
                        let text = QuestionText.joinLines(TagScanner.scan(paragraph.inline).text)
                        if !text.isEmpty { items.append(TextItem(text, at: this.location(paragraph))) }
                    }
                case .paragraph:
                    let text = QuestionText.joinLines(TagScanner.scan(block.inline).text)
                    if !text.isEmpty { items.append(TextItem(text, at: location(block))) }
                case .blockQuote:
                    let text = block.textLines().joined(separator: " ")
                    if !text.isEmpty { items.append(TextItem(text, at: location(block))) }
                default: break
                }
            }
            switch kind {
            case .wentWell: found.wentWell += items
            case .toImprove: found.toImprove += items
            case .feedback: found.feedback += items
            case .offer: found.offer += items
            default: found.reflection += items
            }
        }
    }

    /// Calls `body` with each list item that starts with a paragraph.
    private mutating func forEachItem(_ blocks: [MarkdownBlock], nested: Bool,
                                      _ body: (inout EntryExtractor, MarkdownBlock, MarkdownBlock) -> Void) {
        var stack: [MarkdownBlock] = blocks.reversed().filter { if case .list = $0.kind { return true } else { return false } }
        while let list = stack.popLast() {
            for item in list.children {
                if let paragraph = item.children.first, paragraph.kind == .paragraph {
                    body(&self, item, paragraph)
                }
                if nested {
                    for child in item.children.reversed() { if case .list = child.kind { stack.append(child) } }
                }
            }
        }
    }

    // MARK: - Next steps

    private mutating func addNextStep(_ paragraph: MarkdownBlock) {
        if let step = TaskItems.step(paragraph, at: location(paragraph), diagnostics: &found.diagnostics) { found.nextSteps.append(step) }
    }

}
