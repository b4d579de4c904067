import Foundation

/// Where a candidate stands, which sets what the classifier needs to call it a question.
package enum QuestionContext: String, Sendable, Hashable {
    /// A section headed "Questions": every item is a question (the user said so).
    case questions
    /// A round: an item is a question unless its words say it is narrative.
    case round
    /// A section of an interview note (one with rounds) whose heading names no kind
    /// ("Interview details"): what asks or sets a task is a question, plain text is not.
    case interviewSection
    /// No question section: only text whose words ask something (not a bare task) is a question.
    case open
}

/// What the classifier makes of one candidate block, and why.
package struct QuestionDecision: Sendable, Hashable {
    package enum Verdict: Sendable, Hashable {
        /// Its words ask something: a question mark, an interrogative, reported speech.
        case asks
        /// Its words set a task or prompt ("Design…", "Given…", "X vs Y").
        case sets
        /// No cue either way.
        case neutral
        /// Narrative, logistics, a placeholder, a generic mention.
        case narrative
    }
    package var verdict: Verdict
    package var isQuestion: Bool
    /// The question's text: the candidate's, without a reported-speech prefix ("he asked me how…").
    package var text: String
    package var reasons: [String]
}

/// Decides whether a candidate block (list item, paragraph sentence, sub-heading) is a
/// question, from its context and its words (cues in `QuestionCues`). The note's explicit
/// marks (`#question`, `#not-question`, a Questions section) win over the words.
package enum QuestionClassifier {
    /// - Parameters:
    ///   - text: the candidate's text, tags removed.
    ///   - tags: the candidate's tags.
    package static func decide(_ text: String, tags: [String] = [], context: QuestionContext) -> QuestionDecision {
        let trimmed = text.trimmingSpaces()
        if tags.contains("not-question") || tags.contains("not_question") {
            return QuestionDecision(verdict: .narrative, isQuestion: false, text: trimmed, reasons: ["#not-question tag"])
        }
        if tags.contains("question") {
            return QuestionDecision(verdict: .asks, isQuestion: true, text: trimmed, reasons: ["#question tag"])
        }
        if let value = fieldValue(trimmed) {
            return QuestionDecision(verdict: .asks, isQuestion: true, text: value, reasons: ["question:: field"])
        }
        if isPlaceholder(trimmed) {
            return QuestionDecision(verdict: .narrative, isQuestion: false, text: trimmed, reasons: ["template placeholder"])
        }
        // The context's reason first, then the words' (read only appends): no insertion at the front.
        var reasons: [String]
        switch context {
        case .questions: reasons = ["item of a questions section"]
        case .round: reasons = ["in a round"]
        case .interviewSection: reasons = ["in an interview note, outside its rounds"]
        case .open: reasons = ["outside a questions section"]
        }
        let verdict = read(trimmed, reasons: &reasons)
        var result = QuestionDecision(verdict: verdict.verdict, isQuestion: false, text: verdict.text, reasons: reasons)
        switch context {
        case .questions:
            result.isQuestion = true
        case .round:
            result.isQuestion = verdict.verdict != .narrative
            if verdict.verdict == .neutral { result.reasons.append("no narrative cue") }
        case .interviewSection:
            result.isQuestion = verdict.verdict == .asks || verdict.verdict == .sets
        case .open:
            result.isQuestion = verdict.verdict == .asks
        }
        return result
    }

    /// The verdict of the words alone, with the cues behind it.
    static func read(_ whole: String, reasons: inout [String]) -> (verdict: QuestionDecision.Verdict, text: String) {
        let text = whole
        let normalized = TextKey.normalize(text)
        let hits = CueIndex.shared.hits(in: normalized)
        // Leads count at the start, and after a short label ("System design: Design a URL shortener").
        // (Two word indices at most: no Set is built per candidate.)
        var labelEnd = 0
        if let colon = text.firstByteRange(of: ": "), text.utf8.distance(from: text.startIndex, to: colon.lowerBound) <= 40 {
            labelEnd = SectionClassifier.words(TextKey.normalize(String(text[..<colon.lowerBound]))).count
        }
        func isLeadStart(_ start: Int) -> Bool { start == 0 || start == labelEnd }
        func lead(_ kind: CueIndex.Kind) -> CueIndex.Hit? { hits.first { $0.kind == kind && isLeadStart($0.start) } }
        func anywhere(_ kind: CueIndex.Kind) -> CueIndex.Hit? { hits.first { $0.kind == kind } }

        // "The first question was "What happens when you type a URL?".": the quoted question is the text.
        if let quoted = quotedQuestion(text) {
            reasons.append("quoted question")
            return (.asks, quoted)
        }
        let mark = text.endsWithBytes("?") || text.endsWithBytes("？") || text.includes("¿") || text.includes("? ") || text.includes("？")
        if mark { reasons.append("question mark") }
        let interrogative = lead(.interrogative) ?? hits.first { $0.kind == .interrogative && $0.phrase.unicodeScalars.first!.value >= 0x2E80 }
        if let interrogative { reasons.append("interrogative '\(interrogative.phrase)'") }
        // "the interviewer asked me about": overlapping phrases read as one, to the end of the last.
        let reports = hits.filter { $0.kind == .reported || $0.kind == .reportedLead && isLeadStart($0.start) }
        var reported = reports.min { $0.start < $1.start }
        if var first = reported {
            for hit in reports where hit.start <= first.end && hit.end > first.end { first.end = hit.end; first.phrase = hit.phrase }
            reported = first
        }
        if let reported { reasons.append("reported speech '\(reported.phrase)'") }
        let topic = anywhere(.topic)
        if let topic, reported == nil { reasons.append("topic of questions '\(topic.phrase)'") }
        let task = lead(.task) ?? lead(.reportedTask)
        if let task { reasons.append("task '\(task.phrase)'") }
        let prompt = anywhere(.prompt)
        if let prompt, task == nil { reasons.append("prompt '\(prompt.phrase)'") }
        let narrativeLead = hits.first { $0.kind == .narrative && $0.start == 0 }
        let narrativePhrase = anywhere(.narrativePhrase)
        if let narrativeLead { reasons.append("narrative '\(narrativeLead.phrase)'") }
        if let narrativePhrase { reasons.append("narrative '\(narrativePhrase.phrase)'") }
        let link = text.includes("leetcode.com/problems") || text.includes("hackerrank.com/challenges")
        if link { reasons.append("problem link") }

        // (A Character equal to "[" is that byte: the prefixes are tried only after one.)
        if text.utf8.first == UInt8(ascii: "["), text.hasPrefix("[ ]") || text.hasPrefix("[x]") || text.hasPrefix("[X]") {
            reasons.append("task-list item: a step to do")
            return (.narrative, whole)
        }
        let stripped = reported.flatMap { stripReported(whole, $0) }
        if mark || link { return (.asks, stripped ?? whole) }
        // Narrative before the report ("The interviewer was friendly and asked me to…") does not unmake what is asked after it.
        let narrativeAfterReport = reported.map { report in hits.contains { $0.kind == .narrativePhrase && $0.start >= report.start } } ?? true
        if reported != nil, !narrativeAfterReport {
            if stripped != nil || interrogative != nil { return (.asks, stripped ?? whole) }
            reasons.append("nothing asked after it")
            return (.narrative, whole)
        }
        if interrogative != nil { return (.asks, whole) }
        if narrativePhrase != nil { return (.narrative, whole) }
        if topic != nil { return (.sets, whole) }
        if narrativeLead != nil { return (.narrative, whole) }
        if task != nil || prompt != nil { return (.sets, whole) }
        // "The tree had no parent pointers, so I built a graph first": the candidate's own story.
        // The words are made only here, for the few texts that reach this rule with a story cue.
        if hits.contains(where: { $0.kind == .story }), case let words = SectionClassifier.words(normalized),
           let story = hits.first(where: { $0.kind == .story && ($0.start == 0 || !storyRelatives.contains(words[$0.start - 1])) }) {
            reasons.append("the candidate's story '\(story.phrase)'")
            return (.narrative, whole)
        }
        return (.neutral, whole)
    }

    /// Words before a story cue that make it part of what is asked ("…how you solved it").
    private static let storyRelatives: Set<Substring> = ["where", "how", "when", "that", "which", "what", "why", "whether", "if"]

    /// "The interviewer asked me how I would shard" → "How I would shard"; "He pushed on: how do
    /// you…" → "How do you…". The prefix is kept when little would remain.
    static func stripReported(_ text: String, _ hit: CueIndex.Hit) -> String? {
        let cjk = hit.phrase.unicodeScalars.contains { $0.value >= 0x2E80 }
        guard let range = reportPatterns.regex(for: hit.phrase).firstRange(in: text) else { return text }
        var rest = String(text[range.upperBound...]).trimmingSpaces()
        // Keep the interrogative of "asked me how/why/whether…".
        let last = hit.phrase.split(separator: " ").last.map(String.init) ?? ""
        if ["how", "why", "whether", "if", "what", "which", "when"].contains(last) { rest = last + " " + rest }
        // "I had to design a notification service" → "Design a notification service".
        else if hit.phrase.hasPrefix("had to ") { rest = last + " " + rest }
        if rest.lowercased().hasPrefix("to ") { rest.removeFirst(3) }
        // "was asked questions on OOP" → "Questions on OOP".
        if last == "questions" || last == "question" { rest = last + " " + rest }
        // "问了一下实习时间": Chinese reports keep their words (the verb is part of how the question reads).
        if cjk { return rest.count >= 2 ? text : nil }
        let words = SectionClassifier.words(TextKey.normalize(rest))
        // "…that I was asked during the interviews": nothing is asked after the phrase.
        guard words.count >= 2, !["during", "in", "at", "by", "for", "before", "after", "later", "again", "too", "that", "this"].contains(words[0]) else { return nil }
        // "asked me a simple programming question", "asked two DSA problems": a count, not a question.
        if isGenericMention(words) { return nil }
        return rest.prefix(1).uppercased() + rest.dropFirst()
    }

    /// The pattern of a reported-speech phrase in the text as written: its words apart by
    /// anything but letters and digits, case ignored; compiled once per phrase.
    static func reportPattern(_ phrase: String) -> String {
        let pattern = phrase.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }.joined(separator: "\\W+")
        let boundary = phrase.unicodeScalars.contains { $0.value >= 0x2E80 } ? "" : "\\b"
        return boundary + pattern + boundary + "[\\s:,：，]*"
    }

    private static let reportPatterns = CachedRegex.Cache { CachedRegex(reportPattern($0), caseInsensitive: true) }

    /// The question inside quotes in a sentence that reports it: `…was "What is X?".` → `What is X?`.
    static func quotedQuestion(_ text: String) -> String? {
        // Every closing quote below follows a question mark: without one, nothing to look for.
        guard text.includesByte(UInt8(ascii: "?")) || text.includes("？") else { return nil }
        for (open, close) in [("\"", "?\""), ("“", "?”"), ("'", "?'"), ("「", "？」")] {
            guard let end = text.firstByteRange(of: close) else { continue }
            let before = text[..<end.lowerBound]
            guard let start = lastRange(of: open, in: before) else { continue }
            let inner = String(text[start.upperBound..<end.lowerBound]) + (close.hasPrefix("？") ? "？" : "?")
            guard SectionClassifier.words(TextKey.normalize(inner)).count >= 3 else { continue }
            return inner.trimmingSpaces()
        }
        return nil
    }

    /// Whether words after a report only count or describe what was asked ("a simple programming
    /// question and my approach", "two DSA problems"): a count word first, a question noun within
    /// five words, and nothing after the noun that names it ("questions on OOP" names its topic).
    static func isGenericMention(_ words: [Substring]) -> Bool {
        let cues = CueIndex.shared
        guard let first = words.first, cues.genericCounts.contains(first) else { return false }
        for j in 1..<min(words.count, 6) where cues.questionNouns.contains(words[j]) {
            guard j + 1 < words.count else { return true }
            let after = words[j + 1]
            return !["on", "about", "related", "regarding", "based", "like", "such", "from", "of", "in", "where", "that", "which", "to", "for"].contains(after)
        }
        return false
    }

    /// "[Question 1] - [How I answered]", "___", "<question>": text that is only blanks to fill.
    static func isPlaceholder(_ text: String) -> Bool {
        guard text.includesByte(UInt8(ascii: "[")) || text.includes("___") || text.includes("{{") else { return false }
        var depth = 0
        var closed = 0
        var outside = ""
        for c in text {
            if c == "[" || c == "{" { depth += 1; continue }
            if c == "]" || c == "}" {
                if depth > 0 { closed += 1 }
                depth = max(0, depth - 1)
                continue
            }
            if depth == 0 { outside.append(c) }
        }
        // Blanks are closed: "[[[[ a:: b" is text, not a form.
        guard depth == 0, closed > 0 || text.includes("___") else { return false }
        let words = SectionClassifier.words(TextKey.normalize(outside))
        return words.isEmpty || (words.count <= 2 && words.allSatisfy { CueIndex.shared.groupWords.contains($0) || $0 == "answer" })
    }

    /// A group label ("Technical questions", "Introduction & experience", "Round 2"): only words that name a kind of question.
    static func isGroupLabel(_ text: String) -> Bool {
        // "Section 1 : Analytical", "Round 2 - Coding", "Part A: Theory": a numbered group and its name.
        for separator in [":", " - ", " – ", " — "] {
            // (Words are counted first, without building them: most heads are not two words.)
            if let range = text.firstByteRange(of: separator), range.lowerBound != text.startIndex,
               TextKey.wordCount(text[..<range.lowerBound], limit: 2) == 2 {
                let head = SectionClassifier.words(TextKey.normalize(String(text[..<range.lowerBound])))
                if head.count == 2, ["section", "part", "round", "stage", "step", "sección", "parte", "teil"].contains(head[0]) { return true }
            }
        }
        guard (1...6).contains(TextKey.wordCount(text[...], limit: 6)) else { return false }
        let words = SectionClassifier.words(TextKey.normalize(text))
        guard !words.isEmpty, words.count <= 6 else { return false }
        if words.last == "questions" || words.last == "question" || words.last == "preguntas" || words.last == "perguntas" || words.last == "fragen" { return true }
        return words.allSatisfy { CueIndex.shared.groupWords.contains($0) }
    }

    /// A heading or label that names a problem whose statement follows it ("Problem statement", "Task", "The ask").
    static func isProblemLabel(_ text: String) -> Bool {
        var t = text.trimmingSpaces()
        if t.endsWithBytes(":") || t.endsWithBytes("：") { t.removeLast() }
        let normalized = TextKey.normalize(t)
        let words = SectionClassifier.words(normalized)
        guard !words.isEmpty, words.count <= 4 else { return false }
        let hits = CueIndex.shared.hits(in: normalized)
        return hits.contains { $0.kind == .problemLabel && $0.end == words.count || $0.kind == .problemLabel && words.count - $0.end <= 1 && words.last!.allSatisfy(\.isNumber) }
    }

    /// The phrase that says a question went badly ("couldn't solve", "struggled"), if any.
    static func difficultyCue(_ text: String) -> String? {
        // ASCII (most texts): read on its bytes, with no normalised copy made.
        if let phrase = CueIndex.shared.table.firstPhrase(.difficulty, inASCII: text) { return phrase }
        let normalized = TextKey.normalize(text)
        return CueIndex.shared.firstHit(.difficulty, in: normalized)?.phrase
    }

    /// Whether a label ("Questions they asked me:", "He asked:", "Then a few OS questions, like:") introduces questions.
    static func introducesQuestions(_ label: String) -> Bool {
        let normalized = TextKey.normalize(label)
        let words = SectionClassifier.words(normalized)
        if words.contains(where: { ["questions", "question", "asked", "preguntas", "perguntas", "fragen", "problems", "problem", "tasks"].contains($0) }) { return true }
        return CueIndex.shared.hits(in: normalized).contains { $0.kind == .reported || $0.kind == .topic }
    }

    /// The value of a `question:: …` field (Dataview's inline field), if the text is one.
    static func fieldValue(_ text: String) -> String? {
        // Its first eight bytes spell "question" (ASCII, any case), or it is none: no other
        // character lowercases or decomposes to one of those letters (Kelvin's K is "k").
        guard text.utf8.count > 11, text.utf8.prefix(8).elementsEqual("question".utf8, by: { ($0 &- 65 < 26 ? $0 | 0x20 : $0) == $1 }) else { return nil }
        guard text.prefix(8).lowercased() == "question", let range = text.firstByteRange(of: "::"),
              text.utf8.distance(from: text.startIndex, to: range.lowerBound) <= 9 else { return nil }
        let value = text[range.upperBound...].trimmingSpaces()
        return value.isEmpty ? nil : value
    }
}
