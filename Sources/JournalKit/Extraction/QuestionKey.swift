/// When two texts are the same question. `merge` is the one rule for "same question"
/// everywhere (the practice list, prep, drill cards); `normalize` matches a difficult
/// item to a question of the same entry.
package enum QuestionKey {
    /// Lowercase words of `text` (tags already removed by the caller or here).
    package static func normalize(_ text: String) -> String {
        TextKey.normalize(TagScanner.scan(text).stripped)
    }

    /// A looser key for near-identical wordings: also drops articles and filler words.
    static func loose(_ text: String) -> String {
        var normalized = normalize(text)
        // On the key's bytes: words split at spaces, fillers dropped, one space between.
        return normalized.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x20 { end += 1 }
                let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if !word.isEmpty, !fillers.contains(where: { $0.elementsEqual(word) }) {
                    if !out.isEmpty { out.append(0x20) }
                    out.append(contentsOf: word)
                }
                start = end + 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Articles and filler words that `loose` drops.
    private static let fillers: [[UInt8]] = ["a", "an", "the", "your", "you", "please", "can", "could", "would", "me", "us"].map { Array($0.utf8) }

    /// The key that near-identical wordings of a question share: `loose`
    /// (case, punctuation, tags, articles and filler words ignored) after expanding
    /// English contractions ("what's" = "what is", "don't" = "do not").
    package static func merge(_ text: String) -> String {
        let expanded = expandContractions(text)
        let looseKey = loose(expanded)
        if !looseKey.isEmpty { return looseKey }
        let normalized = QuestionKey.normalize(expanded)
        return normalized.isEmpty ? text.trimmingSpaces().lowercased() : normalized
    }

    static func expandContractions(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "'" || $0 == "\u{2019}" }) else { return text }
        var t = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        let isWords = ["what", "that", "it", "there", "here", "who", "how", "where", "when", "why", "he", "she"]
        for word in isWords { t = t.replacingOccurrences(of: "\\b\(word)'s\\b", with: "\(word) is", options: .regularExpression) }
        let replacements = [("won't", "will not"), ("can't", "cannot"), ("let's", "let us"), ("n't", " not"),
                            ("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'m", " am"), ("'d", " would")]
        for (from, to) in replacements { t = t.replacingOccurrences(of: from, with: to) }
        return t
    }
}
