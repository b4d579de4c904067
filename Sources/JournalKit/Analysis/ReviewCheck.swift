import Foundation

/// What `journal check` says about the review log: lines it cannot read, and reviewed card
/// ids that no practice question has any more (a question reworded beyond its merge key),
/// each with the closest current question and the `journal drill alias` that keeps its history.
package enum ReviewCheck {
    /// The diagnostics of `log` against `deck`; `oldWordings` maps orphan ids to the wording
    /// they had (see `oldWordings(of:root:)`), which finds the closest question.
    package static func diagnostics(log: ReviewLog, deck: DrillDeck, oldWordings: [String: String]) -> [Diagnostic] {
        var diagnostics = log.diagnostics
        guard !deck.orphans.isEmpty else { return diagnostics }
        let unreviewed = deck.cards.filter { $0.reviews == 0 }
        let unreviewedWords = unreviewed.map { TextSimilarity.contentWords($0.question.text) }
        for orphan in deck.orphans {
            let reviews = log.reviews.filter { log.resolve($0.card) == orphan }
            let line = reviews.compactMap { log.firstLines[$0.card] }.min() ?? 1
            var message = "\(reviews.count == 1 ? "1 review is" : "\(reviews.count) reviews are") for the card \(orphan), "
                + "which no practice question has any more (reworded?); "
            if let old = oldWordings[orphan], let best = closest(to: old, among: unreviewed, words: unreviewedWords) {
                message += "the closest question is \"\(best.question.text)\" (\(best.id)): "
                    + "keep its history with `journal drill alias \(orphan) \(best.id)`."
            } else {
                message += "if its question was reworded, keep its history with `journal drill alias \(orphan) NEW` "
                    + "(`journal drill --due --format json` shows the ids)."
            }
            diagnostics.append(Diagnostic(.warning, SourceLocation(path: ReviewLog.relativePath, line: line, column: 1), message))
        }
        return diagnostics.sorted()
    }

    /// The unreviewed card most like `text` (at least one content word in common).
    static func closest(to text: String, among cards: [DrillCard], words: [Set<String>]) -> DrillCard? {
        let target = TextSimilarity.contentWords(text)
        var best: (score: Double, index: Int)?
        for (i, candidate) in words.enumerated() {
            let score = TextSimilarity.jaccard(target, candidate)
            if score > 0, score > (best?.score ?? 0) { best = (score, i) }
        }
        return best.map { cards[$0.index] }
    }

    /// The wordings that `ids` had in the git history of the journal at `root`: every line
    /// ever added to or removed from a Markdown file, less its list marker, is keyed like a practice question
    /// (`QuestionKey.merge`) and kept when its card id is one of `ids`. Empty outside git.
    package static func oldWordings(of ids: Set<String>, root: String) -> [String: String] {
        guard !ids.isEmpty, let output = GitCommand.run(["log", "--format=", "-p", "--no-color", "--no-ext-diff", "--", "*.md", "*.markdown"], in: root),
              output.status == 0 else { return [:] }
        var found: [String: String] = [:]
        for raw in String(decoding: output.stdout, as: UTF8.self).split(separator: "\n") {
            guard raw.hasPrefix("-") || raw.hasPrefix("+"), !raw.hasPrefix("---"), !raw.hasPrefix("+++") else { continue }
            let text = itemText(raw.dropFirst())
            guard !text.isEmpty else { continue }
            let id = "journal-" + StableHash.hex(QuestionKey.merge(text))
            if ids.contains(id), found[id] == nil { found[id] = text }
            if found.count == ids.count { break }
        }
        return found
    }

    /// A Markdown line without its list marker, checkbox, `Q:` lead and bold markers.
    static func itemText(_ line: Substring) -> String {
        var text = line.drop { $0 == " " || $0 == "\t" }
        if let first = text.first, "-*+".contains(first), text.dropFirst().first == " " { text = text.dropFirst(2) }
        else if let dot = text.firstIndex(where: { $0 == "." || $0 == ")" }), dot > text.startIndex,
                text[..<dot].allSatisfy(\.isNumber), text[text.index(after: dot)...].first == " " {
            text = text[text.index(dot, offsetBy: 2)...]
        }
        if text.hasPrefix("[ ] ") || text.hasPrefix("[x] ") { text = text.dropFirst(4) }
        var out = String(text).replacingOccurrences(of: "**", with: "")
        if out.hasPrefix("Q:") { out = String(out.dropFirst(2)) }
        return out.trimmingSpaces()
    }
}
