#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks that a file is UTF-8 text.
enum EncodingCheck {
    enum Problem: Equatable {
        case binary
        case utf16
        case invalidUTF8(offset: Int, line: Int, column: Int)
    }

    /// The NUL bytes of a file that is text otherwise: how many, and where the first is.
    static func nulBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> (count: Int, offset: Int, line: Int, column: Int)? {
        guard let base = bytes.baseAddress, !bytes.isEmpty,
              let hit = memchr(base, 0, bytes.count) else { return nil }
        let first = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
        var count = 0
        var i = first
        while i < bytes.count, let next = memchr(base + i, 0, bytes.count - i) {
            count += 1
            i = UnsafeRawPointer(next) - UnsafeRawPointer(base) + 1
        }
        let (line, column) = lineAndColumn(ofOffset: first, in: bytes)
        return (count, first, line, column)
    }

    static func firstProblem(_ bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
        let n = bytes.count
        guard let base = bytes.baseAddress, n > 0 else { return nil }
        var nul = 0
        var evenNul = 0, oddNul = 0
        let probe = min(n, 4096)
        if memchr(base, 0, probe) != nil {
            for j in 0..<probe where bytes[j] == 0 {
                nul += 1
                if j % 2 == 0 { evenNul += 1 } else { oddNul += 1 }
            }
            if probe >= 4, (oddNul * 3 > probe || evenNul * 3 > probe) && (oddNul == 0 || evenNul == 0) { return .utf16 }
            if nul * 10 > probe || nul > 16 { return .binary }
        }
        guard let offset = firstInvalidUTF8(bytes) else { return nil }
        // A few NUL bytes in otherwise valid text are reported and read; with bytes that are
        // not UTF-8 at the start of the file as well, it is binary (a PNG starts with 0x89).
        if nul > 0 && offset < probe { return .binary }
        let (line, column) = lineAndColumn(ofOffset: offset, in: bytes)
        return .invalidUTF8(offset: offset, line: line, column: column)
    }

    /// The offset of the first byte that does not start a valid UTF-8 sequence, or nil.
    /// ASCII (most of every file) is skipped eight bytes at a time.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i < n {
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { length = 2 }
            else if b & 0xF0 == 0xE0 { length = 3 }
            else if b & 0xF8 == 0xF0, b <= 0xF4 { length = 4 }
            else { return i }
            guard i + length <= n else { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            if length == 3 {
                let cp = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6)
                if cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) { return i }
            } else if length == 4 {
                let cp = (UInt32(b & 0x07) << 18) | (UInt32(bytes[i + 1] & 0x3F) << 12)
                if cp < 0x10000 || cp > 0x10FFFF { return i }
            }
            i += length
        }
        return nil
    }
}
