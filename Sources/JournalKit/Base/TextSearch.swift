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
    public func includes(_ needle: some StringProtocol) -> Bool {
        firstByteOffset(of: needle) != nil
    }

    /// The first range of `needle` in the text (byte-wise, exact).
    public func firstByteRange(of needle: some StringProtocol) -> Range<Index>? {
        guard let offset = firstByteOffset(of: needle) else { return nil }
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let end = utf8.index(start, offsetBy: needle.utf8.count)
        return start..<end
    }

    /// Whether the text contains the byte `byte`.
    public func includesByte(_ byte: UInt8) -> Bool {
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

extension StringProtocol {
    /// The string without leading and trailing whitespace (spaces, tabs, newlines, and
    /// Unicode spaces such as U+00A0), checked on bytes first.
    func trimmingSpaces() -> String {
        // Most strings have nothing to trim: a look at their first and last bytes says so
        // without slicing (a non-ASCII edge, which may be a Unicode space, is looked at below).
        if let string = self as? String {
            guard let first = string.utf8.first, let last = string.utf8.last else { return "" }
            if Self.isPrintableASCII(first), Self.isPrintableASCII(last) { return string }
        }
        let whole = Substring(self)
        let bytes = whole.utf8
        func isASCIISpace(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 10 || b == 13 || b == 11 || b == 12 }
        guard let first = bytes.firstIndex(where: { !isASCIISpace($0) }) else { return "" }
        let last = bytes.lastIndex(where: { !isASCIISpace($0) })!
        if bytes[first] < 0x80 && bytes[last] < 0x80 {
            // Nothing to trim: a String shares its storage instead of copying it.
            if first == bytes.startIndex && bytes.index(after: last) == bytes.endIndex, let string = self as? String { return string }
            return String(whole[first...last])
        }
        // Rare: a non-ASCII character at an edge, which may be a Unicode space. Scalar
        // indices are string indices: the result is one slice, not a rebuilt string.
        let scalars = whole.unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let end = scalars.index(after: scalars.lastIndex(where: { !$0.properties.isWhitespace })!)
        if start == scalars.startIndex && end == scalars.endIndex, let string = self as? String { return string }
        return String(whole[start..<end])
    }

    /// An ASCII byte that is not whitespace (nor a control character).
    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
        byte > 32 && byte < 0x7F
    }

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

    /// The first line of the text.
    func firstLineOnly() -> SubSequence {
        if let newline = utf8.firstIndex(of: 10) { return self[startIndex..<newline] }
        return self[startIndex..<endIndex]
    }
}

enum TextSearch {
    /// The byte offset of `needle` in `hay`: `memchr` for the first byte, then `memcmp`.
    static func find(_ pin: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
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
