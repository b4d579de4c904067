import Foundation

/// The review history of `journal drill`: `.journal/reviews.tsv`, append-only.
///
/// One line per review, `YYYY-MM-DD<TAB>card id<TAB>rating` (rating 1–4: again, hard,
/// good, easy), and `alias<TAB>OLD<TAB>NEW` lines that carry the history of a reworded
/// question over to its new id. Reading sorts the lines and drops exact duplicates, so
/// the file may be merged by concatenation (`.gitattributes`: `.journal/reviews.tsv
/// merge=union`) and two machines' histories replay to the same schedule in any order.
/// Blank lines and `#` comments are skipped; anything else is a diagnostic.
package struct ReviewLog: Sendable, Hashable {
    /// The log's path below the journal root.
    package static let relativePath = ".journal/reviews.tsv"

    /// One review.
    package struct Review: Sendable, Hashable, Comparable {
        package var day: CalendarDay
        package var card: String
        package var rating: FSRS.Rating

        package init(day: CalendarDay, card: String, rating: FSRS.Rating) {
            self.day = day
            self.card = card
            self.rating = rating
        }

        /// Its line in the log (without the newline).
        package var line: String { "\(day)\t\(card)\t\(rating.rawValue)" }

        /// The order of sorted lines: by day, then card, then rating.
        package static func < (a: Review, b: Review) -> Bool { (a.day, a.card, a.rating.rawValue) < (b.day, b.card, b.rating.rawValue) }
    }

    /// Reviews sorted by day, card and rating, without exact duplicates; ids as written.
    package var reviews: [Review]
    /// Old id to new id, from `alias` lines.
    package var aliases: [String: String]
    /// Lines that are not a review or an alias.
    package var diagnostics: [Diagnostic]
    /// The first line of the file that names each reviewed id (for diagnostics).
    package var firstLines: [String: Int] = [:]

    package init(reviews: [Review] = [], aliases: [String: String] = [:], diagnostics: [Diagnostic] = []) {
        self.reviews = reviews
        self.aliases = aliases
        self.diagnostics = diagnostics
    }

    /// The log parsed from its text (`path` names it in diagnostics).
    package init(text: String, path: String = ReviewLog.relativePath) {
        var reviews = Set<Review>()
        var aliases: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        var firstLines: [String: Int] = [:]
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let location = SourceLocation(path: path, line: number, column: 1)
            if fields.count == 3, fields[0] == "alias" {
                let old = String(fields[1]), new = String(fields[2])
                if old.isEmpty || new.isEmpty || old == new {
                    diagnostics.append(Diagnostic(.warning, location, "This alias line needs two different card ids: `alias<TAB>OLD<TAB>NEW`; use `journal drill alias OLD NEW`."))
                } else {
                    aliases[old] = aliases[old].map { min($0, new) } ?? new
                }
                continue
            }
            guard fields.count == 3, let day = CalendarDay(iso: fields[0]), !fields[1].isEmpty,
                  let value = Int(fields[2]), let rating = FSRS.Rating(rawValue: value) else {
                diagnostics.append(Diagnostic(.warning, location, "This line is not a review (`YYYY-MM-DD<TAB>card id<TAB>rating 1-4`) or an alias (`alias<TAB>OLD<TAB>NEW`); it is ignored."))
                continue
            }
            let card = String(fields[1])
            reviews.insert(Review(day: day, card: card, rating: rating))
            if firstLines[card] == nil { firstLines[card] = number }
        }
        self.init(reviews: reviews.sorted(), aliases: aliases, diagnostics: diagnostics)
        self.firstLines = firstLines
    }

    /// The log's path in the journal at `root`.
    package static func path(root: String) -> String { (root as NSString).appendingPathComponent(relativePath) }

    /// Whether the journal at `root` has a review log (`journal drill` is in use).
    package static func exists(root: String) -> Bool { FileManager.default.fileExists(atPath: path(root: root)) }

    /// The log of the journal at `root` (empty when there is none yet).
    package static func load(root: String) -> ReviewLog {
        guard let bytes = readWholeFile(path(root: root)) else { return ReviewLog() }
        return ReviewLog(text: String(decoding: bytes, as: UTF8.self))
    }

    /// The id `id` stands for now: its aliases followed to the end (a loop stops where it closes).
    package func resolve(_ id: String) -> String {
        var current = id
        var seen: Set<String> = [id]
        while let next = aliases[current], seen.insert(next).inserted { current = next }
        return current
    }

    /// Each card's reviews in replay order, under the card's current id.
    package var reviewsByCard: [String: [Review]] {
        var byCard: [String: [Review]] = [:]
        var resolved: [String: String] = [:]
        for review in reviews {
            let id: String
            if aliases.isEmpty { id = review.card } else if let known = resolved[review.card] { id = known } else {
                id = resolve(review.card)
                resolved[review.card] = id
            }
            byCard[id, default: []].append(review)
        }
        return byCard
    }

    /// Appends one review to the log of the journal at `root`; returns the file size after it.
    @discardableResult
    package static func append(_ review: Review, root: String) throws -> Int {
        try AtomicAppend.append(line: review.line, to: path(root: root))
    }

    /// Appends an alias line to the log of the journal at `root`.
    package static func appendAlias(from old: String, to new: String, root: String) throws {
        try AtomicAppend.append(line: "alias\t\(old)\t\(new)", to: path(root: root))
    }

    /// Takes back `review` if it is still the last line of the log (see `AtomicAppend.removeLast`).
    package static func removeLast(_ review: Review, root: String, size: Int) throws -> Bool {
        try AtomicAppend.removeLast(line: review.line, from: path(root: root), size: size)
    }
}
