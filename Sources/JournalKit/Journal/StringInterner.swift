import Foundation

/// Shares one copy of equal strings across all entries of a run.
///
/// Question texts, notes, tags, companies, roles and headings recur across interviews
/// (that is what the practice list counts); keeping one copy of each cut the memory of
/// large journals by about half. Strings of up to 15 UTF-8 bytes are stored inline by
/// Swift and are left alone.
public final class StringInterner: @unchecked Sendable {
    // @unchecked: each shard's set is only touched under that shard's lock.
    // Only identical spellings are shared (`ByteKey`).
    private final class Shard {
        let lock = NSLock()
        var strings: Set<ByteKey> = []
    }

    private let shards: [Shard] = (0..<32).map { _ in Shard() }

    public init() {}

    /// The shared copy of `text`.
    public func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        let key = ByteKey(text)
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        shard.lock.lock()
        defer { shard.lock.unlock() }
        return shard.strings.insert(key).memberAfterInsert.string
    }

    /// `entry` with its strings shared.
    public func intern(_ entry: Entry) -> Entry {
        var e = entry
        intern(&e)
        return e
    }

    /// Shares the strings of `e` in place (no copy of its arrays when it is the only owner).
    public func intern(_ e: inout Entry) {
        func items(_ list: inout [TextItem]) {
            for i in list.indices { list[i].text = intern(list[i].text) }
        }
        e.title.value = intern(e.title.value)
        if let c = e.company { e.company = Sourced(intern(c.value), from: c.source) }
        e.role = e.role.map(intern)
        for i in e.questions.indices {
            e.questions[i].text = intern(e.questions[i].text)
            for j in e.questions[i].notes.indices { e.questions[i].notes[j] = intern(e.questions[i].notes[j]) }
            for j in e.questions[i].difficultyNotes.indices { e.questions[i].difficultyNotes[j] = intern(e.questions[i].difficultyNotes[j]) }
            e.questions[i].round = e.questions[i].round.map(intern)
        }
        for i in e.nextSteps.indices { e.nextSteps[i].text = intern(e.nextSteps[i].text) }
        items(&e.askedThem)
        items(&e.wentWell)
        items(&e.toImprove)
        items(&e.reflection)
        items(&e.feedback)
        items(&e.offer)
    }
}
