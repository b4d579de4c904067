/// The company of a note whose title says only what it is ("My interview experience",
/// "Interview notes") and whose path names none: from a heading that names it the way a
/// title would ("## Interview at Acme", "## Acme interview experience"), else from the first
/// sentences ("I interviewed at Acme Corp for a backend role").
enum CompanyInText {
    /// Whether a company read from a title is only words that say what the note is.
    static func isGeneric(_ company: String) -> Bool {
        let words = company.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return words.allSatisfy { word in
            let w = String(word)
            return CompanyPhrase.trailingWords.contains(w) || CompanyPhrase.leadingWords.contains(w)
                || Inference.genericNames.contains(w) || CompanyPhrase.roundWords.contains(w) || w.allSatisfy(\.isNumber)
        }
    }

    /// Phrases after which a sentence names the company: "I interviewed at Acme".
    static let proseCues = ["interviewed at ", "interview at ", "interviewing at ", "interviews at ", "internship at ",
                            "intern at ", "offer from ", "applied to ", "applied at ", "role at ", "position at ", "job at ",
                            "opening at ", "opportunity at ", "interview process at ", "entrevista en ", "entrevista na ",
                            "entrevista no ", "vorstellungsgespräch bei "]

    /// How far into the note a company is looked for: the first blocks only.
    static let blocksRead = 6

    /// The company, the line that names it and whether it is a heading's.
    static func fromBody(_ blocks: [MarkdownBlock], title: MarkdownBlock?) -> (company: String, line: Int, heading: Bool)? {
        for block in blocks.prefix(blocksRead) {
            switch block.kind {
            case .heading where block.line != title?.line:
                let text = Inference.headingText(block)
                guard let c = CompanyPhrase.company(in: Inference.cleanCompany(text) ?? text) else { continue }
                // Only a heading that says more than the company, as a title does; never a round's or a topic's.
                if c != text.trimmingSpaces(), acceptable(c) { return (c, block.line, true) }
            case .paragraph:
                if let c = fromSentence(block.inline.display) { return (c, block.line, false) }
            default:
                continue
            }
        }
        return nil
    }

    /// "I interviewed at Acme Corp for…" → "Acme Corp": the capitalised words after a cue.
    static func fromSentence(_ text: String) -> String? {
        let lower = text.lowercased()
        // Lowercasing keeps the byte offsets of ASCII text only.
        guard lower.utf8.count == text.utf8.count else { return nil }
        for cue in proseCues {
            guard let range = lower.firstByteRange(of: cue) else { continue }
            let offset = lower.utf8.distance(from: lower.startIndex, to: range.upperBound)
            let rest = text.utf8.dropFirst(offset)
            var words: [String] = []
            for word in String(decoding: rest, as: UTF8.self).split(separator: " ", omittingEmptySubsequences: true) {
                var w = String(word)
                let ends = w.last.map { ",.;:!?)".contains($0) } ?? false
                while let last = w.last, ",.;:!?)'\"".contains(last) { w.removeLast() }
                if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
                guard let first = w.unicodeScalars.first, first.properties.isUppercase || w == "&" else { break }
                words.append(w)
                if ends || words.count == 4 { break }
            }
            while let last = words.last, last == "&" || CompanyPhrase.trailingWords.contains(last.lowercased()) { words.removeLast() }
            let c = words.joined(separator: " ")
            if !c.isEmpty, acceptable(c) { return c }
        }
        return nil
    }

    private static func acceptable(_ company: String) -> Bool {
        guard let first = company.unicodeScalars.first, first.properties.isUppercase || first.value >= 0x2E80 else { return false }
        return !isGeneric(company) && !company.contains(where: \.isNumber) && !["I", "The", "A", "An"].contains(company)
    }
}
