/// One walk over a parsed body that gathers what the kind of a note is judged by
/// (placeholders, empty fields, signs of an interview) and every task-list item,
/// wherever it is (as Obsidian Tasks reads them; never inside code).
struct NoteSurvey {
    /// Task-list items: the paragraph that starts each `- [ ]` / `- [x]` item.
    private(set) var tasks: [MarkdownBlock] = []
    /// Lines with prompts to fill in: `[Company Name]`, `[Question 1]`, `___`.
    private(set) var placeholders = 0
    /// `{{company}}`, `<% tp.date.now() %>`: template-engine syntax (in code too).
    private(set) var templateSyntax = 0
    /// `**Date:**` or `Duration:` with nothing after, `Problem::`, an empty list item.
    private(set) var emptyFields = 0
    /// The first lines of placeholder items and paragraphs (what must never become a question).
    private(set) var placeholderLines: Set<Int> = []

    /// First-person, past-tense narrative of an interview (a bank or a form does not speak so).
    static let interviewPhrases = [
        "asked me", "i was asked", "he asked", "she asked", "they asked", "interviewer asked", "the interviewer started",
        "we discussed", "i interviewed", "interviewed with", "interviewed by", "i was interviewed", "the interview was",
        "my interview was", "the interview lasted", "i explained", "i solved", "i applied", "i received", "i got",
        "me preguntaron", "me pidieron", "ich wurde gefragt", "me perguntaram", "面试官", "问了", "一面", "二面", "面经",
    ]

    /// Whether prompts and template syntax are counted (else only the tasks are gathered).
    private let countsPrompts: Bool

    /// - Parameter countPrompts: false when the front-matter already says the note is a
    ///   filled-in interview (a company and a real date), so no form is looked for.
    init(_ blocks: [MarkdownBlock], countPrompts: Bool = true) {
        countsPrompts = countPrompts
        visit(blocks)
        tasks.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// Depth first, in file order (the parser caps nesting, so recursion is bounded).
    private mutating func visit(_ blocks: [MarkdownBlock]) {
        for block in blocks {
            switch block.kind {
            case .heading, .paragraph:
                if countsPrompts { survey(block.inline, line: block.line) }
            case .codeBlock, .htmlBlock:
                if countsPrompts, block.literal.includesByte(UInt8(ascii: "<")) || block.literal.includesByte(UInt8(ascii: "{")),
                   block.literal.includes("<% tp.") || block.literal.includes("<%*") || block.literal.includes("{{date") {
                    templateSyntax += 1
                }
            case .item:
                if block.children.isEmpty, countsPrompts { emptyFields += 1 }
                if let first = block.children.first, first.kind == .paragraph, NoteSurvey.isTask(first.inline) {
                    tasks.append(first)
                }
                visit(block.children)
            case .list, .blockQuote:
                visit(block.children)
            case .thematicBreak:
                break
            }
        }
    }

    /// `[ ]`, `[x]`, `[-]` and the other one-character boxes of Obsidian Tasks, then a space.
    static func isTask(_ inline: InlineText) -> Bool {
        guard let first = inline.runs.first, !first.isCode else { return false }
        let bytes = first.text.utf8.prefix(4)
        guard bytes.count >= 3 else { return false }
        let b = Array(bytes)
        guard b[0] == UInt8(ascii: "["), b[2] == UInt8(ascii: "]"), b[1] < 0x80, b[1] != UInt8(ascii: "[") else { return false }
        return b.count == 3 || b[3] == 32 || b[3] == 9
    }

    private mutating func survey(_ inline: InlineText, line: Int) {
        for run in inline.runs where !run.isCode {
            let text = run.text
            // Most text has none of the bytes a prompt starts with: `{` `<` `[` `_`.
            guard NoteSurvey.mayHavePrompt(text) else { continue }
            if NoteSurvey.hasTemplateSyntax(text) { templateSyntax += 1; placeholderLines.insert(line) }
            if NoteSurvey.bracketPrompts(text) > 0 || text.includes("___") { placeholders += 1; placeholderLines.insert(line) }
        }
        if inline.runs.count == 1, NoteSurvey.isEmptyField(inline.runs[0].text) { emptyFields += 1 }
    }

    /// Whether `text` has a byte that a prompt or template syntax starts with.
    static func mayHavePrompt(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for b in bytes where b == 123 || b == 60 || b == 91 || b == 95 { return true }
            return false
        } ?? true
    }

