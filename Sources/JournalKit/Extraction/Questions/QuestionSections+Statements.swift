import Foundation

/// A problem stated in a paragraph after its label, and the story after it.
extension EntryExtractor {
    /// Marks the last question difficult when a sentence of the prose after it says it went badly,
    /// not as a condition ("…if I got stuck").
    mutating func markDifficultByStory(_ prose: String) {
        guard let last = found.questions.indices.last, !found.questions[last].difficult, QuestionClassifier.difficultyCue(prose) != nil else { return }
        for sentence in QuestionText.sentences(prose) {
            guard let cue = QuestionClassifier.difficultyCue(sentence.text),
                  !TextKey.normalize(sentence.text).split(separator: " ").contains("if") else { continue }
            found.questions[last].difficult = true
            found.questions[last].why.append("difficulty cue '\(cue)' in the text after it")
            return
        }
    }

    /// A paragraph whose first line labels a problem ("Then asked a DSA question :-", "He gave me
    /// this problem:") and whose next lines state it: the statement, where it starts, and the label.
    func labelledStatement(_ paragraph: MarkdownBlock) -> (block: MarkdownBlock, text: String, label: String)? {
        guard paragraph.inline.runs.contains(where: { !$0.isCode && $0.text.includesByte(10) }) else { return nil }
        let lines = QuestionLines.lines(of: paragraph.inline)
        guard lines.count >= 2 else { return nil }
        let first = MaskedText(lines[0]).text.trimmingSpaces()
        guard QuestionLines.endsLabel(first) else { return nil }
        var label = first
        while let last = label.last, last == ":" || last == "-" || last == "：" || last == "–" || last == " " { label.removeLast() }
        guard QuestionClassifier.introducesQuestions(label) || QuestionClassifier.isProblemLabel(label) else { return nil }
        let rest = InlineText(runs: lines.dropFirst().flatMap { [InlineRun("\n")] + $0.runs }.dropFirst().map { $0 })
        let block = MarkdownBlock(kind: .paragraph, line: paragraph.line + 1, column: 1, inline: rest)
        return (block, TagScanner.scan(rest).text, label)
    }
}
