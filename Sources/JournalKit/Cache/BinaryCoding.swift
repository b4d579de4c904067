/// A compact binary writer for the cache: LEB128 integers and length-prefixed UTF-8.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    mutating func int(_ value: Int) {
        // Zig-zag so that small negative numbers stay small.
        var v = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func uint64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func string(_ value: String) {
        let utf8 = value.utf8
        int(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout BinaryWriter, T) -> Void) {
        if let value {
            bytes.append(1)
            write(&self, value)
        } else {
            bytes.append(0)
        }
    }

    mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func raw(_ data: [UInt8]) { bytes.append(contentsOf: data) }
}

/// Reads what `BinaryWriter` wrote; every read is bounds-checked and throws on bad data,
/// so a corrupt cache is detected and rebuilt, never trusted.
struct BinaryReader {
    struct Corrupt: Error {}

    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var offset: Int
    /// When set, strings are looked up by their bytes and shared: a string already
    /// known is not even created again.
    var interner: StringInterner?

    init(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Corrupt() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func int() throws -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Corrupt() }
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        let v = Int64(bitPattern: result)
        return Int((v >> 1) ^ -(v & 1))
    }

    mutating func uint64() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Corrupt() }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[offset + i]) << UInt64(i * 8) }
        offset += 8
        return v
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Corrupt()
        }
    }

    mutating func string() throws -> String {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Corrupt() }
        defer { offset += n }
        let slice = UnsafeBufferPointer(rebasing: bytes[offset..<(offset + n)])
        if let interner { return interner.string(slice) }
        return String(decoding: slice, as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout BinaryReader) throws -> T) throws -> T? {
        switch try byte() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw Corrupt()
        }
    }

    /// A list of strings; with an interner, the shared list with these bytes, its strings
    /// not even created when the list is known (tag and reason lists repeat across entries).
    mutating func strings() throws -> [String] {
        guard let interner else { return try array { try $0.string() } }
        let start = offset
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Corrupt() }
        for _ in 0..<count {
            let n = try int()
            guard n >= 0, n <= bytes.count - offset else { throw Corrupt() }
            offset += n
        }
        let all = bytes
        // Checked above: every length is in bounds.
        func forEachString(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            var r = BinaryReader(all, offset: start)
            let count = (try? r.int()) ?? 0
            for _ in 0..<count {
                let n = (try? r.int()) ?? 0
                body(UnsafeBufferPointer(rebasing: all[r.offset..<(r.offset + n)]))
                r.offset += n
            }
        }
        return interner.list(count: count, forEachString) {
            var out: [String] = []
            out.reserveCapacity(count)
            forEachString { out.append(interner.string($0)) }
            return out
        }
    }

    mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try int()
        guard n >= 0, n <= bytes.count - offset else { throw Corrupt() }
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try read(&self)) }
        return out
    }
}

