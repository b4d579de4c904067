/// The cue phrases of `CueIndex`, looked up on the bytes of a normalised text: each word is
/// hashed as it is scanned and found in an open-addressing table, and an ASCII phrase
/// matches where its bytes follow, so no `Substring` is built and no `String` is hashed per
/// word (hashing a Substring and comparing Strings were most of the classifier's
/// instructions).
///
/// The results are exactly those of `CueIndex.hits(_:normalized:)`, whose phrase lists (and
/// their order, longest first) this table copies. Bytes decide only where byte equality is
/// String equality: an ASCII word against an ASCII word. Normalised text holds only
/// lowercase letters and digits, and no lowercase non-ASCII letter decomposes canonically
/// into ASCII alone, so an ASCII word never equals a non-ASCII one; a non-ASCII first word
/// is looked up as a `Substring` (canonical equivalence, as before), and a phrase with a
/// non-ASCII word is compared word by word as Strings.
struct ByteCueTable: Sendable {
    typealias Phrase = (kind: CueIndex.Kind, words: [Substring], phrase: String)

    /// A phrase, as plain values (no reference counting while the table is read).
    private struct Candidate: Sendable {
        var kind: CueIndex.Kind
        var isASCII: Bool
        /// The normalised phrase (its words joined by single spaces) in `pool`.
        var bytesStart: Int
        var bytesCount: Int
        var wordCount: Int
        /// Its index in `phrases` and `phraseWords`.
        var phrase: Int
    }

    /// A first word in ASCII: its bytes in `pool`, its phrases in `candidates`.
    private struct Entry: Sendable {
        var hash: UInt64
        var wordStart: Int
        var wordCount: Int
        var first: Int
        var count: Int
    }

    /// Open addressing over `entries`, a power of two long, at most half full; -1 is empty.
    private let slots: [Int]
    private let mask: Int
    private let entries: [Entry]
    private let candidates: [Candidate]
    private let pool: [UInt8]
    private let phrases: [String]
    private let phraseWords: [[Substring]]
    /// First words not in ASCII, compared as Strings: their phrases in `candidates`.
    private let nonASCII: [Substring: Range<Int>]

    /// - Parameter byFirstWord: phrases by their first word, in the order they are tried.
    init(_ byFirstWord: [Substring: [Phrase]]) {
        var entries: [Entry] = []
        var candidates: [Candidate] = []
        var pool: [UInt8] = []
        var phrases: [String] = []
        var phraseWords: [[Substring]] = []
        var nonASCII: [Substring: Range<Int>] = [:]
        for (first, list) in byFirstWord {
            let firstCandidate = candidates.count
            for phrase in list {
                candidates.append(Candidate(kind: phrase.kind, isASCII: phrase.phrase.utf8.allSatisfy { $0 < 0x80 }, bytesStart: pool.count,
                                            bytesCount: phrase.phrase.utf8.count, wordCount: phrase.words.count, phrase: phrases.count))
                pool += phrase.phrase.utf8
                phrases.append(phrase.phrase)
                phraseWords.append(phrase.words)
            }
            if first.utf8.allSatisfy({ $0 < 0x80 }) {
                var hash = ByteCueTable.seed
                for b in first.utf8 { hash = ByteCueTable.mix(hash, b) }
                entries.append(Entry(hash: hash, wordStart: pool.count, wordCount: first.utf8.count, first: firstCandidate, count: list.count))
                pool += first.utf8
            } else {
                nonASCII[first] = firstCandidate..<candidates.count
            }
        }
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        var slots = [Int](repeating: -1, count: size)
        for (n, entry) in entries.enumerated() {
            var i = Int(truncatingIfNeeded: entry.hash) & (size - 1)
            while slots[i] >= 0 { i = (i + 1) & (size - 1) }
            slots[i] = n
        }
        self.slots = slots
        mask = size - 1
        self.entries = entries
        self.candidates = candidates
        self.pool = pool
        self.phrases = phrases
        self.phraseWords = phraseWords
        self.nonASCII = nonASCII
    }

