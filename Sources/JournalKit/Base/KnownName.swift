import Foundation

/// The canonical name of a value with a known vocabulary and aliases (stages, outcomes):
/// "Phone Screen", "phone_screen" and "phone-screen" are alike, an alias maps to its known
/// name, and anything else is kept as written (trimmed).
enum KnownName {
    static func canonical(_ text: String, known: [String], aliases: [String: String]) -> String {
        // A canonical name (what most files and the cache hold) is its own normal form.
        if known.contains(text) { return text }
        let key = normalize(text)
        if known.contains(key) { return key }
        if let alias = aliases[key] { return alias }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Lowercase words joined by `-`: "Phone Screen", "phone_screen" and "phone-screen" are alike.
    static func normalize(_ text: String) -> String {
        var copy = text
        if let ascii = copy.withUTF8(normalizeASCII) { return ascii }
        return text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
    }

    /// `normalize` for ASCII text, written in one pass; nil for any other text.
    private static func normalizeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var dash = false
            for b in bytes {
                if b == 32 || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") {
                    dash = n > 0
                    continue
                }
                if dash { out[n] = UInt8(ascii: "-"); n += 1; dash = false }
                out[n] = b >= 65 && b <= 90 ? b + 32 : b
                n += 1
            }
            return n
        }
    }
}
