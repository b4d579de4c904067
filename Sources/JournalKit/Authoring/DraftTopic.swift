import Foundation

/// What a draft email says was discussed: questions of the note turned into phrases that
/// fit "our conversation about ...".
///
/// The questions chosen are those about the work, not about the candidate: questions tagged
/// or worded as behavioural, salary or "why us" questions are left out, and questions that
/// went well come before the difficult ones (a thank-you recalls a good moment). A
/// question becomes a phrase by its opening words ("How would you shard a table?" → "how
/// to shard a table", "Design a rate limiter" → "designing a rate limiter", "Walk me
/// through a system you designed" → "a system I designed"); one that fits no pattern is
/// quoted as written.
package enum DraftTopic {
    /// Up to `limit` topics of the entry, in the order above.
    package static func topics(_ entry: Entry, limit: Int = 2) -> [String] {
        let usable = entry.questions.filter { !isPersonal($0) }
        let ordered = usable.filter { !$0.difficult } + usable.filter(\.difficult)
        var seen: Set<String> = []
        var out: [String] = []
        for question in ordered {
            let text = phrase(question.text)
            guard !text.isEmpty, seen.insert(text.lowercased()).inserted else { continue }
            out.append(text)
            if out.count == limit { break }
        }
        return out
    }

    private static let personalTags: Set<String> = ["behavioral", "behavioural", "negotiation", "salary", "culture", "motivation"]
    private static let personalOpenings = ["tell me about yourself", "tell me about a time", "why ", "what is your", "what are your",
                                           "what's your", "describe a time", "introduce yourself", "where do you see"]

    private static func isPersonal(_ question: Question) -> Bool {
        if question.tags.contains(where: personalTags.contains) { return true }
        let lower = question.text.lowercased()
        return personalOpenings.contains { lower.hasPrefix($0) }
    }

    /// Opening words and what they become (the rest of the question follows).
    private static let openings: [(String, String)] = [
        ("how would you ", "how to "), ("how do you ", "how to "), ("how should you ", "how to "), ("how can you ", "how to "),
        ("how would i ", "how to "), ("walk me through ", ""), ("talk me through ", ""), ("tell me about ", ""),
        ("explain ", ""), ("describe ", ""), ("design ", "designing "), ("implement ", "implementing "),
        ("write ", "writing "), ("build ", "building "), ("reverse ", "reversing "), ("find ", "finding "),
        ("what is the difference between ", "the difference between "), ("what's the difference between ", "the difference between "),
    ]

    /// The question as a phrase after "about", or the question quoted.
    package static func phrase(_ question: String) -> String {
        var text = EntryTemplate.clean(question.replacingOccurrences(of: "`", with: ""))
        while let last = text.last, "?.!:;".contains(last) { text.removeLast() }
        text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return "" }
        let lower = text.lowercased()
        for (opening, replacement) in openings where lower.hasPrefix(opening) {
            let rest = String(text.dropFirst(opening.count))
            guard !rest.isEmpty else { break }
            return replacement + firstPerson(rest)
        }
        return "\u{201C}\(text)\u{201D}"
    }

    /// "you" and "your" of the interviewer's question become "I" and "my" of the candidate.
    private static func firstPerson(_ text: String) -> String {
        let swaps = ["you": "I", "your": "my", "yours": "mine", "yourself": "myself", "you've": "I've", "you'd": "I'd"]
        return text.split(separator: " ", omittingEmptySubsequences: false).map { word in
            swaps[word.lowercased()] ?? String(word)
        }.joined(separator: " ")
    }
}
