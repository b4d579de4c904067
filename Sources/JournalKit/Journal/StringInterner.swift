import Foundation

/// Shares one copy of equal strings across all entries of a run.
///
/// Question texts, notes, tags, companies, roles and headings recur across interviews
/// (that is what the practice list counts); keeping one copy of each cut the memory of
/// large journals by about half. Strings of up to 15 UTF-8 bytes are stored inline by
/// Swift and are left alone.
public final class StringInterner: @unchecked Sendable {
    // @unchecked: each shard's set is only touched under that shard's lock.
    private final class Shard {
        let lock = NSLock()
        var strings: Set<Bytes> = []
    }

    /// A string compared and hashed by its UTF-8 bytes: only identical spellings are
    /// shared (String's own `==` would also merge canonically equivalent ones), and
    /// hashing skips Unicode normalisation, which dominated the cost on non-ASCII text.
    private struct Bytes: Hashable {
        var string: String

        static func == (a: Bytes, b: Bytes) -> Bool {
            var x = a.string, y = b.string
            return x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) } }
        }

        func hash(into hasher: inout Hasher) {
            var copy = string
            copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private let shards: [Shard] = (0..<32).map { _ in Shard() }

    public init() {}

    /// The shared copy of `text`.
    public func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        let key = Bytes(string: text)
        let shard = shards[Int(UInt(bitPattern: key.hashValue) % UInt(shards.count))]
        shard.lock.lock()
        defer { shard.lock.unlock() }
        return shard.strings.insert(key).memberAfterInsert.string
    }

    /// `entry` with its strings shared.
    public func intern(_ entry: Entry) -> Entry {
        var e = entry
        func items(_ list: inout [TextItem]) {
            for i in list.indices { list[i].text = intern(list[i].text) }
        }
        e.title.value = intern(e.title.value)
        if let c = e.company { e.company = Sourced(intern(c.value), from: c.source) }
        e.role = e.role.map(intern)
        for i in e.questions.indices {
            e.questions[i].text = intern(e.questions[i].text)
            e.questions[i].notes = e.questions[i].notes.map(intern)
            e.questions[i].difficultyNotes = e.questions[i].difficultyNotes.map(intern)
            e.questions[i].round = e.questions[i].round.map(intern)
        }
        for i in e.nextSteps.indices { e.nextSteps[i].text = intern(e.nextSteps[i].text) }
        items(&e.askedThem)
        items(&e.wentWell)
        items(&e.toImprove)
        items(&e.reflection)
        items(&e.feedback)
        items(&e.offer)
        return e
    }
}