    /// FNV-1a.
    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) private static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    /// Every cue of the words of `normalized` (a `TextKey.normalize` result), the longest of
    /// each kind at each word, in the order of `CueIndex.hits`; only those of `only` when it
    /// is given, and only the first when `first` is set. Phrases in scripts without spaces
    /// (matched anywhere) are not in this table; `wide` tells whether the text has a byte
    /// from 0xE2 up, without which none of them can occur.
    func hits(_ normalized: String, only: CueIndex.Kind? = nil, first: Bool = false, wide: inout Bool) -> [CueIndex.Hit] {
        var copy = normalized
        var sawWide = false
        defer { wide = sawWide }
        return copy.withUTF8 { bytes in
            var found: [CueIndex.Hit] = []
            // The words as Substrings, made only when a non-ASCII word or phrase needs them.
            var words: [Substring]?
            let n = bytes.count
            var start = 0
            var index = 0
            while start < n {
                var end = start
                var h = ByteCueTable.seed
                var high: UInt8 = 0
                while end < n, bytes[end] != 32 {
                    let b = bytes[end]
                    high |= b & 0x80
                    if b >= 0xE2 { sawWide = true }
                    h = ByteCueTable.mix(h, b)
                    end += 1
                }
                let range: Range<Int>?
                if high == 0 {
                    range = lookup(h, bytes, start, end)
                } else if let words {
                    range = nonASCII[words[index]]
                } else {
                    let utf8 = normalized.utf8
                    let from = utf8.index(utf8.startIndex, offsetBy: start)
                    range = nonASCII[normalized[from..<utf8.index(from, offsetBy: end - start)]]
                }
                if let range {
                    var kinds: UInt64 = 0
                    for c in range {
                        let candidate = candidates[c]
                        let bit: UInt64 = 1 << UInt64(candidate.kind.rawValue)
                        if kinds & bit != 0 { continue }
                        if let only, candidate.kind != only { continue }
                        let match: Bool
                        if candidate.isASCII {
                            let length = candidate.bytesCount
                            if start + length <= n, start + length == n || bytes[start + length] == 32 {
                                // The first word is known to match.
                                var k = end - start
                                let base = candidate.bytesStart
                                while k < length, bytes[start + k] == pool[base + k] { k += 1 }
                                match = k == length
                            } else {
                                match = false
                            }
                        } else {
                            if words == nil { words = SectionClassifier.words(normalized) }
                            let w = words!
                            let parts = phraseWords[candidate.phrase]
                            if index + parts.count <= w.count {
                                var same = true
                                for k in 1..<max(1, parts.count) where w[index + k] != parts[k] { same = false; break }
                                match = same
                            } else {
                                match = false
                            }
                        }
                        if match {
                            kinds |= bit
                            found.append(CueIndex.Hit(kind: candidate.kind, phrase: phrases[candidate.phrase], start: index, end: index + candidate.wordCount))
                            if first { return found }
                        }
                    }
                }
                index += 1
                start = end + 1
            }
            return found
        }
    }

    /// The phrase of the first cue of `kind` in ASCII `text` as written, not normalised: what
    /// `hits(TextKey.normalize(text), only: kind, first: true)` finds, without building the
    /// normalised text. Its words are its runs of ASCII letters and digits, lowercased (the
    /// words of `TextKey.normalize` for ASCII text); a space of a phrase is a run of other
    /// bytes between two words; no phrase with a non-ASCII word, nor one matched anywhere,
    /// can occur in ASCII. `.some(nil)`: none; nil: the text is not ASCII, not decided here
    /// (CueLookupTests compare it with `firstHit`).
    func firstPhrase(_ kind: CueIndex.Kind, inASCII text: String) -> String?? {
        var copy = text
        return copy.withUTF8 { bytes -> String?? in
            @inline(__always) func lowered(_ b: UInt8) -> UInt8 { b &- 65 < 26 ? b | 0x20 : b }
            @inline(__always) func isWordByte(_ l: UInt8) -> Bool { l &- 97 < 26 || l &- 48 < 10 }
            let n = bytes.count
            for b in bytes where b >= 0x80 { return nil }
            var i = 0
            while i < n {
                guard isWordByte(lowered(bytes[i])) else { i += 1; continue }
                let start = i
                var h = ByteCueTable.seed
                while i < n, isWordByte(lowered(bytes[i])) {
                    h = ByteCueTable.mix(h, lowered(bytes[i]))
                    i += 1
                }
                guard let range = lookup(h, bytes, start, i, lowercasing: true) else { continue }
                for c in range {
                    let candidate = candidates[c]
                    guard candidate.kind == kind, candidate.isASCII else { continue }
                    // The first word matched; the rest of the phrase from the end of it.
                    var k = i - start
                    var j = i
                    let base = candidate.bytesStart
                    while k < candidate.bytesCount {
                        let want = pool[base + k]
                        if want == 32 {
                            guard j < n, !isWordByte(lowered(bytes[j])) else { break }
                            while j < n, !isWordByte(lowered(bytes[j])) { j += 1 }
                            guard j < n else { break }
                        } else {
                            guard j < n, lowered(bytes[j]) == want else { break }
                            j += 1
                        }
                        k += 1
                    }
                    if k == candidate.bytesCount, j == n || !isWordByte(lowered(bytes[j])) { return .some(phrases[candidate.phrase]) }
                }
            }
            return .some(nil)
        }
    }

    /// The phrases whose first word has these bytes (`lowercasing`: the text's word as
    /// written, compared lowercased, ASCII only); inlined, so each call site keeps its own loop.
    @inline(__always)
    private func lookup(_ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, lowercasing: Bool = false) -> Range<Int>? {
        var i = Int(truncatingIfNeeded: hash) & mask
        while true {
            let e = slots[i]
            if e < 0 { return nil }
            let entry = entries[e]
            if entry.hash == hash, entry.wordCount == end - start {
                var k = 0
                while k < entry.wordCount {
                    let b = bytes[start + k]
                    if pool[entry.wordStart + k] != (lowercasing && b &- 65 < 26 ? b | 0x20 : b) { break }
                    k += 1
                }
                if k == entry.wordCount { return entry.first..<(entry.first + entry.count) }
            }
            i = (i + 1) & mask
        }
    }
}

extension CueIndex {
    /// Every cue in `normalized` (a `TextKey.normalize` result), the longest at each
    /// position: what `hits(SectionClassifier.words(normalized), normalized:)` returns, read
    /// on the bytes.
    func hits(in normalized: String) -> [Hit] {
        var wide = false
        var found = table.hits(normalized, wide: &wide)
        if wide { anywhereHits(normalized, into: &found) }
        return found
    }

    /// The first cue of `kind` in `normalized`: `hits(in: normalized).first { $0.kind == kind }`.
    func firstHit(_ kind: Kind, in normalized: String) -> Hit? {
        var wide = false
        if let hit = table.hits(normalized, only: kind, first: true, wide: &wide).first { return hit }
        guard wide else { return nil }
        var found: [Hit] = []
        anywhereHits(normalized, into: &found)
        return found.first { $0.kind == kind }
    }
}
