/// A paragraph written one question a line, without list markers: each line ends a sentence
/// or starts a new one ("What is useMemo?" / "Explain Promise.all()." / "Problem 2: Two sum"),
/// which a hard-wrapped paragraph never does (its lines go on in lowercase).
enum QuestionLines {
    /// The lines of `inline` when the paragraph is written one question a line, else nil.
    ///
    /// It is when no line break falls inside a sentence (a line ending in a letter, digit or
    /// comma before one starting in lowercase) and either two lines start with a `Q1:` lead (or
    /// one does after the first line), or at least two lines and half of them ask on their own
    /// (a question mark, or an interrogative first word). One `Q1:` lead on the first line
    /// alone is a problem stated over several lines, not a list.
    static func split(_ inline: InlineText) -> [InlineText]? {
        guard inline.runs.contains(where: { !$0.isCode && $0.text.includesByte(10) }) else { return nil }
        let lines = lines(of: inline)
        guard lines.count >= 2 else { return nil }
        var texts: [String] = []
        texts.reserveCapacity(lines.count)
        for line in lines { texts.append(MaskedText(line).text.trimmingSpaces()) }
        for i in 1..<texts.count where wraps(texts[i - 1], into: texts[i]) { return nil }
        var leads = 0
        var leadAfterFirst = false
        var asks = 0
        var marks = 0
        var labelled = false
        for (i, line) in lines.enumerated() {
            if QuestionText.lead(line) != nil {
                leads += 1
                if i > 0 { leadAfterFirst = true }
            } else if asksAlone(texts[i]) {
                asks += 1
                if texts[i].endsWithBytes("?") || texts[i].endsWithBytes("？") { marks += 1 }
            }
            if i + 1 < lines.count, endsLabel(texts[i]) { labelled = true }
        }
        if leads >= 2 || leadAfterFirst { return lines }
        // "Then asked a DSA question :-" / "given an array…" / "Count…": a label and the problem it introduces,
        // unless the lines after it are questions by their marks.
        if labelled { return marks >= 2 && marks * 2 >= lines.count ? lines : nil }
        if leads == 0, asks >= 2, asks * 2 >= lines.count { return lines }
        return nil
    }

    /// Header words of a table column that holds questions.
    static let questionColumns: Set<Substring> = ["question", "questions", "pregunta", "preguntas", "pergunta", "perguntas",
                                                  "frage", "fragen", "problem", "problems", "prompt", "task", "问题", "题目"]

    /// The cells of a pipe table (a paragraph to the parser) that hold its questions, with the
    /// line offset of each row: the column headed "Question" (or "Pregunta", "Frage", "问题"…),
    /// else the column whose cells most often end with a question mark (two rows at least).
    static func tableQuestions(_ inline: InlineText) -> [(offset: Int, cell: String)]? {
        guard mayBeTable(inline) else { return nil }
        return parseTable(inline)
    }

    /// `tableQuestions` without the look at the bytes first.
    static func parseTable(_ inline: InlineText) -> [(offset: Int, cell: String)]? {
        let lines = MaskedText(inline).text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard lines.count >= 4, lines.allSatisfy({ $0.hasPrefix("|") }),
              lines[1].allSatisfy({ $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " }) else { return nil }
        func cells(_ row: String) -> [String] {
            var parts = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.first == "" { parts.removeFirst() }
            if parts.last == "" { parts.removeLast() }
            return parts
        }
        let header = cells(lines[0])
        let rows = lines.dropFirst(2).enumerated().map { (offset: $0.offset + 2, cells: cells($0.element)) }
        var column = header.firstIndex { cell in
            SectionClassifier.words(TextKey.normalize(cell)).contains { questionColumns.contains($0) } || questionColumns.contains(Substring(cell))
        }
        if column == nil {
            var best = (index: -1, marks: 0)
            for index in header.indices {
                let marks = rows.filter { index < $0.cells.count && ($0.cells[index].hasSuffix("?") || $0.cells[index].hasSuffix("？")) }.count
                if marks > best.marks { best = (index, marks) }
            }
            if best.marks >= 2 { column = best.index }
        }
        guard let column else { return nil }
        let found = rows.compactMap { row -> (offset: Int, cell: String)? in
            guard column < row.cells.count, !row.cells[column].isEmpty else { return nil }
            return (row.offset, row.cells[column])
        }
        return found.isEmpty ? nil : found
    }

    /// Whether `inline` could be a pipe table (four lines or more, each starting with `|`),
    /// decided on the bytes of its runs: the masked text that `tableQuestions` splits has its
    /// line breaks and bars from the runs that are not code, and no others.
    static func mayBeTable(_ inline: InlineText) -> Bool {
        var breaks = 0
        var bar = false
        for run in inline.runs where !run.isCode {
            var copy = run.text
            copy.withUTF8 { bytes in
                for b in bytes {
                    if b == 10 { breaks += 1 } else if b == UInt8(ascii: "|") { bar = true }
                }
            }
        }
        return breaks >= 3 && bar
    }

    /// The runs of `inline` cut at its line breaks (code spans never hold one).
    static func lines(of inline: InlineText) -> [InlineText] {
        var lines = [InlineText(strongLead: inline.strongLead)]
        for run in inline.runs {
            guard !run.isCode, run.text.includesByte(10) else { lines[lines.count - 1].runs.append(run); continue }
            for (k, part) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if k > 0 { lines.append(InlineText()) }
                if !part.isEmpty { lines[lines.count - 1].runs.append(InlineRun(String(part), isHTML: run.isHTML)) }
            }
        }
        return lines.filter { !$0.isEmpty }
    }

    /// A line that labels what follows it: "Then asked a DSA question :-", "Given:", "题目：".
    static func endsLabel(_ text: String) -> Bool {
        text.endsWithBytes(":") || text.endsWithBytes(":-") || text.endsWithBytes("：") || text.endsWithBytes(":–")
    }

    /// Whether the break between two lines falls inside a sentence: "…works across" / "multiple regions?".
    static func wraps(_ before: String, into after: String) -> Bool {
        guard let last = before.unicodeScalars.last, let first = after.unicodeScalars.first else { return false }
        let open = last.properties.isLowercase || last == "," || ("0"..."9").contains(last)
        return open && first.properties.isLowercase
    }

    /// A line that asks on its own: it ends with a question mark or opens with an interrogative.
    static func asksAlone(_ text: String) -> Bool {
        if text.endsWithBytes("?") || text.endsWithBytes("？") || text.hasPrefix("¿") { return true }
        var reasons: [String] = []
        _ = QuestionClassifier.read(text, reasons: &reasons)
        return reasons.contains { $0.hasPrefix("interrogative") || $0.hasPrefix("task") || $0.hasPrefix("prompt") }
    }

    /// A short line that names the group of the questions after it ("Hooks", "Custom Hooks",
    /// "Event Loop"): no more than three words, no sentence mark, and no cue of its own.
    static func isShortLabel(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, !".?!:;。？！：；".unicodeScalars.contains(last) else { return false }
        let words = SectionClassifier.words(TextKey.normalize(text))
        guard !words.isEmpty, words.count <= 3 else { return false }
        var reasons: [String] = []
        return QuestionClassifier.read(text, reasons: &reasons).verdict == .neutral
    }
}
