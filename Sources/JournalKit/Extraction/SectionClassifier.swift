import Foundation

/// Classifies headings by their words, case-insensitively, after stripping emoji and punctuation.
package struct SectionClassifier: Sendable, Hashable {
    /// Phrases per kind, in the order kinds are tried.
    package private(set) var phrases: [(kind: SectionKind, phrases: [String])]

    package static func == (lhs: SectionClassifier, rhs: SectionClassifier) -> Bool {
        lhs.phrases.map(\.kind) == rhs.phrases.map(\.kind) && lhs.phrases.map(\.phrases) == rhs.phrases.map(\.phrases)
    }

    package func hash(into hasher: inout Hasher) {
        for (kind, list) in phrases { hasher.combine(kind); hasher.combine(list) }
    }

    /// The default phrases (DESIGN 3.3).
    package static let defaultPhrases: [(kind: SectionKind, phrases: [String])] = [
        (.askedThem, ["questions i asked", "my questions", "questions to ask", "questions for them", "questions for the interviewer",
                      "questions for interviewer", "questions for the interviewers", "reverse interview", "i asked", "interviewee questions",
                      "questions asked by me", "what i asked", "preguntas que hice", "mis preguntas", "perguntas que fiz",
                      "minhas perguntas", "meine fragen", "fragen an das unternehmen", "我问的问题", "反问"]),
        (.difficult, ["difficult", "hard", "tough", "struggled", "went wrong", "challenges", "challenging", "challenged",
                      "better answers", "better answer", "mistakes", "could have answered better", "stumped"]),
        (.nextSteps, ["next steps", "next step", "action items", "action item", "follow up", "followup", "follow ups", "to do",
                      "todo", "todos", "actions", "tasks"]),
        (.wentWell, ["went well", "what went well", "strengths", "positives", "highlights", "wins"]),
        (.toImprove, ["to improve", "improve", "improvement", "improvements", "areas for improvement", "do differently",
                      "do better", "weaknesses", "could be better"]),
        (.reflection, ["reflection", "reflections", "lessons", "lessons learned", "lessons learnt", "takeaways", "takeaway",
                       "impressions", "thoughts", "retrospective", "retro", "self assessment"]),
        (.questions, ["questions", "question", "questions asked", "interview questions", "technical questions",
                      "behavioral questions", "behavioural questions", "asked", "面试题", "面试问题", "preguntas", "pregunta",
                      "perguntas", "pergunta", "fragen", "interviewfragen"]),
        (.round, ["round", "rounds", "phone screen", "phone interview", "onsite", "on site", "screening", "take home",
                  "coding interview", "technical interview", "system design interview", "online assessment", "hiring manager",
                  "一面", "二面", "三面", "四面", "终面", "hr面", "笔试", "ronda", "entrevista técnica", "rodada", "etapa",
                  "entrevista tecnica", "runde", "technisches interview", "vorstellungsgespräch"]),
        (.offer, ["offer", "offer details", "compensation"]),
        (.feedback, ["feedback", "verdict", "outcome", "result", "results", "decision"]),
    ]

    /// - Parameter extra: the user's synonyms per kind (from `.journal/config.yml`);
    ///   they are tried before every default phrase.
    package init(extra: [SectionKind: [String]] = [:]) {
        let configured = SectionKind.allCases.compactMap { kind -> (kind: SectionKind, phrases: [String])? in
            let list = (extra[kind] ?? []).map(TextKey.normalize).filter { !$0.isEmpty }
            return list.isEmpty ? nil : (kind, list)
        }
        phrases = configured + SectionClassifier.defaultPhrases
        for (order, entry) in phrases.enumerated() {
            if entry.kind == .round, stepOrder == nil { stepOrder = order }
            for phrase in entry.phrases {
                if phrase.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) {
                    anywhere.append((order, phrase))
                } else {
                    let words = phrase.split(separator: " ").map(String.init)
                    guard let first = words.first else { continue }
                    byFirstWord[first, default: []].append((order, words))
                }
            }
        }
    }

    /// Phrases by their first word, with the position of their kind in `phrases`: a heading
    /// is matched by looking up each of its words, not by trying every phrase.
    private var byFirstWord: [String: [(order: Int, words: [String])]] = [:]
    /// Phrases in scripts without spaces between words, matched anywhere in the heading.
    private var anywhere: [(order: Int, text: String)] = []
    /// Where "step 3" / "interview 2" counts as a round: with the first round phrases.
    private var stepOrder: Int?
    private let cache = Cache()

    /// Kinds of headings already classified, shared by the threads reading files.
    private final class Cache: @unchecked Sendable {
        // @unchecked: `kinds` is only touched under `lock`.
        private let lock = NSLock()
        private var kinds: [ByteKey: SectionKind?] = [:]
        /// Enough for every heading a journal repeats; rarer ones are classified each time.
        private let limit = 4096

        /// The kind, `.some(nil)` for a known ordinary heading, nil when not known yet.
        func kind(of heading: ByteKey) -> SectionKind?? {
            lock.lock()
            defer { lock.unlock() }
            return kinds[heading]
        }

        func remember(_ kind: SectionKind?, for heading: ByteKey) {
            lock.lock()
            defer { lock.unlock() }
            if kinds.count < limit { kinds[heading] = kind }
        }
    }

    /// The kind of a heading, or nil for an ordinary heading.
    package func classify(_ heading: String) -> SectionKind? {
        // The same few headings ("Questions", "Next steps") recur in every file.
        let key = ByteKey(heading)
        if let known = cache.kind(of: key) { return known }
        let kind = classifyUncached(heading)
        cache.remember(kind, for: key)
        return kind
    }

    private func classifyUncached(_ heading: String) -> SectionKind? {
        let normalized = TextKey.normalize(heading)
        guard !normalized.isEmpty else { return nil }
        let words = SectionClassifier.words(normalized)
        // The longest phrase that matches wins, so that a configured "preguntas" does not take
        // "Preguntas que hice" from the longer phrase; among equally long ones, the kind listed first.
        var best = Int.max
        var bestLength = 0
        for (start, word) in words.enumerated() {
            guard let candidates = byFirstWord[String(word)] else { continue }
            for (order, parts) in candidates where (parts.count > bestLength || parts.count == bestLength && order < best)
                && SectionClassifier.matches(words, at: start, parts) {
                best = order
                bestLength = parts.count
            }
        }
        for (order, text) in anywhere where order < best && normalized.includes(text) { best = order }
        if let stepOrder, stepOrder < best, SectionClassifier.looksLikeStep(words) { best = stepOrder }
        return best == Int.max ? nil : phrases[best].kind
    }

    /// The words of a normalised text (split on its single spaces, by byte: splitting a
    /// String on Characters costs thousands of instructions per heading).
    static func words(_ normalized: String) -> [Substring] {
        var words: [Substring] = []
        let bytes = normalized.utf8
        var start = bytes.startIndex
        var i = start
        while i != bytes.endIndex {
            if bytes[i] == 32 {
                if start != i { words.append(normalized[start..<i]) }
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        if start != bytes.endIndex { words.append(normalized[start..<bytes.endIndex]) }
        return words
    }

    /// Whether `parts` occur in `words` starting at `start`.
    private static func matches(_ words: [Substring], at start: Int, _ parts: [String]) -> Bool {
        guard start + parts.count <= words.count else { return false }
        for offset in 1..<parts.count where words[start + offset] != parts[offset] { return false }
        return true
    }

    /// "step 3", "interview 2", "1st interview".
    private static func looksLikeStep(_ tokens: [Substring]) -> Bool {
        for (i, token) in tokens.enumerated() where token == "step" || token == "interview" || token == "stage" {
            if i + 1 < tokens.count, tokens[i + 1].allSatisfy(\.isNumber) { return true }
        }
        return false
    }
}
