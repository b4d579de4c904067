/// journal's own Markdown outputs, known by how they begin, so that a practice list or a
/// report written with `-o` into the journal folder is neither read back as an interview
/// nor refused when `-o` makes it again (its ticks count as reviews).
package enum JournalOutput {
    static let practice = Array("# Practice questions\n\n".utf8)
    static let report = Array("# Interview report\n\nAs of ".utf8)

    /// Whether `head`, the first bytes of a file (64 are enough), begins as journal's
    /// practice list ("# Practice questions", a blank line, the count of questions) or its
    /// report ("# Interview report", a blank line, "As of ") does, with no front-matter.
    /// A note a user wrote does not begin so.
    package static func isJournalOutput<Bytes: Collection<UInt8>>(_ head: Bytes) -> Bool {
        if head.starts(with: report) { return true }
        guard head.starts(with: practice), head.count > practice.count else { return false }
        let next = head[head.index(head.startIndex, offsetBy: practice.count)]
        return next >= UInt8(ascii: "0") && next <= UInt8(ascii: "9")
    }

    /// What `journal check --verbose` says of such a file.
    package static let note = "this is a practice list or report that journal wrote (-o); it is not read as an interview, "
        + "and `-o` may write it again (a practice list's ticks then count as reviews)"
}
