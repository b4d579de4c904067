/// The text of a paragraph with each code span replaced by one private-use character, so
/// that cues are read in the user's words and never in their code, while the question
/// text (restored) keeps the code as written. Inline HTML is kept as written; tags are removed.
struct MaskedText {
    let text: String
    let tags: [String]
    private let code: [String]
    private static let base: UInt32 = 0xF0000

    init(_ inline: InlineText) {
        guard inline.runs.contains(where: \.isCode) else {
            (tags, text) = TagScanner.scan(inline, keepingHTML: true)
            code = []
            return
        }
        var code: [String] = []
        var runs: [InlineRun] = []
        for run in inline.runs {
            if run.isCode, let mark = Unicode.Scalar(MaskedText.base + UInt32(code.count)) {
                runs.append(InlineRun(String(Character(mark))))
                code.append(InlineText(runs: [run]).display)
            } else {
                runs.append(run)
            }
        }
        (tags, text) = TagScanner.scan(InlineText(runs: runs, strongLead: inline.strongLead), keepingHTML: true)
        self.code = code
    }

    /// `part` (a piece of `text`) with its code spans back.
    func restore(_ part: String) -> String {
        guard !code.isEmpty else { return part }
        // Every mark is a plane-15 scalar, whose UTF-8 starts with 0xF3: without one, nothing to restore.
        guard part.utf8.contains(0xF3) else { return part }
        // The bytes between marks copied in runs, each mark's code put in its place: the UTF-8
        // of appending the scalars one at a time (`restorePlain`; MaskedTextTests compare them).
        var out: [UInt8] = []
        out.reserveCapacity(part.utf8.count + code.reduce(0) { $0 + $1.utf8.count })
        var copy = part
        copy.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            var from = 0
            while i < n {
                // 0xF3 only ever leads a four-byte scalar (continuation bytes are 0x80–0xBF).
                guard bytes[i] == 0xF3, i + 4 <= n else { i += 1; continue }
                let value = UInt32(bytes[i] & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                let index = Int(value) - Int(MaskedText.base)
                guard index >= 0, index < code.count else { i += 4; continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
                out.append(contentsOf: code[index].utf8)
                i += 4
                from = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<n]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `restore` scalar by scalar, as it was: the reference of the tests.
    func restorePlain(_ part: String) -> String {
        guard !code.isEmpty else { return part }
        guard part.utf8.contains(0xF3) else { return part }
        var out: [UInt8] = []
        var copy = part
        copy.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let (scalar, length) = decodeScalar(bytes, at: i)
                let index = Int(scalar.value) - Int(MaskedText.base)
                if index >= 0, index < code.count { out.append(contentsOf: code[index].utf8) } else { out.append(contentsOf: bytes[i..<(i + length)]) }
                i += length
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
