import Foundation

/// An `Encoder` that writes what `JSONEncoder` writes with pretty printing, sorted keys
/// and unescaped slashes, straight into one byte buffer: each value is written where it
/// goes, at its indentation, and the members of an object are put in key order when the
/// object is finished (one copy of its bytes). Throws `Unsupported` for what it leaves
/// to `JSONEncoder`: the types that encoder treats specially, non-finite numbers, nested
/// and super encoders, and a container asked for twice.
enum FastJSONEncoder {
    struct Unsupported: Error {}

    static func encode(_ value: some Encodable, compact: Bool = false) throws -> [UInt8] {
        let stream = Stream(compact: compact)
        if try !stream.writePrimitive(value) {
            let impl = Impl(stream: stream, depth: 0)
            try value.encode(to: impl)
            // JSONEncoder refuses a top-level value that encodes nothing.
            guard impl.state != .none else { throw Unsupported() }
            impl.finish()
        }
        if stream.unsupported { throw Unsupported() }
        return stream.bytes
    }

    /// The output, shared by every encoder of one run.
    final class Stream {
        /// The bytes, behind a pointer: a stored `var` of a class is checked for exclusive
        /// access on every use, which cost more than the appends themselves.
        private let storage: UnsafeMutablePointer<[UInt8]>
        var unsupported = false
        /// No line breaks, no indentation, no space around `:` (JSONEncoder's default layout).
        let compact: Bool

        init(compact: Bool = false) {
            self.compact = compact
            storage = .allocate(capacity: 1)
            storage.initialize(to: [])
            storage.pointee.reserveCapacity(1 << 16)
        }

        deinit {
            storage.deinitialize(count: 1)
            storage.deallocate()
        }

        var bytes: [UInt8] {
            _read { yield storage.pointee }
            _modify { yield &storage.pointee }
        }

        /// Writes `value` at nesting level `depth` (its first line is already indented).
        func write<T: Encodable>(_ value: T, depth: Int) throws {
            if try writePrimitive(value) { return }
            let impl = Impl(stream: self, depth: depth)
            try value.encode(to: impl)
            impl.finish()
        }

        /// Writes a standard-library scalar without an encoder; false for other types.
        @inline(__always)
        func writePrimitive<T: Encodable>(_ value: T) throws -> Bool {
            // The types are equal, so the bit casts are identities (and cost no dynamic cast).
            if T.self == String.self { writeString(unsafeBitCast(value, to: String.self)); return true }
            if T.self == Int.self { writeRaw(String(unsafeBitCast(value, to: Int.self))); return true }
            if T.self == Bool.self { writeRaw(unsafeBitCast(value, to: Bool.self) ? "true" : "false"); return true }
            if T.self == Double.self { try writeNumber(unsafeBitCast(value, to: Double.self)); return true }
            if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self { throw Unsupported() }
            return false
        }

        func writeRaw(_ text: String) {
            bytes.append(contentsOf: text.utf8)
        }

        func writeNumber<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws {
            guard value.isFinite else { throw Unsupported() }
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            writeRaw(text)
        }

        func writeIndent(_ level: Int) {
            if compact { return }
            bytes.append(contentsOf: repeatElement(0x20, count: 2 * level))
        }

        /// A line break of the pretty layout (nothing when compact).
        func writeNewline() {
            if !compact { bytes.append(10) }
        }

        func writeString(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            var copy = text
            copy.withUTF8 { utf8 in
                var start = 0
                for i in 0..<utf8.count {
                    let b = utf8[i]
                    guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else { continue }
                    if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                    start = i + 1
                    bytes.append(UInt8(ascii: "\\"))
                    switch b {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(b)
                    case 0x08: bytes.append(UInt8(ascii: "b"))
                    case 0x0C: bytes.append(UInt8(ascii: "f"))
                    case 0x0A: bytes.append(UInt8(ascii: "n"))
                    case 0x0D: bytes.append(UInt8(ascii: "r"))
                    case 0x09: bytes.append(UInt8(ascii: "t"))
                    default:
                        func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10 }
                        bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex(b >> 4), hex(b & 0xF)])
                    }
                }
                if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    /// The encoder handed to one value's `encode(to:)`, writing at nesting level `depth`.
    /// Its `codingPath` is empty: no type here reads it, and JSONEncoder uses it only in
    /// the messages of errors this encoder leaves to it.
    final class Impl: Encoder {
        enum State: Equatable { case none, keyed, unkeyed, single }