    /// Whether the note reads as an interview write-up: a round heading, or a line of
    /// first-person narrative ("asked me", "I was asked"). Asked only when the kind is in doubt.
    static func hasInterviewMarker(_ blocks: [MarkdownBlock], classifier: SectionClassifier) -> Bool {
        var stack = Array(blocks.reversed())
        while let block = stack.popLast() {
            switch block.kind {
            case .heading:
                if classifier.classify(Inference.headingText(block)) == .round { return true }
            case .paragraph:
                let text = block.inline.runs.filter { !$0.isCode }.map(\.text).joined()
                guard !text.endsWithBytes("?") else { continue }
                let lower = text.lowercased()
                if interviewPhrases.contains(where: { lower.includes($0) }) { return true }
            case .list, .item, .blockQuote:
                stack.append(contentsOf: block.children.reversed())
            case .codeBlock, .htmlBlock, .thematicBreak:
                continue
            }
        }
        return false
    }

    /// `{{company}}`, `{{#interviewer}}`, `<% tp.date.now() %>`; not a Hugo shortcode (`{{< figure >}}`).
    static func hasTemplateSyntax(_ text: String) -> Bool {
        if text.includes("<%"), text.includes("%>") { return true }
        guard let open = text.firstByteRange(of: "{{") else { return false }
        let after = text[open.upperBound...].drop { $0 == " " || $0 == "#" || $0 == "/" || $0 == "^" }
        guard let first = after.first, first.isLetter || first == "_" else { return false }
        return after.includes("}}")
    }

    /// Words that a form puts in brackets for the user to replace.
    static let promptWords: Set<String> = [
        "date", "name", "names", "company", "role", "title", "position", "question", "answer", "notes", "link", "time",
        "interviewer", "interviewers", "location", "salary", "tbd", "todo", "fill in", "fecha", "empresa", "nombre",
    ]

    /// `[Company Name]`, `[Question 1]`, `[How I answered]`, `[Date]`: brackets around a prompt, not a
    /// task box, a wikilink, a footnote, a round label (`[Round 1]`) or an abbreviation (`[BY]`).
    static func bracketPrompts(_ text: String) -> Int {
        guard text.includesByte(UInt8(ascii: "[")) else { return 0 }
        var count = 0
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "]") else { break }
            let inside = after[..<close]
            let next = after[after.index(after: close)...].first
            rest = after[after.index(after: close)...]
            guard inside.count >= 2, next != "(", next != "]", inside.first?.isLetter == true, !inside.includes("://") else { continue }
            let key = TextKey.normalize(String(inside))
            let words = key.split(separator: " ")
            if ["round", "step", "stage", "part"].contains(words.first ?? "") { continue }
            if words.count >= 2 || promptWords.contains(key) { count += 1 }
        }
        return count
    }

    /// Labels of the fields a form asks for.
    static let fieldLabels: Set<String> = [
        "date", "time", "duration", "company", "role", "position", "title", "interviewer", "interviewers", "interviewer s",
        "format", "platform", "location", "platform location", "round", "stage", "result", "outcome", "status", "salary",
        "recruiter", "contact", "name", "names", "team", "level", "type", "link", "rating", "score", "notes", "next steps",
        "fecha", "empresa", "puesto", "entrevistador", "datum", "firma", "日期", "公司", "岗位",
    ]

    /// `Date:`, `**Duration:**`, `Problem::`, `Company: ` — a label and nothing after it: a
    /// Dataview field (`::`) with no value, or the label of a field that forms ask for.
    static func isEmptyField(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        guard t.utf8.count <= 40, t.endsWithBytes(":") || t.endsWithBytes("：") else { return false }
        if t.hasSuffix("::") { return true }
        return fieldLabels.contains(TextKey.normalize(t))
    }
}
