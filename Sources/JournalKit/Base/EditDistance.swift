/// How many one-character edits turn one word into another (Levenshtein), for "did you
/// mean" suggestions on typos.
package enum EditDistance {
    /// The distance between `a` and `b` in Unicode scalars, or `limit + 1` when it is
    /// larger than `limit`.
    package static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[b.count]
    }

    /// The candidate closest to `word` when it looks like a typo of it: at most one edit
    /// away (two for words of seven letters or more); the first of equals, in the order given.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = word.count >= 7 ? 2 : 1
        var best: (String, Int)?
        for candidate in candidates {
            let d = between(word, candidate, limit: limit)
            if d <= limit, d < (best?.1 ?? limit + 1) { best = (candidate, d) }
        }
        return best?.0
    }
}
