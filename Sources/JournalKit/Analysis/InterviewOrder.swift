/// The order in which merged points and questions list what they were merged from.
enum InterviewOrder {
    /// Indices of `entries` by interview day (undated last), then path, else as given.
    ///
    /// Merges visit entries in this order instead of sorting every occurrence: sorting
    /// a few numbers per entry once is cheaper than sorting hundreds of thousands of
    /// occurrences (each holding strings) by day, path and line.
    static func entries(_ entries: [Entry]) -> [Int] {
        // Columns: reading a field through `entries[i]` in a comparison may copy the whole entry.
        let days = entries.days
        let paths = entries.column(\.path)
        return entries.indices.sorted { a, b in
            if days[a] != days[b] { return Wording.isEarlier(days[a], than: days[b]) }
            return paths[a] < paths[b]
        }
    }

    /// `order` (an interview order) with its days latest first, undated entries still
    /// last, and the entries of a day in the same order: by day (latest first, undated
    /// last), then path, without sorting again.
    static func daysReversed(_ order: [Int], days: [CalendarDay?]) -> [Int] {
        var runs: [ArraySlice<Int>] = []
        var start = order.startIndex
        for k in order.indices where k + 1 == order.endIndex || days[order[k + 1]] != days[order[k]] {
            runs.append(order[start...k])
            start = k + 1
        }
        if let last = runs.last, let first = last.first, days[first] == nil {
            return Array(runs.dropLast().reversed().joined()) + last
        }
        return Array(runs.reversed().joined())
    }

    /// Indices of the items of one entry by position (line, then column), equal positions
    /// as given. Items are normally in order already (they are read from top to bottom).
    static func positions(_ positions: [(line: Int, column: Int)]) -> [Int] {
        let indices = Array(positions.indices)
        if zip(positions, positions.dropFirst()).allSatisfy({ !($1 < $0) }) { return indices }
        return indices.sorted { positions[$0] < positions[$1] }
    }
}
