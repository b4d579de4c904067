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
public struct ByteKey: Hashable, Sendable {
    public var string: String

    public init(_ string: String) {
        self.string = string
    }

    public static func == (a: ByteKey, b: ByteKey) -> Bool {
        var x = a.string, y = b.string
        return x.withUTF8 { p in
            y.withUTF8 { q in p.count == q.count && (p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0) }
        }
    }

    public func hash(into hasher: inout Hasher) {
        var copy = string
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
