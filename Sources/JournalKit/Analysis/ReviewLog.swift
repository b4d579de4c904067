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
        // Reviews with the card as a number (its place in `cards`): sorting compares integers.
        var pending: [(day: Int, card: Int, rating: FSRS.Rating)] = []
        var cards: [String] = []
        var cardNumbers: [String: Int] = [:]
        var aliases: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        var firstLines: [String: Int] = [:]
        var number = 0
        // On bytes: 10,000 lines go through in a fraction of a millisecond (splitting into
        // Characters took most of `drill --due`'s start-up).
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var lineStart = 0
            while lineStart <= count {
                var newline = lineStart
                while newline < count, bytes[newline] != 0x0A { newline += 1 }
                defer { lineStart = newline + 1 }
                number += 1
                var end = newline
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || line.first == UInt8(ascii: "#") { continue }
                // Three fields, the only shape of a valid line; anything else is reported below.
                let location = SourceLocation(path: path, line: number, column: 1)
                guard let first = line.firstIndex(of: 0x09), let second = line[(first + 1)...].firstIndex(of: 0x09),
                      !line[(second + 1)...].contains(0x09) else {
                    diagnostics.append(Diagnostic(.warning, location, ReviewLog.notAReview))
                    continue
                }
                func field(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[range]) }
                func string(_ range: Range<Int>) -> String { String(decoding: field(range), as: UTF8.self) }
                let (dayField, cardField, ratingField) = (0..<first, (first + 1)..<second, (second + 1)..<line.count)
                if field(dayField).elementsEqual("alias".utf8) {
                    let old = string(cardField), new = string(ratingField)
                    if old.isEmpty || new.isEmpty || old == new {
                        diagnostics.append(Diagnostic(.warning, location, "This alias line needs two different card ids: `alias<TAB>OLD<TAB>NEW`; use `journal drill alias OLD NEW`."))
                    } else {
                        aliases[old] = aliases[old].map { min($0, new) } ?? new
                    }
                    continue
                }
                let ratingBytes = field(ratingField)
                let value = ratingBytes.count == 1 ? Int(ratingBytes[0]) - 48 : Int(string(ratingField))
                guard let day = CalendarDay(isoBytes: field(dayField)), !cardField.isEmpty,
                      let value, let rating = FSRS.Rating(rawValue: value) else {
                    diagnostics.append(Diagnostic(.warning, location, ReviewLog.notAReview))
                    continue
                }
                let card = string(cardField)
                let cardNumber: Int
                if let known = cardNumbers[card] { cardNumber = known } else {
                    cardNumber = cards.count
                    cards.append(card)
                    cardNumbers[card] = cardNumber
                    firstLines[card] = number
                }
                pending.append((day.dayNumber, cardNumber, rating))
            }
        }
        // Sorted by day, card and rating (`Review.<`: cards ranked once, not compared per
        // pair), then exact duplicates, adjacent now, dropped.
        var rank = [Int](repeating: 0, count: cards.count)
        for (place, card) in cards.indices.sorted(by: { cards[$0] < cards[$1] }).enumerated() { rank[card] = place }
        pending.sort { a, b in
            a.day != b.day ? a.day < b.day : a.card != b.card ? rank[a.card] < rank[b.card] : a.rating.rawValue < b.rating.rawValue
        }
        var reviews: [Review] = []
        reviews.reserveCapacity(pending.count)
        var last: (day: Int, card: Int, rating: FSRS.Rating)?
        for review in pending where last.map({ $0.day != review.day || $0.card != review.card || $0.rating != review.rating }) ?? true {
            reviews.append(Review(day: CalendarDay(dayNumber: review.day), card: cards[review.card], rating: review.rating))
            last = review
        }
        self.init(reviews: reviews, aliases: aliases, diagnostics: diagnostics)
        self.firstLines = firstLines
    }

    static let notAReview = "This line is not a review (`YYYY-MM-DD<TAB>card id<TAB>rating 1-4`) or an alias (`alias<TAB>OLD<TAB>NEW`); it is ignored."

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
