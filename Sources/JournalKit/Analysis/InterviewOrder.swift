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

    /// Indices of the items of one entry by position (line, then column), equal positions
    /// as given. Items are normally in order already (they are read from top to bottom).
    static func positions(_ positions: [(line: Int, column: Int)]) -> [Int] {
        let indices = Array(positions.indices)
        if zip(positions, positions.dropFirst()).allSatisfy({ !($1 < $0) }) { return indices }
        return indices.sorted { positions[$0] < positions[$1] }
    }
}
