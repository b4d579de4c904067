#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes.
///
/// On Linux, Foundation's `String.contains(_: String)` and `range(of:)` bridge to
/// `NSString`, and the standard library's generic `firstRange(of:)` instantiates
/// metadata on every call; both dominated extraction time (docs/performance.md).
extension StringProtocol {
    /// Whether `needle` occurs in the text (byte-wise, exact).
    package func includes(_ needle: some StringProtocol) -> Bool {
        firstByteOffset(of: needle) != nil
    }

    /// The first range of `needle` in the text (byte-wise, exact).
    package func firstByteRange(of needle: some StringProtocol) -> Range<Index>? {
        guard let offset = firstByteOffset(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: needle.utf8.count)
        return start..<end
    }

    /// Whether the text contains the byte `byte`.
    package func includesByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) { return found }
        return utf8.contains(byte)
    }

    private func firstByteOffset(of needle: some StringProtocol) -> Int? {
        // Both sides are contiguous UTF-8 for native strings: no copy of either.
        if let result = needle.utf8.withContiguousStorageIfAvailable({ pin in
            utf8.withContiguousStorageIfAvailable { hay in TextSearch.find(pin, in: hay) }
        }), let searched = result { return searched }
        let pin = Array(needle.utf8)
        let hay = Array(utf8)
        return pin.withUnsafeBufferPointer { p in hay.withUnsafeBufferPointer { TextSearch.find(p, in: $0) } }
    }
}

extension String {
    /// The string without leading and trailing whitespace (spaces, tabs, newlines, and
    /// Unicode spaces such as U+00A0), checked on bytes first. Unchanged text is shared.
    func trimmingSpaces() -> String {
        switch utf8.withContiguousStorageIfAvailable({ TrimmedRange.of($0) }) ?? .unknown {
        case .unchanged: return self
        case .empty: return ""
        case .bytes(let range): return utf8.withContiguousStorageIfAvailable { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }!
        case .unicodeEdge, .unknown: return Substring(self).trimmingUnicodeSpaces()
        }
    }
}

extension Substring {
    /// The text without leading and trailing whitespace, as a new string.
    func trimmingSpaces() -> String {
        switch utf8.withContiguousStorageIfAvailable({ TrimmedRange.of($0) }) ?? .unknown {
        case .unchanged: return String(self)
        case .empty: return ""
        case .bytes(let range): return utf8.withContiguousStorageIfAvailable { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }!
        case .unicodeEdge, .unknown: return trimmingUnicodeSpaces()
        }
    }

    /// Rare: a non-ASCII character at an edge, which may be a Unicode space. Scalar
    /// indices are string indices: the result is one slice, not a rebuilt string.
    fileprivate func trimmingUnicodeSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.index(after: scalars.lastIndex(where: { !$0.properties.isWhitespace })!)
        return String(self[start..<end])
    }
}

/// What trimming ASCII whitespace from UTF-8 bytes leaves.
private enum TrimmedRange {
    case unchanged, empty
    case bytes(Range<Int>)
    /// A non-ASCII byte at an edge: it may start a Unicode space.
    case unicodeEdge
    case unknown

    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> TrimmedRange {
        func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
        var start = 0
        var end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        if start == end { return .empty }
        while isSpace(bytes[end - 1]) { end -= 1 }
        if bytes[start] >= 0x80 || bytes[end - 1] >= 0x80 { return .unicodeEdge }
        return start == 0 && end == bytes.count ? .unchanged : .bytes(start..<end)
    }
}

extension StringProtocol {
    /// The lines of the text (split on `\n` bytes), without empty ones when asked.
    func lines(omittingEmpty: Bool = true) -> [SubSequence] {
        if !includesByte(10) { return omittingEmpty && isEmpty ? [] : [self[startIndex..<endIndex]] }
        var result: [SubSequence] = []
        var start = startIndex
        let bytes = utf8
        var i = bytes.startIndex
        while i < bytes.endIndex {
            if bytes[i] == 10 {
                if !omittingEmpty || start < i { result.append(self[start..<i]) }
                start = bytes.index(after: i)
            }
            i = bytes.index(after: i)
        }
        if !omittingEmpty || start < endIndex { result.append(self[start..<endIndex]) }
        return result
    }

    /// Whether the text ends with `suffix`, compared as UTF-8 bytes (String's own
    /// `hasSuffix` compares Characters, hundreds of instructions a call).
    func endsWithBytes(_ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            bytes.count >= n && (n == 0 || memcmp(bytes.baseAddress! + (bytes.count - n), suffix.utf8Start, n) == 0)
        }
        if let result = utf8.withContiguousStorageIfAvailable(check) { return result }
        return Array(utf8).withUnsafeBufferPointer(check)
    }

    /// The first line of the text.
    func firstLineOnly() -> SubSequence {
        if let newline = utf8.firstIndex(of: 10) { return self[startIndex..<newline] }
        return self[startIndex..<endIndex]
    }
}

enum TextSearch {
    /// The byte offset of `needle` in `hay`: `memchr` for one byte of it, then `memcmp`.
    ///
    /// The byte looked for is the needle's first that is not a space (" - ", " – " are
    /// found by their dash: a space occurs every few bytes of prose, each a `memcmp`).
    /// Occurrences of that byte come in the order of the starts they imply, so the first
    /// match is still the first occurrence (`findPlain` is the reading without the shift;
    /// TextSearchTests compare both).
    static func find(_ pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !pin.isEmpty else { return 0 }
        guard let base = hay.baseAddress, hay.count >= pin.count else { return nil }
        var k = 0
        while k < pin.count - 1, pin[k] == 32 { k += 1 }
        let byte = Int32(pin[k])
        let last = hay.count - pin.count
        var i = 0
        while i <= last {
            guard let hit = memchr(base + i + k, byte, last - i + 1) else { return nil }
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base) - k
            if memcmp(base + offset, pin.baseAddress!, pin.count) == 0 { return offset }
            i = offset + 1
        }
        return nil
    }

    /// `find` as it was: `memchr` for the first byte, then `memcmp` (the reference of the tests).
    static func findPlain(_ pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = pin.first else { return 0 }
        guard let base = hay.baseAddress, hay.count >= pin.count else { return nil }
        let last = hay.count - pin.count
        var i = 0
        while i <= last {
            guard let hit = memchr(base + i, Int32(first), last - i + 1) else { return nil }
            let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + offset, pin.baseAddress!, pin.count) == 0 { return offset }
            i = offset + 1
        }
        return nil
    }
}

/// The scalar that starts at `i` in valid UTF-8 (Swift strings and cmark's output are)
/// and its length in bytes; U+FFFD for a stray byte.
func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
    let b = bytes[i]
    let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
    guard length > 1, i + length <= bytes.count else { return (b < 0x80 ? Unicode.Scalar(b) : Unicode.Scalar(0xFFFD)!, 1) }
    var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
    return (Unicode.Scalar(value) ?? Unicode.Scalar(0xFFFD)!, length)
}
