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
