/// Classifies headings by their words, case-insensitively, after stripping emoji and punctuation.
public struct SectionClassifier: Sendable, Hashable {
    /// Phrases per kind, in the order kinds are tried.
    public private(set) var phrases: [(kind: SectionKind, phrases: [String])]

    public static func == (lhs: SectionClassifier, rhs: SectionClassifier) -> Bool {
        lhs.phrases.map(\.kind) == rhs.phrases.map(\.kind) && lhs.phrases.map(\.phrases) == rhs.phrases.map(\.phrases)
    }

    public func hash(into hasher: inout Hasher) {
        for (kind, list) in phrases { hasher.combine(kind); hasher.combine(list) }
    }

    /// The default phrases (DESIGN 3.3).
    public static let defaultPhrases: [(kind: SectionKind, phrases: [String])] = [
        (.askedThem, ["questions i asked", "my questions", "questions to ask", "questions for them", "questions for the interviewer",
                      "questions for interviewer", "questions for the interviewers", "reverse interview", "i asked", "interviewee questions",
                      "questions asked by me", "what i asked"]),
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
                      "behavioral questions", "behavioural questions", "asked", "面试题", "面试问题"]),
        (.round, ["round", "rounds", "phone screen", "phone interview", "onsite", "on site", "screening", "take home",
                  "coding interview", "technical interview", "system design interview", "online assessment", "hiring manager",
                  "一面", "二面", "三面", "四面", "终面", "hr面", "笔试"]),
        (.offer, ["offer", "offer details", "compensation"]),
        (.feedback, ["feedback", "verdict", "outcome", "result", "results", "decision"]),
    ]

    /// - Parameter extra: the user's synonyms per kind (from `.journal/config.yml`);
    ///   they are tried before every default phrase.
    public init(extra: [SectionKind: [String]] = [:]) {
        let configured = SectionKind.allCases.compactMap { kind -> (kind: SectionKind, phrases: [String])? in
            let list = (extra[kind] ?? []).map(SectionClassifier.normalize).filter { !$0.isEmpty }
            return list.isEmpty ? nil : (kind, list)
        }
        phrases = configured + SectionClassifier.defaultPhrases
        matchers = phrases.map { entry in
            (entry.kind, entry.phrases.map { phrase in
                phrase.unicodeScalars.contains(where: { $0.value >= 0x2E80 })
                    ? Matcher.anywhere(phrase) : Matcher.words(phrase.split(separator: " ").map(String.init))
            })
        }
    }

    /// A phrase ready to match: its words, or (for scripts without spaces) its text.
    private enum Matcher: Sendable {
        case words([String])
        case anywhere(String)
    }

    private var matchers: [(kind: SectionKind, matchers: [Matcher])] = []

    /// Lowercase words: letters and digits kept, everything else a space.
    public static func normalize(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var lastSpace = true
        var ascii = true
        for byte in text.utf8 {
            if byte >= 0x80 { ascii = false; break }
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                out.append(lower)
                lastSpace = false
            } else if !lastSpace {
                out.append(32)
                lastSpace = true
            }
        }
        if ascii {
            if out.last == 32 { out.removeLast() }
            return String(decoding: out, as: UTF8.self)
        }
        var scalars = String.UnicodeScalarView()
        lastSpace = true
        for s in text.unicodeScalars {
            let keep: Bool
            var lower = s
            if s.isASCII {
                let v = s.value
                if v >= 65 && v <= 90 { lower = Unicode.Scalar(v + 32)! }
                keep = (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || (v >= 48 && v <= 57)
            } else {
                keep = s.properties.isAlphabetic
                if keep, s.properties.changesWhenLowercased {
                    let mapped = s.properties.lowercaseMapping.unicodeScalars
                    if mapped.count == 1, let only = mapped.first { lower = only }
                    else {
                        scalars.append(contentsOf: mapped)
                        lastSpace = false
                        continue
                    }
                }
            }
            if keep {
                scalars.append(lower)
                lastSpace = false
            } else if !lastSpace {
                scalars.append(" ")
                lastSpace = true
            }
        }
        if scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }

    /// The kind of a heading, or nil for an ordinary heading.
    public func classify(_ heading: String) -> SectionKind? {
        let normalized = SectionClassifier.normalize(heading)
        guard !normalized.isEmpty else { return nil }
        let words = normalized.split(separator: " ")
        for (kind, list) in matchers {
            for matcher in list {
                switch matcher {
                case .words(let parts):
                    if SectionClassifier.contains(words, parts) { return kind }
                case .anywhere(let text):
                    if normalized.includes(text) { return kind }
                }
            }
            if kind == .round, SectionClassifier.looksLikeStep(words) { return .round }
        }
        return nil
    }

    /// Whether `parts` occur consecutively in `words`.
    private static func contains(_ words: [Substring], _ parts: [String]) -> Bool {
        guard parts.count <= words.count else { return false }
        let first = parts[0]
        for start in 0...(words.count - parts.count) where words[start] == first {
            var match = true
            for offset in 1..<parts.count where words[start + offset] != parts[offset] {
                match = false
                break
            }
            if match { return true }
        }
        return false
    }

    /// "step 3", "interview 2", "1st interview".
    private static func looksLikeStep(_ tokens: [Substring]) -> Bool {
        for (i, token) in tokens.enumerated() where token == "step" || token == "interview" || token == "stage" {
            if i + 1 < tokens.count, tokens[i + 1].allSatisfy(\.isNumber) { return true }
        }
        return false
    }
}
