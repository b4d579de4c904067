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
        // Byte by byte: the UTF-8 of the scalars kept and of the code put back, as appending
        // them one scalar at a time would give.
        var out: [UInt8] = []
        out.reserveCapacity(part.utf8.count + code.reduce(0) { $0 + $1.utf8.count })
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
