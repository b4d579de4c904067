/// Every task-list item of a note is a next step (as Obsidian Tasks reads them), not only
/// the items of a "Next steps" section; items inside code never are (issue 15).
enum TaskItems {
    /// The steps of next-steps sections, with every other task-list item of the note added, in file order.
    static func merge(_ sectionSteps: [NextStep], tasks: [MarkdownBlock], path: String, diagnostics: inout [Diagnostic]) -> [NextStep] {
        guard !tasks.isEmpty else { return sectionSteps }
        let known = Set(sectionSteps.map { $0.location.line })
        var steps = sectionSteps
        for paragraph in tasks where !known.contains(paragraph.line) {
            let location = SourceLocation(path: path, line: paragraph.line, column: paragraph.column)
            if let step = step(paragraph, at: location, diagnostics: &diagnostics) { steps.append(step) }
        }
        if steps.count == sectionSteps.count { return sectionSteps }
        return steps.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }

    /// The step of a list item: its box (`[ ]` open, `[x]` done, `[-]`/`[~]` cancelled, others
    /// open; none is open too), its first line and its due date; nil when it has no text.
    static func step(_ paragraph: MarkdownBlock, at location: SourceLocation, diagnostics: inout [Diagnostic]) -> NextStep? {
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
        guard !text.isEmpty else { return nil }
        let (day, problem) = DueMarker.parse(display)
        if let problem { diagnostics.append(Diagnostic(.warning, location, problem, help: FormatDoc.nextSteps)) }
        return NextStep(text: text, state: state, due: day, location: location)
    }
}
