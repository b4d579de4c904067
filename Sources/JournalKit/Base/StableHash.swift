/// A hash that is the same on every run and every machine (unlike `hashValue`,
/// which Swift seeds randomly per process): FNV-1a, 64 bits.
package enum StableHash {
    package static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a 64 of `bytes`, continuing from `seed`.
    package static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>, seed: UInt64 = offsetBasis) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// FNV-1a 64 of the UTF-8 bytes of `text`.
    package static func fnv1a(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { fnv1a($0) }
    }

    /// The FNV-1a 64 hash of `text` as 16 lowercase hex digits.
    package static func hex(_ text: String) -> String {
        let digits = String(fnv1a(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