        /// One member of an object: its key and where `"key" : value` is in the stream.
        struct Member {
            var key: String
            var start: Int
            var end: Int
        }

        let stream: Stream
        let depth: Int
        var state = State.none
        /// Where the members of the object or the elements of the array begin.
        var contentStart = 0
        var members: [Member] = []
        var count = 0

        init(stream: Stream, depth: Int) {
            self.stream = stream
            self.depth = depth
        }

        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            begin(.keyed)
            return KeyedEncodingContainer(KeyedContainer<Key>(impl: self))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            begin(.unkeyed)
            return UnkeyedContainer(impl: self)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            begin(.single)
            return SingleValueContainer(impl: self)
        }

        private func begin(_ kind: State) {
            // A second container of the same value (JSONEncoder merges them): left to it.
            guard state == .none else { stream.unsupported = true; return }
            state = kind
            switch kind {
            case .keyed: stream.bytes.append(UInt8(ascii: "{"))
            case .unkeyed: stream.bytes.append(UInt8(ascii: "["))
            default: break
            }
            contentStart = stream.bytes.count
        }

        /// Starts a member: its line, indentation and key.
        func beginMember(_ key: String) -> Int {
            let start = stream.bytes.count
            stream.writeIndent(depth + 1)
            stream.writeString(key)
            if stream.compact { stream.bytes.append(UInt8(ascii: ":")) } else { stream.bytes.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20]) }
            return start
        }

        func endMember(_ key: String, start: Int) {
            members.append(Member(key: key, start: start, end: stream.bytes.count))
        }

        /// Starts an array element on its own line.
        func beginElement() {
            if count > 0 { stream.bytes.append(UInt8(ascii: ",")) }
            stream.writeNewline()
            stream.writeIndent(depth + 1)
            count += 1
        }

        /// Closes what the value opened, as JSONEncoder's pretty printer lays it out.
        func finish() {
            switch state {
            case .none:
                // A value that encodes nothing is an empty object.
                writeEmptyObject()
            case .single:
                // A single-value container that was given nothing: an empty object.
                if stream.bytes.count == contentStart { writeEmptyObject() }
            case .unkeyed:
                if count == 0 { stream.writeNewline() }
                stream.writeNewline()
                stream.writeIndent(depth)
                stream.bytes.append(UInt8(ascii: "]"))
            case .keyed:
                let written = Array(stream.bytes[contentStart...])
                stream.bytes.removeSubrange(contentStart...)
                stream.writeNewline()
                for (n, member) in Self.sortedUnique(members).enumerated() {
                    if n > 0 {
                        stream.bytes.append(UInt8(ascii: ","))
                        stream.writeNewline()
                    }
                    stream.bytes.append(contentsOf: written[(member.start - contentStart)..<(member.end - contentStart)])
                }
                stream.writeNewline()
                stream.writeIndent(depth)
                stream.bytes.append(UInt8(ascii: "}"))
            }
        }

        private func writeEmptyObject() {
            stream.bytes.append(UInt8(ascii: "{"))
            stream.writeNewline()
            stream.writeNewline()
            stream.writeIndent(depth)
            stream.bytes.append(UInt8(ascii: "}"))
        }

        /// Notes that the value asked for what is left to JSONEncoder (`encode` then throws
        /// `Unsupported`), and gives an encoder whose output is dropped.
        func refused() -> Impl {
            stream.unsupported = true
            return Impl(stream: Stream(), depth: 0)
        }

        /// Members in the order of their keys' UTF-8 bytes; of equal keys the last written.
        static func sortedUnique(_ members: [Member]) -> [Member] {
            var order = Array(members.indices)
            order.sort { a, b in
                let c = compareBytes(members[a].key, members[b].key)
                return c != 0 ? c < 0 : a < b
            }
            var unique: [Member] = []
            unique.reserveCapacity(order.count)
            for i in order {
                if let last = unique.last, compareBytes(last.key, members[i].key) == 0 { unique[unique.count - 1] = members[i] } else { unique.append(members[i]) }
            }
            return unique
        }

        static func compareBytes(_ a: String, _ b: String) -> Int {
            var a = a, b = b
            return a.withUTF8 { x in
                b.withUTF8 { y in
                    let n = min(x.count, y.count)
                    if n > 0, let px = x.baseAddress, let py = y.baseAddress {
                        let c = memcmp(px, py, n)
                        if c != 0 { return Int(c) }
                    }
                    return x.count - y.count
                }
            }
        }
    }
}
