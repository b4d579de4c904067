import Foundation

/// The text of a question as the user wrote it, minus the marks around it: `Q1:` leads,
/// task boxes, numbering, and the lines of a paragraph.
enum QuestionText {
    /// `**Q1:** text`, `Q:`, `Question 3:` and `Problem 2 –` leads of a paragraph question.
    static func lead(_ inline: InlineText) -> String? {
        if let lead = inline.strongLead {
            let l = TextKey.normalize(lead)
            if l == "q" { return lead }
            if let rest = afterQuestionNumber(Substring(l)), rest.isEmpty, l.last?.isNumber == true { return lead }
        }
        // "问：先做个自我介绍吧": the Chinese lead of an interviewer's question.
        if let first = inline.runs.first, !first.isCode {
            for lead in ["问：", "问:", "Q：", "问题："] where first.text.hasPrefix(lead) && first.text.count > lead.count { return lead }
        }
        guard let first = inline.runs.first, !first.isCode, let initial = first.text.unicodeScalars.first,
              initial.properties.isUppercase || initial == "q" else { return nil }
        // "Coding 1: Q1: Max path sum": a short label before the lead.
        if let colon = first.text.firstByteRange(of: ": "), first.text.utf8.distance(from: first.text.startIndex, to: colon.lowerBound) <= 24 {
            let after = InlineText(runs: [InlineRun(String(first.text[colon.upperBound...]))] + inline.runs.dropFirst())
            if let inner = after.runs.first?.text.first, inner == "Q", let lead = lead(after), lead.first == "Q" {
                return String(first.text[..<colon.upperBound]) + lead
            }
        }
        let text = Substring(first.text)
        guard let rest = afterQuestionNumber(text), let mark = rest.first else { return nil }
        if mark == ":" || mark == "." || mark == ")", rest.dropFirst().first.map({ $0 == " " || $0 == "\t" }) == true {
            return String(text[..<rest.index(after: rest.startIndex)])
        }
        // "Question 4 – 23 MCQs": a dash after the number.
        for dash in [" – ", " - ", " — "] where rest.hasPrefix(dash) && rest.count > dash.count {
            return String(text[..<rest.index(rest.startIndex, offsetBy: dash.count - 1)])
        }
        return nil
    }

    /// After "Q", "Q1", "Question 3", "Problem 2" (case-insensitive; the words of
    /// `QuestionCues.numberedLeads`): the rest of the text; nil when it does not start so.
    static func afterQuestionNumber(_ text: Substring) -> Substring? {
        var rest = text
        let lower = text.prefix(12).lowercased()
        var needsNumber = false
        if lower.hasPrefix("question") { rest = rest.dropFirst(8) }
        else if rest.first == "Q" || rest.first == "q" { rest = rest.dropFirst() }
        else if let word = QuestionCues.all.numberedLeads.first(where: { $0.count > 1 && lower.hasPrefix($0) }) {
            rest = rest.dropFirst(word.count)
            needsNumber = true
        }
        else { return nil }
        if rest.first == " " { rest = rest.dropFirst() }
        let digits = rest.prefix { $0.isASCII && $0.isNumber }
        if needsNumber, digits.isEmpty { return nil }
        return rest.dropFirst(digits.count)
    }

    static func firstLine(_ text: String) -> String {
        text.firstLineOnly().trimmingSpaces()
    }

