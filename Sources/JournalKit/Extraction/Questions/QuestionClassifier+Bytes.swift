/// The classifier's looks at bytes, which decide before any string is built.
extension QuestionClassifier {
    /// `text.range(of: quote, options: .backwards)`, on bytes when `text` is ASCII (then
    /// Foundation's comparison, which treats canonically equivalent sequences as equal, is
    /// byte equality, and a non-ASCII quote cannot occur).
    static func lastRange(of quote: String, in text: Substring) -> Range<String.Index>? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.range(of: quote, options: .backwards) }
        guard quote.utf8.count == 1, let byte = quote.utf8.first, let at = utf8.lastIndex(of: byte) else { return nil }
        return at..<utf8.index(after: at)
    }

    /// The prose triggers as bytes, with the longest first.
    private static let triggers: [[UInt8]] = QuestionCues.all.proseTriggers.map { Array($0.utf8) }

    /// Whether a prose text could report a question at all: one of the triggers occurs in its
    /// bytes (ASCII compared without case). No string is built.
    static func mayReportQuestion(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            let n = bytes.count
            for trigger in triggers where trigger.count <= n {
                let first = trigger[0]
                var i = 0
                while i + trigger.count <= n {
                    let b = bytes[i]
                    if (b >= 65 && b <= 90 ? b + 32 : b) == first {
                        var k = 1
                        while k < trigger.count {
                            let c = bytes[i + k]
                            if (c >= 65 && c <= 90 ? c + 32 : c) != trigger[k] { break }
                            k += 1
                        }
                        if k == trigger.count { return true }
                    }
                    i += 1
                }
            }
            return false
        }
    }
}
