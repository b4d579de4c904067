/// Tag lists as entries and questions keep them.
enum TagList {
    /// The tags sorted, each once.
    static func sortedUnique(_ tags: [String]) -> [String] {
        if tags.count < 2 { return tags }
        var sorted = tags.sorted()
        var kept = 1
        for i in 1..<sorted.count where sorted[i] != sorted[kept - 1] {
            sorted.swapAt(i, kept)
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
