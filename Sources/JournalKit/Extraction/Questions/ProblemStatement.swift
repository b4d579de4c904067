/// A problem spelled over several lines ("You're given an array of integers and a target." /
/// "Return the indices of the two that add up to it."): once a statement sets a problem up, a
/// next line that goes on stating it (an imperative of the problem, "Return…", "Find…", "You
/// may assume…") belongs to the statement, not to its notes. What the candidate did ("I used a
/// map") never does. The words are `problemSetups` and `problemGoesOn` in QuestionCues+Languages.
enum ProblemStatement {
    private static let setups = prepared(QuestionCues.all.problemSetups)
    private static let goesOn = prepared(QuestionCues.all.problemGoesOn)
    /// "Given" anywhere in a set-up sentence ("Two sum: given an array…").
    private static let givenWords: Set<Substring> = ["given", "dado", "dada", "gegeben"]

    private static func prepared(_ phrases: [String]) -> [String] {
        phrases.map(TextKey.normalize).filter { !$0.isEmpty }.sorted { $0.utf8.count > $1.utf8.count }
    }

    /// Whether the statement read so far sets a problem up.
    static func setsUp(_ statement: String) -> Bool {
        let normalized = TextKey.normalize(statement)
        if opens(normalized, with: setups) { return true }
        return SectionClassifier.words(normalized).contains(where: givenWords.contains) || normalized.includes("给定")
    }

    /// Whether `line`, after a statement that ended a sentence, goes on stating its problem.
    static func goesOn(_ statement: String, with line: String) -> Bool {
        opens(TextKey.normalize(line), with: goesOn) && setsUp(statement)
    }

    /// Whether a normalized text opens with one of the phrases, as whole words (phrases in a
    /// script without spaces, as a prefix).
    private static func opens(_ normalized: String, with phrases: [String]) -> Bool {
        phrases.contains { phrase in
            guard normalized.hasPrefix(phrase) else { return false }
            if phrase.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) { return true }
            let end = normalized.utf8.index(normalized.utf8.startIndex, offsetBy: phrase.utf8.count)
            return end == normalized.utf8.endIndex || normalized.utf8[end] == UInt8(ascii: " ")
        }
    }
}

extension QuestionText {
    /// "Task: Design a rate limiter." → "Task:": a short problem label before a colon on the
    /// first line, with the statement after it.
    static func problemLead(_ text: String) -> String? {
        guard let colon = text.firstByteRange(of: ": "), text.utf8.distance(from: text.startIndex, to: colon.lowerBound) <= 24 else { return nil }
        let label = String(text[..<colon.lowerBound])
        guard !label.includesByte(10), QuestionClassifier.isProblemLabel(label) else { return nil }
        let rest = text[colon.upperBound...].prefix { $0 != "\n" }.trimmingSpaces()
        guard SectionClassifier.words(TextKey.normalize(rest)).count >= 2 else { return nil }
        return label + ":"
    }

    /// "Strings" / "You're given a log of sessions." / "Return the busiest minute.": after a
    /// lead, a topic of a word or two over a line that states a problem (not the candidate's
    /// story, not reported speech): the statement is the problem, the topic a note.
    static func statementUnderTopic(_ text: String) -> (statement: String, rest: String)? {
        guard text.includesByte(10) else { return nil }
        let lines = text.lines().map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard lines.count >= 2, !lines[0].endsWithBytes("?"), !lines[0].endsWithBytes("？"),
              SectionClassifier.words(TextKey.normalize(lines[0])).count <= 2 else { return nil }
        let next = sentences(lines[1]).first?.text ?? lines[1]
        guard SectionClassifier.words(TextKey.normalize(next)).count >= 4, !isCandidateStory(next), !reportsSpeech(next) else { return nil }
        let (statement, rest) = firstStatement(lines.dropFirst().joined(separator: "\n"))
        return (statement, ([lines[0]] + (rest.isEmpty ? [] : [rest])).joined(separator: "\n"))
    }
}
