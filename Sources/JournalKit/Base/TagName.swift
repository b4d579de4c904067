/// The normal form of a tag's name: without `#`, lowercased, no trailing `/` or `-`; nil
/// for names of digits only (`#1` is a number, not a tag). Front-matter `tags:` and `#tags`
/// in the text meet here.
package enum TagName {
    /// Lowercases a tag and strips a leading `#`; nil when nothing is left or it is only digits.
    package static func normalize(_ raw: String) -> String? {
        var t = raw.trimmingSpaces()
        while t.hasPrefix("#") { t.removeFirst() }
        while t.hasSuffix("/") || t.hasSuffix("-") { t.removeLast() }
        t = t.lowercased()
        guard !t.isEmpty, !t.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "/" || $0 == "-" }) else { return nil }
        return t
    }

    /// `normalize` for the characters of a `#tag` as the scanner found them (tag
    /// characters only, no `#`): on bytes when they are ASCII.
    static func normalizeScanned(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var end = bytes.count
        while end > 0, bytes[end - 1] == UInt8(ascii: "/") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
        var ascii = true
        var onlyDigits = true
        for i in 0..<end {
            let b = bytes[i]
            if b >= 0x80 { ascii = false; break }
            if !(b >= 48 && b <= 57) && b != UInt8(ascii: "/") && b != UInt8(ascii: "-") { onlyDigits = false }
        }
        guard ascii else { return normalize(String(decoding: bytes, as: UTF8.self)) }
        guard end > 0, !onlyDigits else { return nil }
        return String(unsafeUninitializedCapacity: end) { out in
            for i in 0..<end {
                let b = bytes[i]
                out[i] = b >= 65 && b <= 90 ? b + 32 : b
            }
            return end
        }
    }
}
