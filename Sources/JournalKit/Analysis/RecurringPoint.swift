/// A reflection point (to improve, or went well) merged across entries.
package struct RecurringPoint: Sendable, Hashable, Encodable {
    /// The most common wording of the point.
    package var text: String
    /// In how many entries the point was written.
    package var count: Int
    /// Paths of those entries, in interview-date order.
    package var entries: [String]
    /// The latest interview day among them.
    package var lastDay: CalendarDay?

    enum CodingKeys: String, CodingKey { case text, count, entries }

    package init(text: String, count: Int, entries: [String], lastDay: CalendarDay? = nil) {
        self.text = text
        self.count = count
        self.entries = entries
        self.lastDay = lastDay
    }

    /// Merges similar items across entries: same normalized text, or content words with a
    /// Jaccard similarity of at least `TextSimilarity.threshold`. Ordered by how many
    /// entries mention the point, then by the latest mention, then by text.
    package static func merge(_ entries: [Entry], items: (Entry) -> [TextItem]) -> [RecurringPoint] {
        merge(entries, order: InterviewOrder.entries(entries), items: items)
    }

    /// `merge` with `InterviewOrder.entries(entries)` made by the caller.
    static func merge(_ entries: [Entry], order: [Int], items: (Entry) -> [TextItem]) -> [RecurringPoint] {
        let lists = entries.column(items)
        let days = entries.days
        let paths = entries.column(\.path)

        // Items are visited in interview order (day, path, line), the order a point lists its
        // entries in. Each distinct text (by its bytes) finds its cluster once; items with the
        // same normalized text always share a cluster, distinct texts join the cluster with
        // the most similar text. Only clusters sharing a content word are compared.
        struct Cluster { var words: [Set<String>] = []; var texts: [Int] = []; var entries: [Int] = []; var last: CalendarDay? }
        var clusters: [Cluster] = []
        var clusterOfKey: [String: Int] = [:]
        var clustersWithWord: [String: [Int]] = [:]
        var keyOfText: [String: String] = [:]
        var textIDs: [ByteKey: Int] = [:]
        var texts: [(text: String, cluster: Int)] = []
        var tallies: [Wording.Tally] = []
        func cluster(of text: String) -> Int {
            let key = keyOfText[text] ?? QuestionKey.normalize(text)
            keyOfText[text] = key
            if let index = clusterOfKey[key] { return index }
            let words = TextSimilarity.contentWords(text)
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
            clusterOfKey[key] = index
            for word in words where clustersWithWord[word]?.last != index { clustersWithWord[word, default: []].append(index) }
            return index
        }
        for e in order where !lists[e].isEmpty {
            let list = lists[e]
            for i in InterviewOrder.positions(list.map { ($0.location.line, 0) }) where !list[i].text.trimmingSpaces().isEmpty {
                let bytes = ByteKey(list[i].text)
                let id: Int
                if let known = textIDs[bytes] { id = known } else {
                    id = texts.count
                    textIDs[bytes] = id
                    texts.append((list[i].text, cluster(of: list[i].text)))
                    tallies.append(Wording.Tally())
                }
                let c = texts[id].cluster
                if tallies[id].count == 0 { clusters[c].texts.append(id) }
                tallies[id].add(days[e], count: 1)
                // An entry is listed once, however many of its items made the point.
                if clusters[c].entries.last != e { clusters[c].entries.append(e) }
                if Wording.isLater(days[e], than: clusters[c].last) { clusters[c].last = days[e] }
            }
        }

        let points = clusters.map { cluster -> RecurringPoint in
            var wordings: [ByteKey: Wording.Tally] = [:]
            for id in cluster.texts { wordings[ByteKey(texts[id].text.trimmingSpaces()), default: Wording.Tally()].add(tallies[id]) }
            return RecurringPoint(text: Wording.mostCommon(tallied: wordings), count: cluster.entries.count,
                                  entries: cluster.entries.map { paths[$0] }, lastDay: cluster.last)
        }
        let lowercased = points.map { $0.text.lowercased() }
        return points.indices.sorted { a, b in
            if points[a].count != points[b].count { return points[a].count > points[b].count }
            if points[a].lastDay != points[b].lastDay { return Wording.isLater(points[a].lastDay, than: points[b].lastDay) }
            return (lowercased[a], points[a].text) < (lowercased[b], points[b].text)
        }.map { points[$0] }
    }
}
