/// The words by which a heading or a bold lead inside a question or round section is told
/// apart: an answer to the question before it, a label describing the round, or a question.
enum HeadingVocabulary {
    /// Headings under a question or round section whose content explains the
    /// question before them rather than asking a new one.
    static let answerHeadings: Set<String> = [
        "solution", "solutions", "answer", "answers", "my answer", "approach", "my approach", "the ask", "code", "explanation",
        "notes", "note", "example", "examples", "output", "input", "complexity", "time complexity", "summary", "overview",
        "tips", "hints", "hint", "follow up questions", "followups", "constraints", "sample input", "sample output",
        "code examples", "implementation", "discussion", "details", "context", "preparation", "resources",
        "requirements", "key concepts", "key concepts evaluated", "concepts", "topics", "topics covered", "my code",
        "code i wrote", "pseudocode", "my approach pseudocode", "test cases", "edge cases",
        "candidate s approach", "candidates approach", "interviewer s feedback", "interviewers feedback", "feedback",
        "my solution", "what i did", "how i answered", "my response",
    ]

    /// Bold leads of list items that describe the round rather than ask something.
    static let metadataLeads: Set<String> = [
        "date", "duration", "time", "mode", "location", "interviewer", "interviewers", "format", "platform", "type",
        "result", "status", "round", "panel", "venue", "length", "difficulty", "level", "marking", "marks", "languages allowed",
        "language", "languages", "tools", "tool", "mode of interview", "rounds", "total rounds", "outcome", "role", "position",
        "company", "team", "recruiter", "timing", "when", "where", "verdict", "salary", "ctc", "compensation",
    ]

    /// Words that make a short sub-heading a question ("CSS Challenge", "Coding problem").
    static let taskWords: Set<Substring> = ["challenge", "problem", "exercise", "puzzle", "kata", "task", "assignment", "case"]

    /// "Solution", "My approach (pseudocode)", "Code I wrote (partial)": the heading starts with an answer phrase.
    static func isAnswerHeading(_ text: String) -> Bool {
        let words = TextKey.normalize(text)
        if answerHeadings.contains(words) { return true }
        // ASCII (the phrases are): `hasPrefix(phrase + " ")` is a byte comparison, so the
        // words before each space within the longest phrase are looked up, not every phrase
        // tried. Other text keeps the plain reading, whose Characters may join a space to a mark.
        let utf8 = words.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return answerHeadings.contains { words.hasPrefix($0 + " ") } }
        var i = utf8.startIndex
        var offset = 0
        while i != utf8.endIndex, offset <= longestAnswerHeading {
            if utf8[i] == 32, answerHeadings.contains(String(words[..<i])) { return true }
            i = utf8.index(after: i)
            offset += 1
        }
        return false
    }

    private static let longestAnswerHeading = answerHeadings.map(\.utf8.count).max() ?? 0

    /// `isAnswerHeading` trying every phrase, as it was: the reference of the tests.
    static func isAnswerHeadingPlain(_ text: String) -> Bool {
        let words = TextKey.normalize(text)
        if answerHeadings.contains(words) { return true }
        return answerHeadings.contains { words.hasPrefix($0 + " ") }
    }

    /// A sub-heading is a question unless it is a short group label ("Technical", "Coding").
    static func isQuestionHeading(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        if t.endsWithBytes("?") || t.endsWithBytes("？") { return true }
        let words = SectionClassifier.words(TextKey.normalize(t))
        if words.contains(where: { taskWords.contains($0) }) { return true }
        // Scripts without spaces between words: judge by length.
        if words.count < 3, t.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) { return t.count >= 4 }
        return words.count >= 3
    }

    /// A bold lead such as `**Duration:**` that describes the round.
    static func isMetadataLead(_ lead: String) -> Bool {
        metadataLeads.contains(TextKey.normalize(lead))
    }

    /// A plain `Duration: 45 minutes` or `Marking: +5,-2` item: a round detail, not a question.
    static func metadataField(_ text: String) -> String? {
        guard let colon = text.firstByteRange(of: ":"), text.utf8.distance(from: text.startIndex, to: colon.lowerBound) <= 24 else { return nil }
        let key = String(text[..<colon.lowerBound])
        return metadataLeads.contains(TextKey.normalize(key)) ? key : nil
    }
}
