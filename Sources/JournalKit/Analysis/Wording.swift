/// Picks the wording to show for items merged from several entries.
public enum Wording {
    /// The most common wording. Wordings that differ only in case and punctuation are
    /// counted together first (`QuestionKey.normalize`), then the most common exact text of
    /// the winning group is taken. Ties go to the most recently written, then to the
    /// alphabetically first. Texts are compared after trimming spaces.
    public static func mostCommon(_ occurrences: [(text: String, day: CalendarDay?)]) -> String {
        let trimmed = occurrences.map { (text: $0.text.trimmingSpaces(), day: $0.day) }
        let groups = Dictionary(grouping: trimmed) { QuestionKey.normalize($0.text) }
        guard let (_, group) = best(groups) else { return "" }
        return best(Dictionary(grouping: group) { $0.text })?.key ?? ""
    }

    /// The entry with most occurrences; ties by latest day, then smallest key.
    private static func best(_ groups: [String: [(text: String, day: CalendarDay?)]]) -> (key: String, value: [(text: String, day: CalendarDay?)])? {
        func latest(_ items: [(text: String, day: CalendarDay?)]) -> CalendarDay? { items.compactMap(\.day).max() }
        return groups.min { a, b in
            if a.value.count != b.value.count { return a.value.count > b.value.count }
            let la = latest(a.value), lb = latest(b.value)
            if la != lb { return isLater(la, than: lb) }
            return a.key < b.key
        }
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
