/// The ASCII cue phrases of `CueIndex`, looked up on the bytes of a normalised text: a
/// word is hashed as it is scanned and found in an open-addressing table, and a phrase
/// matches where its bytes follow, so no `Substring` is built and no `String` is hashed
/// per word (hashing a Substring and comparing Strings were most of the classifier's
/// instructions).
///
/// Only for an all-ASCII normalised text, where byte equality is String equality; the
/// results are exactly those of `CueIndex.hits(_:normalized:)`, whose phrase lists (and their
/// order, longest first) this table copies. A phrase that is not ASCII never equals ASCII
/// text: normalised phrases hold only lowercase letters and digits, and no lowercase
/// non-ASCII letter decomposes canonically into ASCII alone.
struct ASCIICueTable: Sendable {
    struct Candidate: Sendable {
        var kind: CueIndex.Kind
        /// The normalised phrase, its words joined by single spaces.
        var bytes: [UInt8]
        var wordCount: Int
        var phrase: String
    }

    private struct Slot: Sendable {
        var hash: UInt64
        var word: [UInt8]
        var candidates: [Candidate]
    }

    /// Open addressing, a power of two long, at most half full; nil is an empty slot.
    private let slots: [Slot?]
    private let mask: Int

    /// - Parameter byFirstWord: phrases by their first word, in the order they are tried.
    init(_ byFirstWord: [Substring: [(kind: CueIndex.Kind, words: [Substring], phrase: String)]]) {
        var entries: [(word: [UInt8], candidates: [Candidate])] = []
        for (first, list) in byFirstWord where first.utf8.allSatisfy({ $0 < 0x80 }) {
            let candidates = list.filter { $0.phrase.utf8.allSatisfy { $0 < 0x80 } }
                .map { Candidate(kind: $0.kind, bytes: Array($0.phrase.utf8), wordCount: $0.words.count, phrase: $0.phrase) }
            if !candidates.isEmpty { entries.append((Array(first.utf8), candidates)) }
        }
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        var slots = [Slot?](repeating: nil, count: size)
        for entry in entries {
            let hash = ASCIICueTable.hash(entry.word[...])
            var i = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[i] != nil { i = (i + 1) & (size - 1) }
            slots[i] = Slot(hash: hash, word: entry.word, candidates: entry.candidates)
        }
        self.slots = slots
        mask = size - 1
    }

    /// FNV-1a over the bytes of one word.
    @inline(__always)
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// Every cue in `bytes` (an all-ASCII normalised text), the longest of each kind at each
    /// word, in the order of `CueIndex.hits`; only those of `only` when it is given, and only
    /// the first when `first` is set.
    func hits(_ bytes: UnsafeBufferPointer<UInt8>, only: CueIndex.Kind? = nil, first: Bool = false) -> [CueIndex.Hit] {
        var found: [CueIndex.Hit] = []
        let n = bytes.count
        var start = 0
        var index = 0
        while start < n {
            var end = start
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            while end < n, bytes[end] != 32 {
                h = (h ^ UInt64(bytes[end])) &* 0x100_0000_01b3
                end += 1
            }
            if let candidates = lookup(h, bytes, start, end) {
                var kinds: UInt64 = 0
                for candidate in candidates {
                    let bit: UInt64 = 1 << UInt64(candidate.kind.rawValue)
                    if kinds & bit != 0 { continue }
                    if let only, candidate.kind != only { continue }
                    let length = candidate.bytes.count
                    guard start + length <= n, start + length == n || bytes[start + length] == 32 else { continue }
                    var match = true
                    // The first word is known to match.
                    var k = end - start
                    while k < length {
                        if bytes[start + k] != candidate.bytes[k] { match = false; break }
                        k += 1
                    }
                    if match {
                        kinds |= bit
                        found.append(CueIndex.Hit(kind: candidate.kind, phrase: candidate.phrase, start: index, end: index + candidate.wordCount))
                        if first { return found }
                    }
                }
            }
            index += 1
            start = end + 1
        }
        return found
    }

    @inline(__always)
    private func lookup(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> [Candidate]? {
        var i = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[i] {
            if slot.hash == hash, slot.word.count == end - start {
                var same = true
                for k in 0..<slot.word.count where slot.word[k] != bytes[start + k] { same = false; break }
                if same { return slot.candidates }
            }
            i = (i + 1) & mask
        }
        return nil
    }
}

extension CueIndex {
    /// Every cue in `normalized` (a `TextKey.normalize` result), the longest at each
    /// position: what `hits(SectionClassifier.words(normalized), normalized:)` returns, read
    /// on the bytes when the text is ASCII.
    func hits(in normalized: String) -> [Hit] {
        var copy = normalized
        if let found = copy.withUTF8({ bytes -> [Hit]? in
            bytes.contains { $0 >= 0x80 } ? nil : ascii.hits(bytes)
        }) { return found }
        return hits(SectionClassifier.words(normalized), normalized: normalized)
    }

    /// The first cue of `kind` in `normalized`: `hits(in: normalized).first { $0.kind == kind }`.
    func firstHit(_ kind: Kind, in normalized: String) -> Hit? {
        var copy = normalized
        if let found = copy.withUTF8({ bytes -> [Hit]? in
            bytes.contains { $0 >= 0x80 } ? nil : ascii.hits(bytes, only: kind, first: true)
        }) { return found.first }
        return hits(SectionClassifier.words(normalized), normalized: normalized).first { $0.kind == kind }
    }
}
