/// Picks the wording to show for items merged from several entries.
package enum Wording {
    /// The most common wording. Wordings that differ only in case and punctuation are
    /// counted together first (`QuestionKey.normalize`), then the most common exact text of
    /// the winning group is taken. Ties go to the most recently written, then to the
    /// alphabetically first. Texts are compared after trimming spaces.
    package static func mostCommon(_ occurrences: [(text: String, day: CalendarDay?)]) -> String {
        // Tally exact texts first, so that each distinct text is normalized once.
        var exact: [ByteKey: Tally] = [:]
        for occurrence in occurrences {
            exact[ByteKey(occurrence.text.trimmingSpaces()), default: Tally()].add(occurrence.day, count: 1)
        }
        return mostCommon(tallied: exact)
    }

    /// `mostCommon` of texts already counted: how often each text (trimmed) was written,
    /// and when last.
    static func mostCommon(tallied exact: [ByteKey: Tally]) -> String {
        if exact.count == 1 { return exact.first!.key.string }
        var groups: [ByteKey: Tally] = [:]
        var groupOf: [ByteKey: ByteKey] = [:]
        for (text, tally) in exact {
            let key = ByteKey(QuestionKey.normalize(text.string))
            groups[key, default: Tally()].add(tally.latest, count: tally.count)
            groupOf[text] = key
        }
        guard let group = best(groups) else { return "" }
        return best(exact.filter { groupOf[$0.key] == group })?.string ?? ""
    }

    /// How often a text was written, and the latest day it was.
    struct Tally {
        var count = 0
        var latest: CalendarDay?

        mutating func add(_ day: CalendarDay?, count n: Int) {
            count += n
            if Wording.isLater(day, than: latest) { latest = day }
        }

        mutating func add(_ other: Tally) {
            add(other.latest, count: other.count)
        }
    }

    /// The key with most occurrences; ties by latest day, then smallest key.
    private static func best(_ tallies: [ByteKey: Tally]) -> ByteKey? {
        tallies.min { a, b in
            if a.value.count != b.value.count { return a.value.count > b.value.count }
            if a.value.latest != b.value.latest { return isLater(a.value.latest, than: b.value.latest) }
            return a.key.string < b.key.string
        }?.key
    }

    /// Chronological order with missing days last: true when `a` comes before `b`.
    static func isEarlier(_ a: CalendarDay?, than b: CalendarDay?) -> Bool {
        switch (a, b) {
        case let (a?, b?): return a < b
        case (_?, nil): return true
        default: return false
        }
    }

    /// True when `a` is a later day than `b` (a missing day is the earliest).
    static func isLater(_ a: CalendarDay?, than b: CalendarDay?) -> Bool {
        switch (a, b) {
        case let (a?, b?): return a > b
        case (_?, nil): return true
        default: return false
        }
    }
}
