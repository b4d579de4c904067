import Foundation

/// The keyed, unkeyed and single-value containers of `FastJSONEncoder`.
extension FastJSONEncoder {
    struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let impl: Impl
        var codingPath: [any CodingKey] { [] }

        private func member(_ key: Key, _ write: (Stream) throws -> Void) rethrows {
            let name = key.stringValue
            let start = impl.beginMember(name)
            try write(impl.stream)
            impl.endMember(name, start: start)
        }

        mutating func encodeNil(forKey key: Key) throws { member(key) { $0.writeRaw("null") } }
        mutating func encode(_ value: Bool, forKey key: Key) throws { member(key) { $0.writeRaw(value ? "true" : "false") } }
        mutating func encode(_ value: String, forKey key: Key) throws { member(key) { $0.writeString(value) } }
        mutating func encode(_ value: Double, forKey key: Key) throws { try member(key) { try $0.writeNumber(value) } }
        mutating func encode(_ value: Float, forKey key: Key) throws { try member(key) { try $0.writeNumber(value) } }
        mutating func encode(_ value: Int, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }
        mutating func encode(_ value: Int8, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }
        mutating func encode(_ value: Int16, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }
        mutating func encode(_ value: Int32, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }
        mutating func encode(_ value: Int64, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { member(key) { $0.writeRaw(String(value)) } }

        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
            let depth = impl.depth + 1
            try member(key) { try $0.write(value, depth: depth) }
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            impl.refused().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            impl.refused().unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { impl.refused() }

        mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
    }

    struct UnkeyedContainer: UnkeyedEncodingContainer {
        let impl: Impl
        var codingPath: [any CodingKey] { [] }
        var count: Int { impl.count }

        mutating func encodeNil() throws { impl.beginElement(); impl.stream.writeRaw("null") }
        mutating func encode(_ value: Bool) throws { impl.beginElement(); impl.stream.writeRaw(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { impl.beginElement(); impl.stream.writeString(value) }
        mutating func encode(_ value: Double) throws { impl.beginElement(); try impl.stream.writeNumber(value) }
        mutating func encode(_ value: Float) throws { impl.beginElement(); try impl.stream.writeNumber(value) }
        mutating func encode(_ value: Int) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: Int8) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: Int16) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: Int32) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: Int64) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt8) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt16) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt32) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt64) throws { impl.beginElement(); impl.stream.writeRaw(String(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            impl.beginElement()
            try impl.stream.write(value, depth: impl.depth + 1)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            impl.refused().container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            impl.refused().unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { impl.refused() }
    }

    struct SingleValueContainer: SingleValueEncodingContainer {
        let impl: Impl
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { impl.stream.writeRaw("null") }
        mutating func encode(_ value: Bool) throws { impl.stream.writeRaw(value ? "true" : "false") }
        mutating func encode(_ value: String) throws { impl.stream.writeString(value) }
        mutating func encode(_ value: Double) throws { try impl.stream.writeNumber(value) }
        mutating func encode(_ value: Float) throws { try impl.stream.writeNumber(value) }
        mutating func encode(_ value: Int) throws { impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: Int8) throws { impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: Int16) throws { impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: Int32) throws { impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: Int64) throws { impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt) throws { impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt8) throws { impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt16) throws { impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt32) throws { impl.stream.writeRaw(String(value)) }
        mutating func encode(_ value: UInt64) throws { impl.stream.writeRaw(String(value)) }

        mutating func encode<T: Encodable>(_ value: T) throws {
            try impl.stream.write(value, depth: impl.depth)
        }
    }
}
