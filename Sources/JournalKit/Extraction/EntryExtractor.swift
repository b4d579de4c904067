import Foundation

/// Walks a parsed body once and pulls out questions, difficulty, next steps,
/// reflection, feedback and offer details (DESIGN 3.4), each with its position.
struct EntryExtractor {
    let path: String
    let classifier: SectionClassifier

    private(set) var questions: [Question] = []
    private(set) var askedThem: [TextItem] = []
    private(set) var nextSteps: [NextStep] = []
    private(set) var wentWell: [TextItem] = []
    private(set) var toImprove: [TextItem] = []
    private(set) var reflection: [TextItem] = []
    private(set) var feedback: [TextItem] = []
    private(set) var offer: [TextItem] = []
    private(set) var bodyTags: [String] = []
    private(set) var firstHeading: MarkdownBlock?
    private(set) var diagnostics: [Diagnostic] = []

    private struct DifficultItem {
        var name: String
        var note: String
        var tags: [String]
        var location: SourceLocation
    }
    private var difficultItems: [DifficultItem] = []
    /// The line of the title heading when it must not be read as a section heading.
    private var titleLine: Int?
    /// The text (tags removed, trimmed) and kind of each top-level heading, by line:
    /// each heading is scanned and classified once.
    private var headings: [Int: (text: String, kind: SectionKind?)] = [:]

    /// Headings under a question or round section whose content explains the
    /// question before them rather than asking a new one.
    private static let answerHeadings: Set<String> = [
        "solution", "solutions", "answer", "answers", "my answer", "approach", "my approach", "the ask", "code", "explanation",
        "notes", "note", "example", "examples", "output", "input", "complexity", "time complexity", "summary", "overview",
        "tips", "hints", "hint", "follow up questions", "followups", "constraints", "sample input", "sample output",
        "code examples", "implementation", "discussion", "details", "context", "preparation", "resources",
        "requirements", "key concepts", "key concepts evaluated", "concepts", "topics", "topics covered", "my code",
        "code i wrote", "pseudocode", "my approach pseudocode", "test cases", "edge cases",
    ]

    /// Bold leads of list items that describe the round rather than ask something.
    private static let metadataLeads: Set<String> = [
        "date", "duration", "time", "mode", "location", "interviewer", "interviewers", "format", "platform", "type",
        "result", "status", "round", "panel", "venue", "length", "difficulty", "level",
    ]

    /// Words that make a short sub-heading a question ("CSS Challenge", "Coding problem").
    private static let taskWords: Set<Substring> = ["challenge", "problem", "exercise", "puzzle", "kata", "task", "assignment", "case"]

    init(path: String, classifier: SectionClassifier) {
        self.path = path
        self.classifier = classifier
    }

    private func location(_ block: MarkdownBlock) -> SourceLocation {
        SourceLocation(path: path, line: block.line, column: block.column)
    }

    // MARK: - Sections

    private struct Section {
        var heading: MarkdownBlock?
        var level: Int
        var blocks: [MarkdownBlock] = []
        var children: [Section] = []
    }

    private static func sections(_ blocks: [MarkdownBlock]) -> Section {
        var stack = [Section(heading: nil, level: 0)]
        for block in blocks {
            if case .heading(let level) = block.kind {
                while stack.count > 1, stack[stack.count - 1].level >= level {
                    let done = stack.removeLast()
                    stack[stack.count - 1].children.append(done)
                }
                stack.append(Section(heading: block, level: level))
            } else {
                stack[stack.count - 1].blocks.append(block)
            }
        }
        while stack.count > 1 {
            let done = stack.removeLast()
            stack[stack.count - 1].children.append(done)
        }
        return stack[0]
    }

