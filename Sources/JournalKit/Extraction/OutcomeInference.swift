/// The outcome of an interview whose front-matter does not state it: from a verdict,
/// outcome or result heading or field, the closing lines of the note, or a folder name
/// such as `Acme (Selected)` (issue 15, point 5).
enum OutcomeInference {
    struct Found: Equatable {
        var outcome: Outcome
        var source: Provenance
        var line: Int
        var whence: String
    }

    /// Headings and field labels that announce the outcome.
    static let verdictLabels: [String] = [
        "verdict", "final verdict", "outcome", "interview outcome", "final outcome", "result", "results", "final result",
        "interview result", "decision", "final decision", "status", "application status", "resultado", "ergebnis", "结果", "结论",
    ]

    /// Phrases, lowercased, by outcome; a note says the first that matches. Negative phrases
    /// come first so that "not selected" is never read as "selected".
    static let phrases: [(String, [String])] = [
        ("rejected", [
            "not selected", "wasn't selected", "was not selected", "didn't get selected", "did not get selected", "not shortlisted",
            "not to move forward", "not moving forward", "not move forward", "not be moving forward", "won't be moving forward",
            "not be moving on", "not moving on", "wouldn't be moving on", "won't be moving on", "not to proceed", "not proceed with",
            "move forward with other", "moving forward with other", "didn't get the offer", "did not get the offer",
            "didn't get an offer", "did not get an offer", "didn't make it", "did not make it", "didn't clear", "did not clear",
            "couldn't clear", "could not clear", "no offer", "got rejected", "was rejected", "were rejected", "rejection",
            "regret to inform", "unsuccessful", "not hired", "rejected", "rechazad*", "abgelehnt", "reprovad*", "被拒", "挂了",
            "no fui seleccionad*", "no me seleccionaron", "no seguirían", "no seguirian", "no continuar", "no avanzar",
            "não fui selecionad*", "não seguir", "não avançar", "absage", "nicht weiter", "leider nicht", "没过", "未通过",
        ]),
        ("withdrawn", ["i withdrew", "withdrew my application", "withdrew from", "withdrawn"]),
        ("declined", ["declined the offer", "declined their offer", "turned down the offer", "turned the offer down", "i declined"]),
        ("accepted", ["accepted the offer", "accepted their offer", "i accepted", "signed the offer"]),
        ("ghosted", ["ghosted", "never heard back", "never got back", "never heard from them"]),
        ("pending", [
            "waiting for the result", "waiting for result", "awaiting", "will be out", "yet to hear", "haven't heard",
            "have not heard", "waiting to hear", "still waiting", "on hold", "result pending", "results pending", "pending",
            "will let me know", "will get back",
        ]),
        ("offer", [
            "got the offer", "got an offer", "got offer", "received an offer", "received the offer", "received offer",
            "made an offer", "made me an offer", "extended an offer", "offer letter", "i got selected", "i was selected",
            "received a job offer", "got a job offer", "got the job", "me ofrecieron", "recebi uma proposta", "recebi a proposta",
            "拿到 offer", "已offer", "已 offer",
            "got selected", "selected", "hired", "cleared all", "seleccionad*", "aprovad*", "zusage", "录用", "拿到offer",
        ]),
    ]

    /// Phrases that also count alone in a verdict section or field ("Rejected", "✅ **Selected**", "Offer").
    static let verdictWords: [String: String] = [
        "offer": "offer", "offered": "offer", "accepted": "accepted", "declined": "declined", "passed": "advanced",
        "advanced": "advanced", "cleared": "advanced", "next round": "advanced", "ghosted": "ghosted",
    ]

    /// The outcome a piece of text states, if any.
    static func outcome(in text: String, verdict: Bool) -> Outcome? {
        let lower = text.lowercased()
        for (name, list) in compiledPhrases {
            // "pending" alone in prose ("a pending request") says little; in a verdict it is the outcome.
            for phrase in list where contains(lower, phrase) {
                if !verdict, phrase.bare {
                    // In the closing lines, a bare word counts only when the sentence is about the candidate.
                    guard lower.includes(" i ") || lower.hasPrefix("i ") || lower.includes(" me") || lower.includes("my ") else { continue }
                }
                return Outcome(name)
            }
        }
        if verdict {
            let words = TextKey.normalize(text)
            if let name = verdictWords[words] { return Outcome(name) }
            for (word, name) in verdictWords where words.hasPrefix(word + " ") { return Outcome(name) }
        }
        return nil
    }

    /// Whether `text` holds `phrase` as whole words ("pending" is not in "depending"); a phrase
    /// ending in `*` is a stem ("rechazad*": rechazado, rechazada). Scripts without spaces match anywhere.
    static func contains(_ text: String, _ phrase: String) -> Bool { contains(text, Phrase(phrase)) }

    /// A phrase prepared once: what to search for, and how a match counts.
    struct Phrase {
        var needle: String
        /// Ends in `*`: any ending matches.
        var stem: Bool
        /// A script without spaces between words: a match counts anywhere.
        var unspaced: Bool
        /// A bare word that, in prose, counts only in a sentence about the candidate.
        var bare: Bool

        init(_ phrase: String) {
            stem = phrase.hasSuffix("*")
            needle = stem ? String(phrase.dropLast()) : phrase
            unspaced = needle.unicodeScalars.first.map({ $0.value < 0x2E80 }) != true
            bare = ["pending", "rejected", "selected", "hired", "withdrawn", "unsuccessful", "rejection", "no offer", "awaiting"].contains(phrase)
        }
    }

    /// `phrases`, prepared: a note's closing lines are searched for each of them.
    static let compiledPhrases: [(String, [Phrase])] = phrases.map { ($0.0, $0.1.map(Phrase.init)) }

