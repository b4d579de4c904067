/// The items of a "difficult answers" section, merged at the end of extraction into the
/// questions they name; an item that names no question becomes a difficult question.
struct DifficultItems {
    struct Item {
        var name: String
        var note: String
        var tags: [String]
        var location: SourceLocation
    }
    private(set) var items: [Item] = []

    mutating func append(_ item: Item) { items.append(item) }

    /// Marks each named question difficult (with the item's note and tags), or adds the item as a question.
    func merge(into questions: inout [Question]) {
        guard !items.isEmpty else { return }
        // Question texts and item names have their tags removed already. A few items
        // against a few questions: compared as they are normalised, nothing built.
        let scan = items.count * (questions.count + items.count) <= 4096
        var index: [String: Int] = [:]
        if !scan {
            for (i, q) in questions.enumerated() {
                let key = TextKey.normalize(q.text)
                if index[key] == nil { index[key] = i }
            }
        }
        for item in items {
            let key = TextKey.normalize(item.name)
            let found = scan ? questions.indices.first { TextKey.normalizedEquals(questions[$0].text, key) } : index[key]
            if let i = found {
                questions[i].difficult = true
                if !item.note.isEmpty { questions[i].difficultyNotes.append(item.note) }
                questions[i].tags = TagList.sortedUnique(questions[i].tags + item.tags)
            } else {
                if !scan { index[key] = questions.count }
                questions.append(Question(text: item.name, difficultyNotes: item.note.isEmpty ? [] : [item.note],
                                          tags: TagList.sortedUnique(item.tags), difficult: true, location: item.location))
            }
        }
    }
}
