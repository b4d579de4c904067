/// A reflection point (to improve, or went well) merged across entries.
public struct RecurringPoint: Sendable, Hashable, Encodable {
    /// The most common wording of the point.
    public var text: String
    /// In how many entries the point was written.
    public var count: Int
    /// Paths of those entries, in interview-date order.
    public var entries: [String]
    /// The latest interview day among them.
    public var lastDay: CalendarDay?

    enum CodingKeys: String, CodingKey { case text, count, entries }

    public init(text: String, count: Int, entries: [String], lastDay: CalendarDay? = nil) {
        self.text = text
        self.count = count
        self.entries = entries
        self.lastDay = lastDay
    }

    /// Merges similar items across entries: same normalized text, or content words with a
    /// Jaccard similarity of at least `TextSimilarity.threshold`. Ordered by how many
    /// entries mention the point, then by the latest mention, then by text.
    public static func merge(_ entries: [Entry], items: (Entry) -> [TextItem]) -> [RecurringPoint] {
        struct Occurrence { var text: String; var path: String; var day: CalendarDay?; var line: Int }
        var occurrences: [Occurrence] = []
        for entry in entries {
            for item in items(entry) where !item.text.trimmingSpaces().isEmpty {
                occurrences.append(Occurrence(text: item.text, path: entry.path, day: entry.date?.value, line: item.location.line))
            }
        }
        occurrences.sort { a, b in
            if a.day != b.day { return Wording.isEarlier(a.day, than: b.day) }
            return (a.path, a.line) < (b.path, b.line)
        }

        // Items with the same normalized text always share a cluster; distinct texts join the
        // cluster with the most similar text. Only clusters sharing a content word are compared.
        struct Cluster { var words: [Set<String>] = []; var members: [Occurrence] = [] }
        var clusters: [Cluster] = []
        var clusterOfKey: [String: Int] = [:]
        var clustersWithWord: [String: [Int]] = [:]
        var keyOfText: [String: String] = [:]
        for occurrence in occurrences {
            let key = keyOfText[occurrence.text] ?? QuestionKey.normalize(occurrence.text)
            keyOfText[occurrence.text] = key
            if let index = clusterOfKey[key] {
                clusters[index].members.append(occurrence)
                continue
            }
            let words = TextSimilarity.contentWords(occurrence.text)
            var candidates: Set<Int> = []
            for word in words { candidates.formUnion(clustersWithWord[word] ?? []) }
            var chosen: Int?
            var best = TextSimilarity.threshold
            for index in candidates.sorted() {
                let score = clusters[index].words.map { TextSimilarity.jaccard($0, words) }.max() ?? 0
                if score > best || (score == best && chosen == nil) {
                    best = score
                    chosen = index
                }
            }
            let index = chosen ?? clusters.count
            if chosen == nil { clusters.append(Cluster()) }
            clusters[index].words.append(words)
            clusters[index].members.append(occurrence)
            clusterOfKey[key] = index
            for word in words where clustersWithWord[word]?.last != index { clustersWithWord[word, default: []].append(index) }
        }

        let points = clusters.map { cluster -> RecurringPoint in
            var paths: [String] = []
            var seen: Set<String> = []
            for member in cluster.members where seen.insert(member.path).inserted { paths.append(member.path) }
            let last = cluster.members.compactMap(\.day).max()
            return RecurringPoint(text: Wording.mostCommon(cluster.members.map { ($0.text, $0.day) }),
                                  count: paths.count, entries: paths, lastDay: last)
        }
        return points.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.lastDay != b.lastDay { return Wording.isLater(a.lastDay, than: b.lastDay) }
            return (a.text.lowercased(), a.text) < (b.text.lowercased(), b.text)
        }
    }
}
