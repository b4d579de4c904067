/// Records values in a note's front-matter, changing no other byte of the file.
///
/// Comments, key order, quoting, CRLF line ends, a byte-order mark and TOML (`+++`)
/// front-matter stay as they are; a list gets its new item in the style it already has
/// (flow `[a, b]` or block `- a`); a note without front-matter gets one, its body
/// untouched. Nothing is guessed: a front-matter that does not parse is refused, and every
/// edit is parsed again and compared with what was meant (the old values plus the new
/// one) before it is returned, so an edit that would change anything else is refused too.
///
/// The editor only computes: it returns the new bytes and the edit as a range of the old
/// ones (for an editor's workspace edit); `NoteWriter` writes a file safely.
package enum FrontMatterEditor {
    /// What applying changes gives.
    package enum Outcome: Sendable, Hashable {
        case edited(FrontMatterEdit)
        /// The first change is already in the note (the sentence says what is there); nothing changes.
        case alreadyRecorded(String)
    }

    /// Why a change was not made, as a full sentence, with the file line when one is known.
    package struct Refusal: Error, Sendable, Hashable, CustomStringConvertible {
        package var line: Int?
        package var message: String
        package var description: String { message }
    }

    /// Applies `changes` in order to the note `bytes`. When the first change is already
    /// recorded, nothing changes (the rest depend on it: `outcome` and its `outcome_date`).
    package static func apply(_ changes: [FrontMatterChange], to bytes: [UInt8]) throws(Refusal) -> Outcome {
        var current = bytes
        for (index, change) in changes.enumerated() {
            switch try step(change, on: current) {
            case .already(let message):
                if index == 0 { return .alreadyRecorded(message) }
            case .splice(let splice):
                current = splice.applied(to: current)
                try verify(current, expected: splice.expected, change: change)
            }
        }
        return .edited(FrontMatterEdit(original: bytes, edited: current))
    }

    /// The one name of `names` that `query` means, as `connected NAME` matches it: the
    /// same words ignoring case and punctuation, else a unique prefix of the name or of
    /// one of its words; nil when none or several match.
    package static func interviewer(_ query: String, among names: [String]) -> String? {
        (try? InterviewerSplice.match(query, in: names)).map { names[$0] }
    }

    /// One change on the current bytes: parsed, located, spliced.
    static func step(_ change: FrontMatterChange, on bytes: [UInt8]) throws(Refusal) -> FrontMatterSplice.Step {
        let layout = NoteLayout(bytes)
        if layout.unclosed {
            throw Refusal(line: 1, message: "the front-matter opened on line 1 is never closed; close it with a `---` line (or `+++` for TOML) before recording anything")
        }
        let root = try parse(layout)
        return try FrontMatterSplice(layout: layout, root: root).step(change)
    }

    /// The front-matter's root mapping; an empty mapping for a note without front-matter.
    static func parse(_ layout: NoteLayout) throws(Refusal) -> [FrontMatterPair] {
        guard let syntax = layout.syntax else { return [] }
        let result = syntax == .yaml ? YAMLFrontMatter.parseWithYams(layout.text, firstLine: 1) : TOMLFrontMatter.parse(layout.text, firstLine: 1)
        switch result {
        case .failure:
            // Parsed again with file lines, so that the message speaks of the file's lines.
            let text = layout.text
            let inFile = syntax == .yaml ? YAMLFrontMatter.parseWithYams(text, firstLine: 2) : TOMLFrontMatter.parse(text, firstLine: 2)
            guard case .failure(let failure) = inFile else { throw Refusal(line: 2, message: "the front-matter does not parse; nothing was changed") }
            throw Refusal(line: failure.line, message: "the front-matter does not parse (line \(failure.line), column \(failure.column): \(failure.message)); fix it first (`journal check` shows it), nothing was changed")
        case .success(nil):
            return []
        case .success(let node?):
            guard case .map(let pairs) = node.value else {
                throw Refusal(line: 2, message: "the front-matter is \(node.kindName), not `key: value` lines; nothing was changed")
            }
            return pairs
        }
    }

    /// Parses the edited bytes and checks that they say exactly what was meant.
    private static func verify(_ bytes: [UInt8], expected: [String: JSONValue], change: FrontMatterChange) throws(Refusal) {
        let layout = NoteLayout(bytes)
        let pairs: [FrontMatterPair]
        do { pairs = try parse(layout) } catch {
            throw Refusal(line: nil, message: "recording '\(change.key)' here would break the front-matter; record it by hand")
        }
        guard FrontMatterSplice.object(pairs) == expected else {
            throw Refusal(line: nil, message: "this front-matter is written in a way journal cannot add '\(change.key)' to without changing something else; record it by hand")
        }
    }
}

/// An edit of a note: its new bytes, and the one range of the old bytes they replace.
package struct FrontMatterEdit: Sendable, Hashable {
    /// The whole new file.
    package var edited: [UInt8]
    /// The bytes of the original file that are replaced (common start and end left out).
    package var range: Range<Int>
    /// What replaces them.
    package var replacement: [UInt8]
    /// Where `range` starts and ends in the original: 1-based lines, UTF-8 byte columns.
    package var start: (line: Int, column: Int) { position(range.lowerBound) }
    package var end: (line: Int, column: Int) { position(range.upperBound) }
    private let lineStarts: [Int]

    init(original: [UInt8], edited: [UInt8]) {
        self.edited = edited
        var prefix = 0
        while prefix < original.count, prefix < edited.count, original[prefix] == edited[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < original.count - prefix, suffix < edited.count - prefix,
              original[original.count - 1 - suffix] == edited[edited.count - 1 - suffix] { suffix += 1 }
        range = prefix..<(original.count - suffix)
        replacement = Array(edited[prefix..<(edited.count - suffix)])
        var starts = [0]
        for (i, byte) in original.enumerated() where byte == UInt8(ascii: "\n") { starts.append(i + 1) }
        lineStarts = starts
    }

    private func position(_ offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low + 1, offset - lineStarts[low] + 1)
    }

    package static func == (a: FrontMatterEdit, b: FrontMatterEdit) -> Bool {
        a.edited == b.edited && a.range == b.range && a.replacement == b.replacement
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(edited)
        hasher.combine(range)
    }
}
