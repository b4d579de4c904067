import Foundation

/// Shares one copy of equal strings across the entries one worker thread reads.
///
/// Question texts, notes, tags, companies, roles and headings recur across interviews
/// (that is what the practice list counts); keeping one copy of each cut the memory of
/// large journals by about half. Strings of up to 15 UTF-8 bytes are stored inline by
/// Swift and are left alone.
///
/// Not thread-safe: each worker has its own (`Journal.load`), so the hot path takes no
/// lock; the same string is then kept at most once per worker.
package final class StringInterner: @unchecked Sendable {
    // @unchecked: an interner is only ever used by the one worker thread that owns it.
    //
    // Only identical spellings are shared (compared as bytes). The tables are open
    // addressing with a cheap multiplicative hash of the bytes: `Set<String>` hashes with
    // SipHash and normalises Unicode first, which made sharing cost as much as parsing.
    private final class Table<Value> {
        /// Hash of each slot's value, 0 for an empty slot (hashes are never 0).
        var hashes: [UInt64]
        var values: [Value]
        var count = 0
        private let empty: Value

        init(capacity: Int, empty: Value) {
            hashes = [UInt64](repeating: 0, count: capacity)
            values = [Value](repeating: empty, count: capacity)
            self.empty = empty
        }

        /// The known value whose hash is `hash` and for which `equals` holds, else the one
        /// `make` gives, remembered.
        @inline(__always)
        func value(hash: UInt64, equals: (Value) throws -> Bool, make: () throws -> Value) rethrows -> Value {
            let mask = hashes.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while hashes[slot] != 0 {
                if hashes[slot] == hash, try equals(values[slot]) { return values[slot] }
                slot = (slot + 1) & mask
            }
            let value = try make()
            hashes[slot] = hash
            values[slot] = value
            count += 1
            if count * 2 > hashes.count { grow() }
            return value
        }

        private func grow() {
            let oldHashes = hashes, oldValues = values
            hashes = [UInt64](repeating: 0, count: oldHashes.count * 2)
            values = [Value](repeating: empty, count: oldHashes.count * 2)
            let mask = hashes.count - 1
            for (i, hash) in oldHashes.enumerated() where hash != 0 {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while hashes[slot] != 0 { slot = (slot + 1) & mask }
                hashes[slot] = hash
                values[slot] = oldValues[i]
            }
        }
    }

    private let table = Table<String>(capacity: 256, empty: "")
    /// Tag lists and the classifier's reason lists repeat from entry to entry: one copy of
    /// each (equal when their strings are byte for byte the same; a `Set<[String]>` hashed
    /// every string with SipHash on every insert).
    private let stringLists = Table<[String]>(capacity: 64, empty: [])
    private var fieldLines: Set<[String: Int]> = []
    private var inferredSources: Set<[String: Provenance]> = []
    /// A seed per run, so that no text can be written to collide on purpose.
    private let seed = UInt64.random(in: 1...UInt64.max)

    package init() {}

    /// The shared copy of `text`.
    package func intern(_ text: String) -> String {
        guard text.utf8.count > 15 else { return text }
        var copy = text
        return copy.withUTF8 { bytes in
            table.value(hash: StringInterner.hash(bytes, seed: seed), equals: { utf8Equals($0, bytes) }) { text }
        }
    }

    /// Copies `array` to a buffer of its exact size when it has room for two more elements or more.
    static func fit<T>(_ array: inout [T]) {
        guard array.capacity - array.count >= 2 else { return }
        array = array.withUnsafeBufferPointer { Array($0) }
    }

    /// The shared string with these UTF-8 bytes, created only when none is known yet.
    package func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
        return table.value(hash: StringInterner.hash(bytes, seed: seed), equals: { utf8Equals($0, bytes) }) { String(decoding: bytes, as: UTF8.self) }
    }

    /// A fast 64-bit hash of the bytes (eight at a time, multiply and rotate, then mixed), never 0.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var h = seed ^ UInt64(bytes.count)
        var i = 0
        while i + 8 <= raw.count {
            h = ((h << 5) | (h >> 59)) ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            h = h &* 0x517c_c1b7_2722_0a95
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        h = (((h << 5) | (h >> 59)) ^ tail) &* 0x517c_c1b7_2722_0a95
        // Final mix (from MurmurHash3) so that the low and high bits both depend on every byte.
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h == 0 ? 1 : h
    }

    /// The hash of a list from its strings' bytes (`count` first).
    private func listHash(count: Int, _ forEachString: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void) -> UInt64 {
        var h = seed ^ UInt64(count) &* 0x9E37_79B9_7F4A_7C15
        forEachString { bytes in h = (((h << 7) | (h >> 57)) ^ StringInterner.hash(bytes, seed: seed)) &* 0x517c_c1b7_2722_0a95 }
        return h == 0 ? 1 : h
    }

    /// The shared copy of `list` (its strings shared too).
    package func list(_ list: [String]) -> [String] {
        let hash = listHash(count: list.count) { body in
            for var s in list { s.withUTF8 { body($0) } }
        }
        return stringLists.value(hash: hash, equals: { $0.count == list.count && zip($0, list).allSatisfy { a, b in
            var b = b
            return b.withUTF8 { utf8Equals(a, $0) }
        } }, make: { list.map(intern) })
    }

    /// The shared list of the `count` strings whose UTF-8 bytes `forEachString` gives in
    /// order (as the cache stores them): the known one, else the one `make` decodes.
    package func list(count: Int, _ forEachString: ((UnsafeBufferPointer<UInt8>) -> Void) -> Void,
                      make: () throws -> [String]) rethrows -> [String] {
        let hash = listHash(count: count, forEachString)
        return try stringLists.value(hash: hash, equals: { known in
            guard known.count == count else { return false }
            var i = 0, same = true
            forEachString { bytes in
                if same { same = utf8Equals(known[i], bytes) }
                i += 1
            }
            return same
        }, make: make)
    }

    /// Shares the strings of `e` in place (no copy of its arrays when it is the only owner).
    /// - Parameter stringsShared: its strings came from `string(_:)` already (the cache
    ///   decoder): only its arrays are compacted and shared.
    package func intern(_ e: inout Entry, stringsShared: Bool = false) {
        func items(_ list: inout [TextItem]) {
            for i in list.indices { list[i].text = intern(list[i].text) }
        }
        // Arrays grown while extracting keep up to twice the room they need: copy the
        // large ones to their exact size before they are kept for the whole run.
        StringInterner.fit(&e.questions)
        StringInterner.fit(&e.nextSteps)
        // Lists the cache decoder read came shared already (`BinaryReader.strings()`).
        if !stringsShared {
            if !e.tags.isEmpty { e.tags = list(e.tags) }
            for i in e.questions.indices where !e.questions[i].tags.isEmpty { e.questions[i].tags = list(e.questions[i].tags) }
            // The classifier's reasons come from a small vocabulary (21 distinct lists over the
            // 1,723 questions of 100 generated entries): one copy of each list, its strings with it.
            for i in e.questions.indices where !e.questions[i].why.isEmpty { e.questions[i].why = list(e.questions[i].why) }
        }
        if !e.fieldLines.isEmpty { e.fieldLines = fieldLines.insert(e.fieldLines).memberAfterInsert }
        if !e.inferred.isEmpty { e.inferred = inferredSources.insert(e.inferred).memberAfterInsert }
        if stringsShared { return }
        for i in e.interviewers.indices {
            e.interviewers[i].name = intern(e.interviewers[i].name)
            e.interviewers[i].title = e.interviewers[i].title.map(intern)
        }
        e.title.value = intern(e.title.value)
        if let c = e.company { e.company = Sourced(intern(c.value), from: c.source) }
        e.role = e.role.map(intern)
        for i in e.questions.indices {
            e.questions[i].text = intern(e.questions[i].text)
            StringInterner.fit(&e.questions[i].notes)
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