    static func contains(_ text: String, _ phrase: Phrase) -> Bool {
        let stem = phrase.stem, needle = phrase.needle
        guard !phrase.unspaced else { return text.includes(needle) }
        var rest = text[...]
        while let r = rest.firstByteRange(of: needle) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            if before?.isLetter != true, stem || after?.isLetter != true { return true }
            rest = text[r.upperBound...]
        }
        return false
    }

    /// The label of a verdict heading or field ("Verdict", "Interview Outcome", "Result"), with what follows it.
    static func verdictRest(_ text: String) -> String? {
        let normalized = TextKey.normalize(text)
        for label in verdictLabels where normalized == label || normalized.hasPrefix(label + " ") {
            return String(normalized.dropFirst(label.count)).trimmingSpaces()
        }
        return nil
    }

    /// How many text blocks at the end of a note count as its closing lines.
    static let closingBlocks = 4

    /// What a verdict heading or field says, and, apart, what the closing lines say
    /// (a folder name is weighed between the two).
    static func fromBody(_ blocks: [MarkdownBlock]) -> (verdict: Found?, closing: Found?) {
        // Verdict headings and `Result: …` fields, anywhere.
        for (i, block) in blocks.enumerated() {
            guard case .heading(let level) = block.kind else { continue }
            let heading = Inference.headingText(block)
            guard let rest = verdictRest(heading) else { continue }
            if !rest.isEmpty, let o = outcome(in: rest, verdict: true) {
                return (Found(outcome: o, source: .sectionHeading, line: block.line, whence: "the heading '\(heading)'"), nil)
            }
            var section: [String] = []
            for next in blocks[(i + 1)...] {
                if case .heading(let l) = next.kind, l <= level { break }
                section += next.textLines()
                if section.count >= 3 { break }
            }
            for line in section.prefix(3) {
                if let o = outcome(in: line, verdict: true) {
                    return (Found(outcome: o, source: .sectionHeading, line: block.line, whence: "the section '\(heading)'"), nil)
                }
            }
        }
        var texts: [(String, Int)] = []
        var stack = Array(blocks.reversed())
        while let block = stack.popLast() {
            switch block.kind {
            case .paragraph:
                let text = block.inline.runs.filter { !$0.isCode }.map(\.text).joined()
                texts.append((text, block.line))
                let label = block.inline.strongLead ?? text.firstIndex(where: { $0 == ":" || $0 == "：" }).map { String(text[..<$0]) }
                if let label, text.utf8.count < 120, let rest = verdictRest(label), rest.isEmpty {
                    let value = String(text.dropFirst(label.count)).trimmingCharacters(in: [":", "：", "*", " ", "-", "—", "\n"])
                    if let o = outcome(in: value, verdict: true) {
                        return (Found(outcome: o, source: .body, line: block.line, whence: "the line '\(text.firstLineOnly())'"), nil)
                    }
                }
            case .list, .item, .blockQuote:
                stack.append(contentsOf: block.children.reversed())
            default:
                continue
            }
        }
        // The closing lines: "I got selected", "they decided not to move forward".
        for (text, line) in texts.suffix(closingBlocks).reversed() {
            if let o = outcome(in: " " + text, verdict: false) {
                return (nil, Found(outcome: o, source: .body, line: line, whence: "the closing line '\(text.firstLineOnly())'"))
            }
        }
        return (nil, nil)
    }

    /// Words of a folder or file name that state the outcome: `Acme (Selected)`, `2.Vedasava { SELECTED }`, `google-rejected`.
    static let nameWords: [String: String] = [
        "selected": "offer", "offer": "offer", "offered": "offer", "hired": "offer", "accepted": "accepted",
        "rejected": "rejected", "rejection": "rejected", "declined": "declined", "withdrawn": "withdrawn", "ghosted": "ghosted",
    ]

    /// A verdict in brackets at the end of a title: "星河科技 前端实习 (offer)", "Acme onsite [Rejected]".
    static func fromTitle(_ heading: MarkdownBlock?) -> Found? {
        guard let heading else { return nil }
        let text = Inference.headingText(heading).trimmingSpaces()
        guard let close = text.last, close == ")" || close == "]" || close == "}" || close == "）",
              let open = text.lastIndex(where: { $0 == "(" || $0 == "[" || $0 == "{" || $0 == "（" }) else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: text.endIndex)].lowercased()
        let words = inner.split(whereSeparator: { !$0.isLetter })
        if words.count >= 2, words[words.count - 2] == "not", words.last == "selected" {
            return Found(outcome: Outcome("rejected"), source: .heading, line: heading.line, whence: "the heading '\(text)'")
        }
        guard words.count <= 2, let o = words.lazy.compactMap({ nameWords[String($0)] }).first else { return nil }
        return Found(outcome: Outcome(o), source: .heading, line: heading.line, whence: "the heading '\(text)'")
    }

    static func fromPath(_ path: String) -> Found? {
        let parts = path.split(separator: "/")
        for (i, part) in parts.enumerated().reversed() {
            let isFile = i == parts.count - 1
            let name = isFile ? (part.lastIndex(of: ".").map { part[..<$0] } ?? part) : part
            let words = name.lowercased().split(whereSeparator: { !$0.isLetter })
            if words.count >= 2, words[words.count - 2] == "not", words.last == "selected" {
                return Found(outcome: Outcome("rejected"), source: isFile ? .fileName : .folderPath, line: 1, whence: "the name '\(part)'")
            }
            for word in words {
                if let o = nameWords[String(word)] {
                    return Found(outcome: Outcome(o), source: isFile ? .fileName : .folderPath, line: 1,
                                 whence: isFile ? "the file name '\(part)'" : "the folder name '\(part)'")
                }
            }
        }
        return nil
    }
}
