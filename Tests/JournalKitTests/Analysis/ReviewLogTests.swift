import Foundation
import Testing
@testable import JournalKit

@Suite struct ReviewLogTests {
    @Test func readingSortsDropsDuplicatesAndReportsBadLines() {
        let log = ReviewLog(text: """
            2026-12-03\tjournal-b\t3
            2026-12-01\tjournal-a\t1
            # a comment

            2026-12-03\tjournal-b\t3
            2026-12-01\tjournal-a\t4\r
            alias\tjournal-old\tjournal-a
            2026-13-01\tjournal-a\t3
            2026-12-02\tjournal-a\t5
            alias\tjournal-x\tjournal-x
            """)
        #expect(log.reviews.map(\.line) == ["2026-12-01\tjournal-a\t1", "2026-12-01\tjournal-a\t4", "2026-12-03\tjournal-b\t3"])
        #expect(log.aliases == ["journal-old": "journal-a"])
        #expect(log.diagnostics.map { "\($0.location): \($0.message)" } == [
            ".journal/reviews.tsv:8:1: This line is not a review (`YYYY-MM-DD<TAB>card id<TAB>rating 1-4`) or an alias (`alias<TAB>OLD<TAB>NEW`); it is ignored.",
            ".journal/reviews.tsv:9:1: This line is not a review (`YYYY-MM-DD<TAB>card id<TAB>rating 1-4`) or an alias (`alias<TAB>OLD<TAB>NEW`); it is ignored.",
            ".journal/reviews.tsv:10:1: This alias line needs two different card ids: `alias<TAB>OLD<TAB>NEW`; use `journal drill alias OLD NEW`.",
        ])
    }

    /// The byte-level reader against the plain reading of the format: split into lines
    /// (`\n`, a `\r` before it dropped), then at tabs; a set of reviews, sorted.
    @Test func readsLikeThePlainReadingOfTheFormatOnRandomLogs() {
        var rng = SeededGenerator(seed: 20)
        let cards = ["journal-a", "journal-b", "journal-0123456789abcdef", "journal-é", "journal-e\u{301}", "x"]
        let days = ["2026-12-01", "2026-11-30", "2027-01-09", "2026-02-30", "2026-1-01", ""]
        for _ in 0..<200 {
            var lines: [String] = []
            for _ in 0..<Int.random(in: 0...30, using: &rng) {
                switch Int.random(in: 0..<12, using: &rng) {
                case 0: lines.append("# comment")
                case 1: lines.append(" \t ")
                case 2: lines.append("alias\t\(cards.randomElement(using: &rng)!)\t\(cards.randomElement(using: &rng)!)")
                case 3: lines.append("\(days.randomElement(using: &rng)!)\t\(cards.randomElement(using: &rng)!)\t3\textra")
                case 4: lines.append("\(days.randomElement(using: &rng)!)\t\t\(Int.random(in: 0...5, using: &rng))")
                default:
                    lines.append("\(days.randomElement(using: &rng)!)\t\(cards.randomElement(using: &rng)!)\t\(Int.random(in: 0...5, using: &rng))"
                                 + (Bool.random(using: &rng) ? "\r" : ""))
                }
            }
            let text = lines.joined(separator: "\n") + (Bool.random(using: &rng) ? "\n" : "")
            var expected = Set<ReviewLog.Review>()
            var bad: [Int] = []
            for (i, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init).enumerated() {
                let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                if fields.count == 3, fields[0] == "alias" { continue }
                if fields.count == 3, let day = CalendarDay(iso: fields[0]), !fields[1].isEmpty,
                   let value = Int(fields[2]), let rating = FSRS.Rating(rawValue: value) {
                    expected.insert(ReviewLog.Review(day: day, card: fields[1], rating: rating))
                } else {
                    bad.append(i + 1)
                }
            }
            let log = ReviewLog(text: text)
            #expect(log.reviews == expected.sorted(), "\(text.debugDescription)")
            #expect(log.diagnostics.filter { $0.message.hasPrefix("This line") }.map(\.location.line) == bad)
        }
    }

    @Test func concatenationInEitherOrderReplaysTheSame() {
        let mine = "2026-12-01\tjournal-a\t3\n2026-12-04\tjournal-a\t2\n"
        let theirs = "2026-12-02\tjournal-b\t1\n2026-12-01\tjournal-a\t3\n2026-12-09\tjournal-a\t4\n"
        #expect(ReviewLog(text: mine + theirs).reviews == ReviewLog(text: theirs + mine).reviews)
        #expect(ReviewLog(text: mine + theirs).reviews.count == 4)
    }

    @Test func aliasesAreFollowedToTheEndAndLoopsStop() {
        let log = ReviewLog(text: "alias\tjournal-1\tjournal-2\nalias\tjournal-2\tjournal-3\nalias\tjournal-3\tjournal-1\nalias\tjournal-7\tjournal-8\n"
                            + "2026-12-01\tjournal-7\t3\n2026-12-05\tjournal-8\t3\n")
        #expect(log.resolve("journal-7") == "journal-8")
        #expect(log.resolve("journal-1") == "journal-3")
        #expect(log.reviewsByCard["journal-8"]?.map(\.day.description) == ["2026-12-01", "2026-12-05"])
    }

    @Test func appendWritesWholeLinesAndUndoTakesBackOnlyItsOwn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reviewlog-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/.journal/reviews.tsv"
        try FileManager.default.createDirectory(atPath: folder + "/.journal", withIntermediateDirectories: true)
        try "2026-12-01\tjournal-a\t3".write(toFile: path, atomically: true, encoding: .utf8)  // no final newline
        let review = ReviewLog.Review(day: CalendarDay(iso: "2026-12-02")!, card: "journal-b", rating: .hard)
        let size = try ReviewLog.append(review, root: folder)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "2026-12-01\tjournal-a\t3\n2026-12-02\tjournal-b\t2\n")
        #expect(try ReviewLog.removeLast(review, root: folder, size: size + 1) == false)
        #expect(try ReviewLog.removeLast(review, root: folder, size: size))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "2026-12-01\tjournal-a\t3\n")
        // Once something else was appended, the rating is no longer the log's end: no undo.
        let again = try ReviewLog.append(review, root: folder)
        try ReviewLog.appendAlias(from: "journal-z", to: "journal-b", root: folder)
        #expect(try ReviewLog.removeLast(review, root: folder, size: again) == false)
        #expect(ReviewLog.load(root: folder).aliases == ["journal-z": "journal-b"])
    }

    @Test func theDeckReplaysTheLogAndOrdersDueCards() throws {
        let practice = PracticeList(entries: [
            entry("---\ndate: 2026-11-01\ncompany: Acme\n---\n## Questions\n- Tell me about yourself.\n- How would you shard a table? #hard\n", path: "a.md"),
            entry("---\ndate: 2026-11-20\ncompany: Hooli\n---\n## Questions\n- Why Hooli?\n", path: "b.md"),
        ])
        let ids = Dictionary(uniqueKeysWithValues: practice.questions.map { ($0.text, $0.cardID) })
        let yourself = try #require(ids["Tell me about yourself."]), shard = try #require(ids["How would you shard a table?"])
        let log = ReviewLog(text: "2026-11-02\t\(yourself)\t3\n2026-11-02\tjournal-gone\t3\n")
        let deck = DrillDeck(practice: practice, log: log, today: CalendarDay(iso: "2026-11-10")!)
        #expect(deck.orphans == ["journal-gone"])
        // Good on 2026-11-02: stability 2.3065, interval 2 days, so due 2026-11-04.
        let reviewed = try #require(deck.card(yourself))
        #expect(reviewed.due?.description == "2026-11-04")
        #expect(reviewed.reviews == 1)
        // Difficult first; "Why Hooli?" was first asked after today, so it is not due yet.
        #expect(deck.due().map(\.question.text) == ["How would you shard a table?", "Tell me about yourself."])
        #expect(deck.card(String(shard.prefix(12)))?.id == shard)
        #expect(deck.counts(masteredDays: 21) == (due: 2, mastered: 0))
        #expect(deck.nextDueDay?.description == "2026-11-20")
    }
}

/// SplitMix64: the same random logs on every run.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