    mutating func extract(_ document: MarkdownDocument) {
        if let line = document.truncatedNestingLine {
            diagnostics.append(Diagnostic(.warning, SourceLocation(path: path, line: line, column: 1),
                                          "blocks are nested more than \(MarkdownParser.maximumDepth) levels deep here; text below that depth is not read",
                                          help: FormatDoc.sections))
        }
        for run in document.runsWithHash { bodyTags += TagScanner.tags(in: run) }
        for block in document.blocks {
            guard case .heading = block.kind else { continue }
            let text = EntryExtractor.plainHeading(block)
            headings[block.line] = (text, classifier.classify(text))
        }
        firstHeading = firstH1(document.blocks)
        // A title such as "Acme Corp — onsite" names the whole interview, not a section,
        // unless no other heading of the file names a section (then the file is one round).
        if let title = firstHeading {
            let others = document.blocks.contains { block in
                guard case .heading = block.kind, block.line != title.line else { return false }
                return headingKind(block) != nil
            }
            if others { titleLine = title.line }
        }
        visit(EntryExtractor.sections(document.blocks), kind: nil, round: nil)
        mergeDifficultItems()
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

    private mutating func visit(_ section: Section, kind inherited: SectionKind?, round: String?) {
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
                if EntryExtractor.isAnswerHeading(childText) {
                    appendNotesToLastQuestion(EntryExtractor.allText(child))
                } else if EntryExtractor.isQuestionHeading(childText) {
                    addQuestion(heading: child, round: round)
                } else {
                    visit(child, kind: kind, round: round)
                }
            } else if childKind == nil, kind == .difficult {
                let heading = child.heading!
                let (tags, text) = TagScanner.scan(heading.inline)
                let name = EntryExtractor.cleanQuestion(text)
                // An empty heading names nothing: its items are read as difficult items themselves.
                if name.isEmpty { visit(child, kind: kind, round: round); continue }
                difficultItems.append(DifficultItem(name: name, note: EntryExtractor.allText(child, includeHeading: false).joined(separator: " "),
                                                    tags: tags, location: location(heading)))
            } else {
                visit(child, kind: kind, round: round)
            }
        }
    }

    /// "Solution", "My approach (pseudocode)", "Code I wrote (partial)": the heading starts with an answer phrase.
    static func isAnswerHeading(_ text: String) -> Bool {
        let words = TextKey.normalize(text)
        if answerHeadings.contains(words) { return true }
        return answerHeadings.contains { words.hasPrefix($0 + " ") }
    }

    /// A sub-heading is a question unless it is a short group label ("Technical", "Coding").
    static func isQuestionHeading(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        if t.endsWithBytes("?") || t.endsWithBytes("？") { return true }
        let words = SectionClassifier.words(TextKey.normalize(t))
        if words.contains(where: { taskWords.contains($0) }) { return true }
        // Scripts without spaces between words: judge by length.
        if words.count < 3, t.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) { return t.count >= 4 }
        return words.count >= 3
    }

    private static func allText(_ section: Section, includeHeading: Bool = true) -> [String] {
        var lines: [String] = []
        if includeHeading, let heading = section.heading { lines.append(heading.inline.display) }
        lines += section.blocks.flatMap { $0.textLines() }
        for child in section.children { lines += allText(child) }
        return lines.filter { !$0.isEmpty }
    }

    private mutating func appendNotesToLastQuestion(_ notes: [String]) {
        guard !questions.isEmpty, !notes.isEmpty else { return }
        questions[questions.count - 1].notes += notes
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
                    if let lead = EntryExtractor.questionLead(block.inline) {
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
                if !text.isEmpty { this.askedThem.append(TextItem(EntryExtractor.firstLine(text), at: this.location(paragraph))) }
            }
        case .nextSteps:
            forEachItem(blocks, nested: true) { this, item, paragraph in this.addNextStep(paragraph) }
        case .wentWell, .toImprove, .reflection, .feedback, .offer:
            var items: [TextItem] = []
            for block in blocks {
                switch block.kind {
                case .list:
                    forEachItem([block], nested: false) { this, item, paragraph in
                        let text = EntryExtractor.joinLines(TagScanner.scan(paragraph.inline).text)
                        if !text.isEmpty { items.append(TextItem(text, at: this.location(paragraph))) }
                    }
                case .paragraph:
                    let text = EntryExtractor.joinLines(TagScanner.scan(block.inline).text)
                    if !text.isEmpty { items.append(TextItem(text, at: location(block))) }
                case .blockQuote:
                    let text = block.textLines().joined(separator: " ")
                    if !text.isEmpty { items.append(TextItem(text, at: location(block))) }
                default: break
                }
            }
            switch kind {
            case .wentWell: wentWell += items
            case .toImprove: toImprove += items
            case .feedback: feedback += items
            case .offer: offer += items
            default: reflection += items
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

    // MARK: - Questions

    /// `**Q1:** text`, `Q:` and `Question 3:` leads of a paragraph question.
    static func questionLead(_ inline: InlineText) -> String? {
        if let lead = inline.strongLead {
            let l = TextKey.normalize(lead)
            if l == "q" { return lead }
            if let rest = isQuestionNumber(Substring(l)), rest.isEmpty, l.last?.isNumber == true { return lead }
        }
        guard let first = inline.runs.first, !first.isCode, first.text.hasPrefix("Q") else { return nil }
        let text = Substring(first.text)
        if let rest = isQuestionNumber(text), let mark = rest.first, mark == ":" || mark == "." || mark == ")",
           rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) == true {
            return String(text[..<rest.index(after: rest.startIndex)])
        }
        return nil
    }

    /// After "Q", "Q1", "Question 3" (case-insensitive): the rest of the text; nil when it does not start so.
    private static func isQuestionNumber(_ text: Substring) -> Substring? {
        var rest = text
        if rest.lowercased().hasPrefix("question") { rest = rest.dropFirst(8) }
        else if rest.first == "Q" || rest.first == "q" { rest = rest.dropFirst() }
        else { return nil }
        if rest.first == " " { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        return rest.dropFirst(digits.count)
    }

    private static func firstLine(_ text: String) -> String {
        text.firstLineOnly().trimmingSpaces()
    }

    private static func joinLines(_ text: String) -> String {
        if !text.includesByte(10) { return text.trimmingSpaces() }
        return text.lines().map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Removes a task box, a `Q1:` lead, and surrounding punctuation noise.
    static func cleanQuestion(_ text: String) -> String {
        var t = text.trimmingSpaces()
        guard let first = t.unicodeScalars.first,
              first == "Q" || first == "*" || first == "[" || ("0"..."9").contains(first) || t.endsWithBytes(":") || t.endsWithBytes("：")
        else { return t }
        for box in ["[ ] ", "[x] ", "[X] "] where t.hasPrefix(box) { t.removeFirst(box.count) }
        if let range = t.range(of: #"^\*{0,2}(Q|Question) ?\d*[:.)]\*{0,2}\s*"#, options: .regularExpression) {
            t.removeSubrange(range)
        }
        if let range = t.range(of: #"^\d+[、.)．]\s*"#, options: .regularExpression) {
            t.removeSubrange(range)
        }
        if t.endsWithBytes(":") || t.endsWithBytes("：") { t.removeLast() }
        return t.trimmingSpaces()
    }

    /// A difficult tag, or a ❌ rating outside code.
    private static func isDifficult(_ tags: [String], _ inline: InlineText) -> Bool {
        tags.contains(where: TagScanner.isDifficultTag) || inline.runs.contains { !$0.isCode && $0.text.includes("❌") }
    }

    private mutating func addQuestion(item: MarkdownBlock, round: String?) {
        guard let first = item.children.first, first.kind == .paragraph else {
            if item.children.isEmpty {
                diagnostics.append(Diagnostic(.warning, location(item), "this list item in a questions section is empty; write the question or remove the item", help: FormatDoc.questions))
            }
            return
        }
        if let lead = first.inline.strongLead,
           EntryExtractor.metadataLeads.contains(TextKey.normalize(lead)) { return }
        let (tags, text) = TagScanner.scan(first.inline)
        var notes: [String] = []
        let questionText: String
        if text.includesByte(10) {
            let lines = text.lines().map { $0.trimmingSpaces() }
            questionText = EntryExtractor.cleanQuestion(lines.first ?? "")
            if lines.count > 1 { notes.append(lines.dropFirst().joined(separator: " ")) }
        } else {
            questionText = EntryExtractor.cleanQuestion(text)
        }
        guard !questionText.isEmpty else { return }
        var allTags = tags
        for child in item.children.dropFirst() {
            let nested = EntryExtractor.notesAndTags(child)
            notes += nested.notes
            // Difficulty fields (`difficulty:: hard`) written in nested items.
            allTags += nested.tags.filter(TagScanner.isDifficultTag)
        }
        questions.append(Question(text: questionText, notes: notes, tags: EntryExtractor.unique(allTags),
                                  difficult: EntryExtractor.isDifficult(allTags, first.inline),
                                  round: round, location: location(first)))
    }

    /// The text of a block nested in a question, one note per paragraph-like block, and the
    /// tags of its prose. Code spans and code blocks are kept as written and never scanned.
    private static func notesAndTags(_ block: MarkdownBlock) -> (notes: [String], tags: [String]) {
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

    private mutating func addQuestion(heading section: Section, round: String?) {
        let heading = section.heading!
        let (tags, text) = TagScanner.scan(heading.inline)
        let questionText = EntryExtractor.cleanQuestion(text)
        guard !questionText.isEmpty else { return }
        let notes = EntryExtractor.allText(section, includeHeading: false)
        questions.append(Question(text: questionText, notes: notes, tags: EntryExtractor.unique(tags),
                                  difficult: EntryExtractor.isDifficult(tags, heading.inline),
                                  round: round, location: location(heading)))
    }

    private mutating func addQuestion(paragraph: MarkdownBlock, lead: String, round: String?) {
        let (tags, text) = TagScanner.scan(paragraph.inline)
        var rest = text
        if let range = rest.firstByteRange(of: lead) { rest = String(rest[range.upperBound...]) }
        let lines = rest.lines().map { $0.trimmingSpaces() }
        let questionText = EntryExtractor.cleanQuestion(lines.first ?? "")
        guard !questionText.isEmpty else { return }
        questions.append(Question(text: questionText, notes: lines.count > 1 ? [lines.dropFirst().joined(separator: " ")] : [],
                                  tags: EntryExtractor.unique(tags), difficult: EntryExtractor.isDifficult(tags, paragraph.inline),
                                  round: round, location: location(paragraph)))
    }

    // MARK: - Difficult answers

    private mutating func addDifficult(item: MarkdownBlock) {
        guard let first = item.children.first, first.kind == .paragraph else { return }
        addDifficult(paragraph: first, extra: item.children.dropFirst().flatMap { $0.textLines() })
    }

    private mutating func addDifficult(paragraph: MarkdownBlock, extra: [String] = []) {
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
        note = EntryExtractor.trimLeadingPunctuation(EntryExtractor.joinLines(([note] + extra).joined(separator: "\n")))
        name = EntryExtractor.cleanQuestion(name)
        guard !name.isEmpty else { return }
        difficultItems.append(DifficultItem(name: name, note: note, tags: tags, location: location(paragraph)))
    }

    /// Drops leading spaces, dashes (`-`, `–`, `—`), colons (`:`, `：`) and full stops.
    private static func trimLeadingPunctuation(_ text: String) -> String {
        let bytes = text.utf8
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            if b == 32 || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".") {
                i = bytes.index(after: i)
                continue
            }
            // — U+2014 and – U+2013 (E2 80 94/93), ： U+FF1A (EF BC 9A).
            let rest = bytes[i...]
            if rest.starts(with: [0xE2, 0x80, 0x94]) || rest.starts(with: [0xE2, 0x80, 0x93]) || rest.starts(with: [0xEF, 0xBC, 0x9A]) {
                i = bytes.index(i, offsetBy: 3)
                continue
            }
            break
        }
        return i == bytes.startIndex ? text : String(text[i...])
    }

    /// Merges each difficult-section item into the question it names, or adds it as a new difficult question.
    private mutating func mergeDifficultItems() {
        guard !difficultItems.isEmpty else { return }
        // Question texts and item names have their tags removed already. A few items
        // against a few questions: compared as they are normalised, nothing built.
        let scan = difficultItems.count * (questions.count + difficultItems.count) <= 4096
        var index: [String: Int] = [:]
        if !scan {
            for (i, q) in questions.enumerated() {
                let key = TextKey.normalize(q.text)
                if index[key] == nil { index[key] = i }
            }
        }
        for item in difficultItems {
            let key = TextKey.normalize(item.name)
            let found = scan ? questions.indices.first { TextKey.normalizedEquals(questions[$0].text, key) } : index[key]
            if let i = found {
                questions[i].difficult = true
                if !item.note.isEmpty { questions[i].difficultyNotes.append(item.note) }
                questions[i].tags = EntryExtractor.unique(questions[i].tags + item.tags)
            } else {
                if !scan { index[key] = questions.count }
                questions.append(Question(text: item.name, difficultyNotes: item.note.isEmpty ? [] : [item.note],
                                          tags: EntryExtractor.unique(item.tags), difficult: true, location: item.location))
            }
        }
    }

    // MARK: - Next steps

    private mutating func addNextStep(_ paragraph: MarkdownBlock) {
        let display = paragraph.inline.display
        var text = EntryExtractor.firstLine(display)
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
        let (day, problem) = EntryExtractor.dueDate(in: display)
        if let problem {
            diagnostics.append(Diagnostic(.warning, location(paragraph), problem, help: FormatDoc.nextSteps))
        }
        nextSteps.append(NextStep(text: text, state: state, due: day, location: location(paragraph)))
    }

    /// `📅 YYYY-MM-DD`, `[due:: YYYY-MM-DD]`, `due YYYY-MM-DD` or `by YYYY-MM-DD`
    /// (markers case-insensitive, `due:` too). Returns the day, or a problem when the date is impossible.
    private static let dueMarkers: [[UInt8]] = [Array("📅".utf8), Array("[due::".utf8), Array("due".utf8), Array("by".utf8)]

    static func dueDate(in text: String) -> (CalendarDay?, String?) {
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "-")) else { return (nil, nil) }
        let markers = dueMarkers
        func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        func isWordByte(_ b: UInt8) -> Bool { (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 }
        var i = 0
        while i < bytes.count {
            for marker in markers where i + marker.count <= bytes.count {
                var match = true
                for k in 0..<marker.count where lower(bytes[i + k]) != marker[k] { match = false; break }
                guard match else { continue }
                // Words start at a boundary: "standby" is not "by".
                if marker[0] != 0xF0, marker[0] != UInt8(ascii: "["), i > 0, isWordByte(bytes[i - 1]) { continue }
                var j = i + marker.count
                if j < bytes.count, bytes[j] == UInt8(ascii: ":"), marker[0] == UInt8(ascii: "d") { j += 1 }
                while j < bytes.count, bytes[j] == 32 || bytes[j] == 9 { j += 1 }
                if let (value, _) = datePattern(bytes, at: j) {
                    if let day = CalendarDay(iso: value) { return (day, nil) }
                    let parts = value.split(separator: "-").compactMap { Int($0) }
                    if parts.count == 3, let day = CalendarDay(year: parts[0], month: parts[1], day: parts[2]) { return (day, nil) }
                    return (nil, FrontMatterDecoder.dateProblem(value, key: "due date"))
                }
            }
            i += 1
        }
        return (nil, nil)
    }

    /// `\d{4}-\d{1,2}-\d{1,2}` at `start`, not followed by another digit.
    private static func datePattern(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        func digits(_ from: Int, _ min: Int, _ max: Int) -> Int? {
            var n = 0
            while from + n < bytes.count, n < max, bytes[from + n] >= 48, bytes[from + n] <= 57 { n += 1 }
            return n >= min ? from + n : nil
        }
        guard let y = digits(start, 4, 4), y - start == 4, y < bytes.count, bytes[y] == UInt8(ascii: "-"),
              let m = digits(y + 1, 1, 2), m < bytes.count, bytes[m] == UInt8(ascii: "-"),
              let d = digits(m + 1, 1, 2) else { return nil }
        if d < bytes.count, bytes[d] >= 48, bytes[d] <= 57 { return nil }
        return (String(decoding: bytes[start..<d], as: UTF8.self), d)
    }

    static func unique(_ tags: [String]) -> [String] {
        if tags.count < 2 { return tags }
        var sorted = tags.sorted()
        var kept = 1
        for i in 1..<sorted.count where sorted[i] != sorted[kept - 1] {
            sorted.swapAt(i, kept)
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
