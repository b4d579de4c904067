/// Ticks in a `practice.md` made by `journal practice -o`: each question line carries its card
/// id in an HTML comment, so that a box ticked since the file was made counts as a Good
/// review of that card when the file is made again (`journal practice -o` records it).
///
/// A box the file was made with ticked (reviewed, not due) says so in its comment
/// (`<!-- card ID ticked -->`) and is not counted again.
package enum PracticeTicks {
    /// The comment at the end of a question line.
    package static func marker(_ card: String, ticked: Bool) -> String {
        "<!-- card \(card)\(ticked ? " ticked" : "") -->"
    }

    /// The card ids whose boxes were ticked in `markdown` after it was made, in file order, once each.
    package static func newlyTicked(in markdown: String) -> [String] {
        var ids: [String] = []
        var seen: Set<String> = []
        for line in markdown.split(whereSeparator: \.isNewline) {
            let item = line.drop { $0 == " " || $0 == "\t" }
            guard item.hasPrefix("- [x] ") || item.hasPrefix("- [X] ") || item.hasPrefix("* [x] ") || item.hasPrefix("* [X] "),
                  let open = item.range(of: "<!-- card ", options: .backwards),
                  let close = item.range(of: " -->", range: open.upperBound..<item.endIndex) else { continue }
            let fields = item[open.upperBound..<close.lowerBound].split(separator: " ")
            guard fields.count == 1, let id = fields.first, seen.insert(String(id)).inserted else { continue }
            ids.append(String(id))
        }
        return ids
    }
}
