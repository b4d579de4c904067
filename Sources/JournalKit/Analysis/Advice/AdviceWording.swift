import Foundation

/// The words of the advice: round names, lists of names, ordinals, step sentences.
extension AdviceEngine {
    /// Whether a next step's text mentions any of these words (case-insensitive).
    static func mentions(_ text: String, _ words: [String]) -> Bool {
        let lower = text.lowercased()
        return words.contains { lower.contains($0) }
    }

    /// The round as a noun: "final round", "phone screen", else "interview".
    static func roundName(_ entry: Entry) -> String { roundName(stage: entry.stage?.name) }

    /// The round as a noun for a stage name.
    static func roundName(stage: String?) -> String {
        switch stage {
        case "phone-screen": return "phone screen"
        case "recruiter": return "recruiter call"
        case "technical": return "technical interview"
        case "take-home": return "take-home review"
        case "onsite": return "onsite"
        case "final": return "final round"
        case "reference-check": return "reference check"
        case "offer": return "offer conversation"
        default: return "interview"
        }
    }

    /// First names of the interviewers; full names where two share a first name.
    static func firstNames(_ people: [Interviewer]) -> [String] {
        var seen: Set<String> = []
        let unique = people.filter { seen.insert($0.name.lowercased()).inserted }
        var counts: [String: Int] = [:]
        for person in unique { counts[person.firstName.lowercased(), default: 0] += 1 }
        return unique.map { counts[$0.firstName.lowercased()]! > 1 ? $0.name : $0.firstName }
    }

    /// "Dana", "Dana and Raj", "Dana, Raj and Mei".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    static func ordinal(_ n: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth"]
        return n >= 1 && n <= words.count ? words[n - 1] : "\(n)th"
    }

    /// A next step as a sentence: the text the report shows (`DueMarker.strip`), with a full stop.
    static func stepSentence(_ text: String) -> String {
        var s = DueMarker.strip(text)
        if let last = s.unicodeScalars.last, CharacterSet.alphanumerics.contains(last) || last == ")" || last == "`" { s += "." }
        return s
    }
}
