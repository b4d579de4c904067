/// The key under which texts that differ only in case, punctuation and spacing are one:
/// lowercase words, letters and digits kept, every run of anything else one space. Heading
/// vocabularies, company and role keys and text similarity all compare texts this way.
package enum TextKey {
    /// Lowercase words: letters and digits kept, everything else a space.
    package static func normalize(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            // ASCII (most headings and questions) never grows: written straight into the string.
            if !bytes.contains(where: { $0 >= 0x80 }) {
                return String(unsafeUninitializedCapacity: bytes.count) { out in normalizeASCII(bytes, into: out) }
            }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            _ = normalizedBytes(bytes) { out.append($0); return true }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// `normalizedBytes` for ASCII text, in one loop without a closure per byte (the same
    /// bytes: letters and digits lowercased, every run of other bytes one space, none at
    /// either end). Returns the count written to `out` (at most `bytes.count`).
    @inline(__always)
    private static func normalizeASCII(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0
        var pendingSpace = false
        for b in bytes {
            let lower = b &- 65 < 26 ? b | 0x20 : b
            if lower &- 97 < 26 || lower &- 48 < 10 {
                if pendingSpace { out[n] = 32; n += 1; pendingSpace = false }
                out[n] = lower
                n += 1
            } else if n != 0 {
                pendingSpace = true
            }
        }
        return n
    }

    /// How many words `normalize(text)` has, counting no further than `limit + 1` (so that a
    /// long text is not read to its end): the words of `SectionClassifier.words(normalize(text))`
    /// without building them.
    package static func wordCount(_ text: Substring, limit: Int) -> Int {
        var copy = text
        return copy.withUTF8 { bytes in
            var words = 0
            var inWord = false
            _ = normalizedBytes(bytes) { byte in
                if byte == 32 { inWord = false; return true }
                if !inWord {
                    inWord = true
                    words += 1
                    if words > limit { return false }
                }
                return true
            }
            return words
        }
    }

    /// Whether `normalize(text) == key`, without building the normalised text (the
    /// comparison stops at the first difference).
    package static func normalizedEquals(_ text: String, _ key: String) -> Bool {
        var t = text, k = key
        return t.withUTF8 { bytes in
            k.withUTF8 { key in
                var n = 0
                let whole = normalizedBytes(bytes) { byte in
                    guard n < key.count, key[n] == byte else { return false }
                    n += 1
                    return true
                }
                return whole && n == key.count
            }
        }
    }

    /// Feeds `emit` the bytes of the normalised text: letters and digits lowercased, every
    /// run of other characters one space, none at either end. Stops (returning false) as
    /// soon as `emit` returns false.
    @inline(__always)
    private static func normalizedBytes(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UInt8) -> Bool) -> Bool {
        var pendingSpace = false
        var started = false
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                let lower = b >= 65 && b <= 90 ? b + 32 : b
                if (lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57) {
                    if pendingSpace {
                        guard emit(32) else { return false }
                        pendingSpace = false
                    }
                    guard emit(lower) else { return false }
                    started = true
                } else if started {
                    pendingSpace = true
                }
                i += 1
                continue
            }
            let (scalar, length) = decodeScalar(bytes, at: i)
            if scalar.properties.isAlphabetic {
                if pendingSpace {
                    guard emit(32) else { return false }
                    pendingSpace = false
                }
                if scalar.properties.changesWhenLowercased {
                    for mapped in scalar.properties.lowercaseMapping.unicodeScalars {
                        var ok = true
                        UTF8.encode(mapped) { if ok { ok = emit($0) } }
                        guard ok else { return false }
                    }
                } else {
                    for k in i..<(i + length) { guard emit(bytes[k]) else { return false } }
                }
                started = true
            } else if started {
                pendingSpace = true
            }
            i += length
        }
        return true
    }
}
