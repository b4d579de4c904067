/// How alike two short notes are: the overlap of their content words.
package enum TextSimilarity {
    /// Items at least this similar are treated as the same point.
    package static let threshold = 0.6

    /// English function words that say nothing about the point being made.
    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "by", "from",
        "about", "into", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this",
        "that", "these", "those", "i", "me", "my", "mine", "we", "our", "you", "your", "he", "she", "they",
        "them", "their", "do", "does", "did", "done", "have", "has", "had", "will", "would", "should", "could",
        "can", "may", "might", "must", "shall", "not", "no", "more", "most", "very", "too", "also", "just",
        "then", "than", "when", "what", "which", "who", "how", "why", "where", "there", "here", "up", "out",
        "s", "t", "d", "ll", "re", "ve", "m", "next", "time", "again", "some", "any", "all", "one",
    ]

    /// The content words of `text`: lowercase, tags and punctuation removed, function
    /// words dropped, simple English endings (-s, -es, -ed, -ing) removed.
    package static func contentWords(_ text: String) -> Set<String> {
        let words = TextKey.normalize(TagScanner.scan(text).stripped).split(separator: " ")
        var out: Set<String> = []
        for word in words {
            let w = String(word)
            if stopwords.contains(w) { continue }
            out.insert(stem(w))
        }
        return out
    }

    /// Jaccard similarity of two word sets: shared words over all words (0 when both are empty).
    package static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }

    static func stem(_ word: String) -> String {
        let count = word.count
        if count > 5, word.hasSuffix("ing") { return String(word.dropLast(3)) }
        if count > 4, word.hasSuffix("ied") { return String(word.dropLast(3)) + "y" }
        if count > 4, word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if count > 4, word.hasSuffix("ed") { return String(word.dropLast(2)) }
        if count > 4, word.hasSuffix("es"), word.dropLast(2).hasSuffix("sh") || word.dropLast(2).hasSuffix("ch") || word.dropLast(2).hasSuffix("x") {
            return String(word.dropLast(2))
        }
        if count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
            return String(word.dropLast())
        }
        return word
    }
}
