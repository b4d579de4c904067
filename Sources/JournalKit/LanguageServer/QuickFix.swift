import Foundation

/// Code actions on a note: quick fixes where the fix is certain, and "record thank-you
/// sent today". Front-matter values are written by `FrontMatterEditor`, the byte-preserving
/// editor of `journal log`; each action is one text edit of the buffer.
package enum QuickFix {
    /// A code action: its title, kind, the diagnostic it fixes, and the edit (a byte range
    /// of the buffer and its replacement).
    package struct Action: Sendable, Hashable {
        package var title: String
        package var kind: String
        package var diagnostic: Diagnostic?
        package var range: Range<Int>
        package var replacement: [UInt8]
    }

    /// The fixes for `diagnostics` of `document`.
    package static func fixes(for diagnostics: [Diagnostic], in document: TextDocument) -> [Action] {
        diagnostics.compactMap { fix($0, in: document) }
    }

    static func fix(_ diagnostic: Diagnostic, in document: TextDocument) -> Action? {
        let message = diagnostic.message
        if message.hasPrefix("the interview date "), message.contains(" comes from the file name"),
           let day = CalendarDay(iso: String(message.dropFirst("the interview date ".count).prefix(10))) {
            return edit("Add `date: \(day)` (from the file name)", diagnostic, document,
                        [FrontMatterChange(key: "date", aliases: FrontMatterChange.knownAliases(of: "date"), operation: .set(.date(day), .replace))])
        }
        if message.hasPrefix("YAML syntax error: mapping values are not allowed") {
            return quoteValue(diagnostic, in: document)
        }
        for (key, known, noun) in [("stage", Stage.known, "stage"), ("outcome", Outcome.known, "outcome")]
        where message.contains("' is not \(noun == "outcome" ? "an" : "a") \(noun) journal knows") {
            let value = valueText(at: diagnostic.location, in: document)
            let word = value.lowercased().replacingOccurrences(of: " ", with: "-")
            guard word.count >= 4, let suggestion = EditDistance.closest(to: word, among: known) else { return nil }
            return edit("Did you mean '\(suggestion)'? Change the \(noun) to \(suggestion)", diagnostic, document,
                        [FrontMatterChange(key: key, aliases: FrontMatterChange.knownAliases(of: key), operation: .set(.text(suggestion), .replace))])
        }
        return nil
    }

    /// "Record thank-you sent today": `thank_you: TODAY` as `journal log NOTE thank-you`
    /// writes it, for an interview note that does not record one yet.
    package static func thankYou(_ document: TextDocument, entry: Entry?, today: CalendarDay) -> Action? {
        guard let entry, entry.isInterview, entry.thankYou?.done != true else { return nil }
        guard case .edited(let made)? = try? FrontMatterEditor.apply(LogEvent.thankYou.changes(value: nil, on: today), to: document.bytes) else { return nil }
        return Action(title: "Record thank-you sent today (\(today))", kind: "refactor.rewrite", diagnostic: nil,
                      range: made.range, replacement: made.replacement)
    }

    static func edit(_ title: String, _ diagnostic: Diagnostic, _ document: TextDocument, _ changes: [FrontMatterChange]) -> Action? {
        guard case .edited(let made)? = try? FrontMatterEditor.apply(changes, to: document.bytes) else { return nil }
        return Action(title: title, kind: "quickfix", diagnostic: diagnostic, range: made.range, replacement: made.replacement)
    }

    /// The value of a `key: value` line from the diagnostic's column, without a comment.
    static func valueText(at location: SourceLocation, in document: TextDocument) -> String {
        let line = document.line(location.line - 1)
        let start = min(line.count, max(0, location.column - 1))
        var text = String(decoding: line.dropFirst(start), as: UTF8.self)
        if let comment = text.range(of: " #") { text = String(text[..<comment.lowerBound]) }
        return text.trimmingSpaces().trimmingCharacters(in: ["\"", "'"])
    }

    /// `key: a: b` -> `key: "a: b"`: the value of a front-matter line that holds a colon and a
    /// space, quoted (single quotes when it has a backslash or a double quote).
    static func quoteValue(_ diagnostic: Diagnostic, in document: TextDocument) -> Action? {
        let index = diagnostic.location.line - 1
        let line = document.line(index)
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon + 1 < line.endIndex, line[colon + 1] == 0x20 else { return nil }
        let keyText = String(decoding: line[line.startIndex..<colon], as: UTF8.self).trimmingSpaces()
        guard !keyText.isEmpty, !keyText.contains(" #"), !keyText.hasPrefix("#") else { return nil }
        var valueStart = colon + 1
        while valueStart < line.endIndex, line[valueStart] == 0x20 { valueStart += 1 }
        var valueEnd = line.endIndex
        while valueEnd > valueStart, line[valueEnd - 1] == 0x20 || line[valueEnd - 1] == 0x09 { valueEnd -= 1 }
        let value = String(decoding: line[valueStart..<valueEnd], as: UTF8.self)
        guard value.contains(": "), let first = value.first, !"\"'[{|>&*!%@`#".contains(first) else { return nil }
        let quoted = value.contains("\\") || value.contains("\"")
            ? "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
            : "\"" + value + "\""
        return Action(title: "Quote the value: \(quoted)", kind: "quickfix", diagnostic: diagnostic,
                      range: valueStart..<valueEnd, replacement: Array(quoted.utf8))
    }
}
