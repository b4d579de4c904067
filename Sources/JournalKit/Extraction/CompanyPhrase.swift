/// The company named by a title or heading that says more than the company:
/// "My Amazon Interview Experience" → "Amazon", "Summer Internship at Adobe" → "Adobe",
/// "AppBrew Frontend Developer" → "AppBrew", "Lumen Labs recruiter call 3/3" → "Lumen Labs".
enum CompanyPhrase {
    /// Words that end a title and say what it is or which round, never the company.
    static let trailingWords: Set<String> = [
        "interview", "interviews", "experience", "experiences", "notes", "note", "round", "rounds", "call", "screen", "phone",
        "recruiter", "onsite", "on-site", "technical", "final", "loop", "hr", "process", "questions", "prep", "summary",
        "review", "debrief", "recap", "feedback", "offer", "remote", "hybrid", "virtual",
        // Roles: "AppBrew Frontend Developer".
        "developer", "engineer", "intern", "internship", "sde", "swe", "sde1", "sde2", "sde-1", "sde-2", "analyst", "architect",
        "frontend", "backend", "front-end", "back-end", "fullstack", "full-stack", "software", "senior", "sr", "sr.", "junior",
        "jr", "staff", "principal", "lead", "summer", "new", "grad", "ml", "mobile", "ios", "android", "web", "devops", "qa", "sdet",
    ]

    /// Words that start a title before the company: "My Amazon Interview Experience".
    static let leadingWords: Set<String> = ["my", "the", "our"]

    static func company(in phrase: String) -> String? {
        var words = phrase.split(separator: " ").map(String.init)
        // "... at Adobe", "Interview with Stripe": the words after the last "at"/"with"/"@", when few and capitalised.
        if let i = words.lastIndex(where: { ["at", "with", "@", "en", "bei", "na", "no"].contains($0.lowercased()) }), i + 1 < words.count {
            let tail = Array(words[(i + 1)...])
            if tail.count <= 4, tail.first?.first?.isUppercase == true {
                words = tail
            }
        }
        while let first = words.first, words.count > 1, leadingWords.contains(first.lowercased()) { words.removeFirst() }
        while let last = words.last, words.count > 1, isTrailing(last) { words.removeLast() }
        let joined = withoutCJKSuffix(words.joined(separator: " ").trimmingCharacters(in: .whitespaces))
        return joined.isEmpty ? nil : joined
    }

    /// What a Chinese title adds after the company: "中望软件C++实习一面" → "中望软件".
    static let cjkSuffixes = ["面经", "一面", "二面", "三面", "四面", "终面", "hr面", "HR面", "实习", "面试", "校招", "社招", "笔试", "总结", "经验", "分享",
                              "前端", "后端", "客户端", "开发", "算法", "测试", "岗", "工程师"]

    static func withoutCJKSuffix(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) else { return text }
        var t = text
        var changed = true
        while changed {
            changed = false
            for suffix in cjkSuffixes where t.hasSuffix(suffix) && t.count > suffix.count {
                t.removeLast(suffix.count)
                t = t.trimmingCharacters(in: .whitespaces)
                changed = true
            }
            // A technology after the name: "中望软件C++".
            if let last = t.last, last.isASCII, t.unicodeScalars.first.map({ $0.value >= 0x2E80 }) == true {
                let ascii = t.reversed().prefix { $0.isASCII }
                if ascii.count < t.count { t.removeLast(ascii.count); changed = true }
            }
        }
        return t.trimmingCharacters(in: .whitespaces)
    }

    private static func isTrailing(_ word: String) -> Bool {
        let w = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        if w.isEmpty { return true }
        // "3/3", "#2", "(2)": numbering of calls and rounds.
        if w.allSatisfy({ $0.isNumber || $0 == "/" || $0 == "#" || $0 == "-" }) { return true }
        return trailingWords.contains(w)
    }

    /// Nouns that make a folder name a role: "Python Developer", "Technical Solutions Engineer, Big Data".
    static let roleNouns: Set<String> = [
        "developer", "developers", "engineer", "engineers", "engineering", "analyst", "scientist", "intern", "internship",
        "sde", "sde1", "sde2", "sde3", "swe", "sde-1", "sde-2", "consultant", "architect", "sdet", "programmer",
    ]
    /// Words of a folder that names a round or a test rather than a company.
    static let roundWords: Set<String> = [
        "round", "rounds", "online", "test", "tests", "assessment", "oa", "coding", "technical", "hr", "mcq", "mcqs", "core",
        "cs", "dsa", "sheet", "set", "final", "onsite", "phone", "screen", "interview", "interviews", "questions", "experiences",
        "prep", "preparation", "behavioral", "behavioural", "system", "design", "take-home", "telephonic",
    ]

    /// True for a folder name that names a role or a round: every word a round word or a
    /// number, or some word a role noun.
    static func namesARoleOrRound(_ name: String) -> Bool {
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" }).map(String.init)
        guard !words.isEmpty else { return false }
        if words.contains(where: { roleNouns.contains($0) || roleNouns.contains($0.trimmingCharacters(in: .decimalDigits)) }) { return true }
        return words.allSatisfy { roundWords.contains($0) || $0.allSatisfy(\.isNumber) || $0.hasPrefix("set-") || $0.hasPrefix("round-") }
    }
}
