/// An optional property that JSON output writes as `null` when it has no value, where
/// synthesised `Encodable` would leave the key out.
///
/// The JSON forms of the report keep every key in every object (a script reads
/// `.role` and gets `null`, not a missing key), without a hand-written `encode(to:)`
/// per type whose only job is to emit `null`.
@propertyWrapper
package struct NullWhenAbsent<Value: Sendable & Hashable & Encodable>: Sendable, Hashable, Encodable {
    package var wrappedValue: Value?

    package init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}
