import Foundation

/// Walks a parsed body once and pulls out questions, difficulty, next steps,
/// reflection, feedback and offer details (DESIGN 3.4), each with its position.
struct EntryExtractor {
    let path: String
    let classifier: SectionClassifier

    /// What has been found so far.
    var found = Extraction()
    var difficultItems = DifficultItems()
    /// The line of the title heading when it must not be read as a section heading.
    private var titleLine: Int?
    /// The text (tags removed, trimmed) and kind of each top-level heading, by line:
    /// each heading is scanned and classified once.
    private var headings: [Int: (text: String, kind: SectionKind?)] = [:]

    private init(path: String, classifier: SectionClassifier) {
        self.path = path
        self.classifier = classifier
    }

    /// Everything extraction finds in `document`.
    static func extract(_ document: MarkdownDocument, path: String, classifier: SectionClassifier) -> Extraction {
        var extractor = EntryExtractor(path: path, classifier: classifier)
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
        visit(SectionTree(document.blocks), kind: nil, round: nil)
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

    private mutating func visit(_ section: SectionTree, kind inherited: SectionKind?, round: String?) {
        let headingText = self.headingText(section.heading)
        let own = section.heading == nil || section.heading?.line == titleLine ? nil : headingKind(section.heading!)
        var kind = own ?? inherited
        // Went-well and to-improve only make sense as reflection; under a question they are notes.
        if own == nil, inherited == .wentWell || inherited == .toImprove { kind = inherited }
        let round = own == .round ? headingText : round

        process(section.blocks, kind: kind, round: round)

        for child in section.children {
            let childText = self.headingText(child.heading)
            let childKind = child.heading.flatMap(headingKind)
            if childKind == nil, EntryExtractor.isQuestionKind(kind) {
                if HeadingVocabulary.isAnswerHeading(childText) {
                    appendNotesToLastQuestion(child.allText())
                } else if HeadingVocabulary.isQuestionHeading(childText) {
                    addQuestion(heading: child, round: round)
                } else {
                    visit(child, kind: kind, round: round)
                }
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

    private mutating func process(_ blocks: [MarkdownBlock], kind: SectionKind?, round: String?) {
        guard let kind else { return }
        switch kind {
        case .questions, .round:
            var paragraphQuestion = false
            var introducesList = false
            for block in blocks {
                switch block.kind {
                case .list:
                    if introducesList || paragraphQuestion {
                        // "Constraints:" followed by a list describes the question before it.
                        appendNotesToLastQuestion(block.textLines())
                    } else {
                        for item in block.children { addQuestion(item: item, round: round) }
                    }
                    introducesList = false
                case .paragraph:
                    let text = block.inline.display.trimmingSpaces()
                    introducesList = text.endsWithBytes(":") || text.endsWithBytes("：")
                    if let lead = QuestionText.lead(block.inline) {
                        addQuestion(paragraph: block, lead: lead, round: round)
                        paragraphQuestion = true
                    } else if paragraphQuestion {
                        appendNotesToLastQuestion(block.textLines())
                    }
                default:
                    if paragraphQuestion { appendNotesToLastQuestion(block.textLines()) }
                }
            }
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
        let display = paragraph.inline.display
        var text = QuestionText.firstLine(display)
        var state = NextStep.State.open
        let bytes = Array(text.utf8.prefix(3))
        if bytes.count == 3, bytes[0] == UInt8(ascii: "["), bytes[2] == UInt8(ascii: "]") {
            switch bytes[1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): state = .done
            case UInt8(ascii: "-"), UInt8(ascii: "~"): state = .cancelled
            default: state = .open
            }
            text = text[text.utf8.index(text.startIndex, offsetBy: 3)...].trimmingSpaces()
        }
        guard !text.isEmpty else { return }
        let (day, problem) = DueMarker.parse(display)
        if let problem {
            found.diagnostics.append(Diagnostic(.warning, location(paragraph), problem, help: FormatDoc.nextSteps))
        }
        found.nextSteps.append(NextStep(text: text, state: state, due: day, location: location(paragraph)))
    }

}
