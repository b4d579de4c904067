/// `<details><summary>What is a closure?</summary>…</details>`: how GitHub write-ups fold an
/// answer (or a round's list) under its question. cmark reads the tags as HTML blocks; the
/// summary is a candidate as a list item would be, and what the block folds are its notes.
enum DetailsBlock {
    /// Summaries that fold an answer, never a question: "Answer", "Show solution", "Click to expand".
    static let answerWords: Set<Substring> = ["answer", "answers", "solution", "solutions", "code", "hint", "hints", "spoiler",
                                              "click", "expand", "show", "reveal", "approach", "explanation", "respuesta",
                                              "solución", "resposta", "solução", "lösung", "antwort", "答案", "解答"]

    /// The summary's text (tags inside it dropped, entities decoded), the text after it in the
    /// same block, and the line of the block where the summary starts (from 0).
    static func summary(_ literal: String) -> (summary: String, rest: String, lineOffset: Int)? {
        guard literal.includes("<summary") || literal.includes("<SUMMARY") else { return nil }
        let lower = literal.lowercased()
        // Lowercasing keeps the byte offsets of ASCII tags only.
        guard lower.utf8.count == literal.utf8.count, let open = lower.firstByteRange(of: "<summary"),
              let close = lower.firstByteRange(of: "</summary>"), open.upperBound <= close.lowerBound else { return nil }
        let bytes = Array(literal.utf8)
        let start = lower.utf8.distance(from: lower.startIndex, to: open.upperBound)
        let end = lower.utf8.distance(from: lower.startIndex, to: close.lowerBound)
        guard let gt = bytes[start..<end].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let summary = plain(String(decoding: bytes[(gt + 1)..<end], as: UTF8.self))
        let after = lower.utf8.distance(from: lower.startIndex, to: close.upperBound)
        let rest = plain(String(decoding: bytes[after...], as: UTF8.self))
        let lineOffset = bytes[..<start].reduce(0) { $1 == 10 ? $0 + 1 : $0 }
        return summary.isEmpty ? nil : (summary, rest, lineOffset)
    }

    /// Whether an HTML block closes a `<details>`.
    static func closes(_ literal: String) -> Bool {
        literal.includes("</details>") || literal.includes("</DETAILS>")
    }

    /// Whether a summary folds an answer: few words, one of them an answer word.
    static func foldsAnswer(_ summary: String) -> Bool {
        if HeadingVocabulary.isAnswerHeading(summary) { return true }
        let words = SectionClassifier.words(TextKey.normalize(summary))
        return words.count <= 4 && words.contains(where: answerWords.contains)
    }

    /// Text without tags, its common entities decoded, its lines joined.
    static func plain(_ html: String) -> String {
        var out = ""
        var inTag = false
        for c in html {
            if c == "<" { inTag = true; continue }
            if c == ">", inTag { inTag = false; continue }
            if !inTag { out.append(c == "\n" ? " " : c) }
        }
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " "), ("&amp;", "&")]
        where out.includes(entity) {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}

extension EntryExtractor {
    /// An HTML block in a section: a `<summary>` is read as a list item of the section (an
    /// answer's summary is not); returns whether what follows, up to `</details>`, is notes
    /// of the last question, and whether a list after it holds questions ("Round 2 questions").
    mutating func processDetails(_ block: MarkdownBlock, context: QuestionContext, round: String?) -> (notes: Bool, questions: Bool)? {
        guard let (summary, rest, offset) = DetailsBlock.summary(block.literal) else { return nil }
        if DetailsBlock.foldsAnswer(summary) {
            guard !found.questions.isEmpty else { return (false, false) }
            record(block, "summary", summary, false, ["summary folds an answer: what it folds explains the last question"])
            if !rest.isEmpty { appendNotesToLastQuestion([rest]) }
            return (!DetailsBlock.closes(block.literal), false)
        }
        let at = block.line + offset
        let line = MarkdownBlock(kind: .paragraph, line: at, column: offset == 0 ? block.column : 1, inline: InlineText(runs: [InlineRun(summary)]))
        let item = MarkdownBlock(kind: .item, line: at, column: line.column, children: [line])
        let before = found.questions.count
        addQuestion(item: item, context: context == .open ? .interviewSection : context, round: round)
        guard found.questions.count > before else {
            return (false, !summary.endsWithBytes("?") && QuestionClassifier.introducesQuestions(summary))
        }
        if !rest.isEmpty { appendNotesToLastQuestion([rest]) }
        return (!DetailsBlock.closes(block.literal), false)
    }
}