    static func joinLines(_ text: String) -> String {
        if !text.includesByte(10) { return text.trimmingSpaces() }
        return text.lines().map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    static let questionLead = CachedRegex(#"^\*{0,2}(Q|Question) ?\d*[:.)]\*{0,2}\s*"#)
    static let numberLead = CachedRegex(#"^\d+[、.)．]\s*"#)

    /// Removes a task box, a `Q1:` lead, and surrounding punctuation noise.
    static func clean(_ text: String) -> String {
        var t = text.trimmingSpaces()
        guard let first = t.unicodeScalars.first,
              first == "Q" || first == "*" || first == "[" || ("0"..."9").contains(first) || t.endsWithBytes(":") || t.endsWithBytes("：")
        else { return t }
        for box in ["[ ] ", "[x] ", "[X] "] where t.hasPrefix(box) { t.removeFirst(box.count) }
        if let range = questionLead.firstRange(in: t) {
            t.removeSubrange(range)
        }
        if let range = numberLead.firstRange(in: t) {
            t.removeSubrange(range)
        }
        if t.endsWithBytes(":") || t.endsWithBytes("：") { t.removeLast() }
        return t.trimmingSpaces()
    }

    /// Drops leading spaces, dashes (`-`, `–`, `—`), colons (`:`, `：`) and full stops.
    static func trimLeadingPunctuation(_ text: String) -> String {
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

    /// A paragraph that labels what follows rather than saying anything: "System design:",
    /// "Questions they asked me:", "Question 1 (Medium Level)". Returns the label without its colon.
    static func label(_ text: String) -> String? {
        guard !text.includesByte(10) || text.lines().count == 1 else { return nil }
        if text.endsWithBytes(":") || text.endsWithBytes("：") {
            let words = SectionClassifier.words(TextKey.normalize(text))
            guard words.count <= 16 else { return nil }
            var label = text
            label.removeLast()
            return label.trimmingSpaces()
        }
        if numberedLabel(text) != nil { return text }
        return nil
    }

    /// "Question 1", "Problem 2 (Medium level)", "Q3": a numbered label with nothing after it but a note in brackets.
    static func numberedLabel(_ text: String) -> String? {
        var t = Substring(text.trimmingSpaces())
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") { t = t[..<open] }
        t = Substring(t.trimmingSpaces())
        if t.hasSuffix(":") { t = t.dropLast() }
        // Two words or none: counted without normalising a long paragraph.
        guard TextKey.wordCount(t, limit: 2) == 2 else { return nil }
        let normalized = TextKey.normalize(String(t))
        let words = SectionClassifier.words(normalized)
        guard words.count == 2, words[1].allSatisfy(\.isNumber) else { return nil }
        return QuestionCues.all.numberedLeads.contains(String(words[0])) ? String(t) : nil
    }

    /// Whether a bold lead is the whole text ("**Java questions**").
    static func isWholeLead(_ lead: String, of text: String) -> Bool {
        let rest = text.trimmingSpaces()
        return rest == lead.trimmingSpaces() || rest == lead.trimmingSpaces() + ":"
    }

    /// The first statement of a text whose lines an editor may have wrapped: lines are joined
    /// (a soft break is a space) until one ends a sentence; the rest is returned apart.
    static func firstStatement(_ text: String) -> (statement: String, rest: String) {
        guard text.includesByte(10) else { return (text.trimmingSpaces(), "") }
        let lines = text.lines().map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        var taken = 0
        var statement = ""
        var ended = false
        for line in lines {
            if taken > 0 {
                if ended {
                    // "You're given an array…." / "Return the indices…": the problem goes on.
                    guard ProblemStatement.goesOn(statement, with: line) else { break }
                } else if line.unicodeScalars.first.map({ $0.properties.isUppercase || $0 == "-" || $0 == "*" }) ?? true {
                    // A wrapped line goes on in lowercase ("…works across" / "multiple regions?").
                    break
                }
            }
            statement += statement.isEmpty ? line : " " + line
            taken += 1
            ended = endsSentence(line)
        }
        return (statement, lines.dropFirst(taken).joined(separator: " "))
    }

    /// The statement of a paragraph that a problem label introduced ("System design:" over "We
    /// run a CMS for publishers…" / "Design a system that…"): its lines up to the first one where
    /// the candidate's story starts ("I began with the schema"); the rest is returned apart.
    static func labelledStatement(_ text: String) -> (statement: String, rest: String) {
        guard text.includesByte(10) else { return (text.trimmingSpaces(), "") }
        let lines = text.lines().map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        var taken = 0
        for line in lines {
            if taken > 0, let first = sentences(line).first?.text, !ProblemStatement.setsUp(first),
               isCandidateStory(first) || reportsSpeech(first) { break }
            taken += 1
        }
        return (lines.prefix(taken).joined(separator: " "), lines.dropFirst(taken).joined(separator: " "))
    }

    /// Whether a sentence opens with reported speech ("Asked me to write it on paper", "He asked…").
    static func reportsSpeech(_ sentence: String) -> Bool {
        CueIndex.shared.hits(in: TextKey.normalize(sentence)).contains { ($0.kind == .reported || $0.kind == .reportedLead) && $0.start == 0 }
    }

    private static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return true }
        return ".?!:;。？！：；)".unicodeScalars.contains(last) || line.hasSuffix("**")
    }

    /// The questions of a sentence that lists them after a label: "Standard questions: why Acme,
    /// and where I see myself in five years." → ["why Acme", "where I see myself in five years"].
    /// The label speaks of questions, and every part (two at least) opens with an interrogative.
    static func inlineList(_ sentence: String) -> [String]? {
        guard let colon = sentence.firstByteRange(of: ": ") else { return nil }
        let label = String(sentence[..<colon.lowerBound])
        guard SectionClassifier.words(TextKey.normalize(label)).count <= 5, QuestionClassifier.introducesQuestions(label) else { return nil }
        var rest = String(sentence[colon.upperBound...]).trimmingSpaces()
        while let last = rest.last, last == "." || last == ";" { rest.removeLast() }
        var parts: [String] = []
        for piece in rest.components(separatedBy: ", ") {
            var p = piece.trimmingSpaces()
            if p.lowercased().hasPrefix("and ") { p.removeFirst(4) }
            if p.lowercased().hasPrefix("or ") { p.removeFirst(3) }
            if !p.isEmpty { parts.append(p) }
        }
        guard parts.count >= 2 else { return nil }
        for part in parts {
            var reasons: [String] = []
            _ = QuestionClassifier.read(part, reasons: &reasons)
            guard reasons.contains(where: { $0.hasPrefix("interrogative") }) else { return nil }
        }
        return parts.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }

    /// Whether a sentence tells what the candidate did rather than asks: narrative ("I solved it in
    /// constant space.") or a past-tense task without a subject ("Solved recursively.").
    static func isCandidateStory(_ sentence: String) -> Bool {
        var reasons: [String] = []
        let verdict = QuestionClassifier.read(sentence, reasons: &reasons).verdict
        if verdict == .narrative { return true }
        return CueIndex.shared.hits(in: TextKey.normalize(sentence)).contains { $0.kind == .reportedTask && $0.start == 0 }
    }

    /// The sentences of a prose paragraph, each with the line (from the paragraph's first) where it starts.
    static func sentences(_ text: String) -> [(text: String, lineOffset: Int)] {
        var out: [(text: String, lineOffset: Int)] = []
        var current = ""
        var start = 0
        var line = 0
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func flush() {
            let t = current.trimmingSpaces()
            if !t.isEmpty { out.append((t, start)) }
            current = ""
        }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" {
                line += 1
                if let last = current.unicodeScalars.last, ".?!。？！".unicodeScalars.contains(last) { flush(); start = line; i += 1; continue }
                if current.trimmingSpaces().isEmpty { start = line }
                current.unicodeScalars.append(" ")
                i += 1
                continue
            }
            if current.trimmingSpaces().isEmpty, c != " " { start = line }
            current.unicodeScalars.append(c)
            let ends = c == "?" || c == "!" || c == "。" || c == "？" || c == "！"
                || (c == "." && i + 1 < scalars.count && scalars[i + 1] == " " && !(i >= 2 && scalars[i - 2] == "." || i >= 1 && scalars[i - 1].properties.isUppercase && (i < 2 || scalars[i - 2] == " ")))
            if ends, i + 1 == scalars.count || scalars[i + 1] == " " || scalars[i + 1] == "\n" || c.value >= 0x3000 { flush() }
            i += 1
        }
        flush()
        return out
    }
}
