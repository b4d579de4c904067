#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A string as a dictionary or set key, compared and hashed by its UTF-8 bytes.
///
/// `String`'s own hashing and `==` follow Unicode canonical equivalence, which means
/// normalising every non-ASCII string on every lookup: that dominated merging questions,
/// notes and paths across large journals. Keys here are texts the journal produced
/// itself (already trimmed or normalised), so identical bytes is the equality wanted.
package struct ByteKey: Hashable, Sendable {
    package var string: String

    package init(_ string: String) {
        self.string = string
    }

    package static func == (a: ByteKey, b: ByteKey) -> Bool {
        var y = b.string
        return y.withUTF8 { utf8Equals(a.string, $0) }
    }

    package func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Whether `string`'s UTF-8 is exactly `bytes`.
func utf8Equals(_ string: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var copy = string
    return copy.withUTF8 { $0.count == bytes.count && (bytes.count == 0 || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0) }
}
