/// A due date written into a next step, and the rest of the step's metadata.
///
/// One grammar for everything that reads next steps: the extractor takes the due day
/// from it (`parse`), and `journal due` and the report show the step without it
/// (`strip`), so that both print the same words. The due markers are
/// - `📅 2026-11-21` (the Obsidian Tasks plugin; `📅️` with a variation selector too),
/// - `[due:: 2026-11-21]` (a Dataview inline field),
/// - `due 2026-11-21`, `due: 2026-11-21` and `by 2026-11-21` in prose (whole words).
///
/// Markers are case-insensitive and may be followed by spaces or tabs; the date is
/// `YYYY-M-D` with ASCII digits. Besides the due marker, `strip` removes the other
/// Tasks dates (`⏳` scheduled, `🛫` start, `✅` done, `➕` created) and any other
/// Dataview field (`[priority:: high]`), which are metadata, not words to show.
package struct DueMarker: Sendable, Hashable {
    /// How the date was marked.
    package enum Kind: Sendable, Hashable {
        /// `📅 DATE`.
        case calendar
        /// `[due:: DATE]`.
        case dataview
        /// `due DATE` or `due: DATE`.
        case due
        /// `by DATE`.
        case by
        /// Not a due date: another Tasks date or Dataview field (removed by `strip` only).
        case metadata
    }

    package var kind: Kind
    /// The date as written (`2026-11-21`, `2026-2-3`); empty for a Dataview field that is not a date.
    package var date: String
    /// UTF-8 offsets in the text of the marker and its value, from the white space before it.
    package var range: Range<Int>

    /// The due day; nil when the date does not exist (`2026-02-30`) or this is not a due marker.
    package var day: CalendarDay? {
        guard kind != .metadata else { return nil }
        if let day = CalendarDay(iso: date) { return day }
        let parts = date.split(separator: "-").compactMap { Int($0) }
        return parts.count == 3 ? CalendarDay(year: parts[0], month: parts[1], day: parts[2]) : nil
    }

    /// The due day of a next step's text, from its first due marker; or the problem with
    /// that marker's date when the day does not exist.
    package static func parse(_ text: String) -> (day: CalendarDay?, problem: String?) {
        guard let marker = markers(in: Array(text.utf8), stopAtFirstDue: true).first(where: { $0.kind != .metadata }) else { return (nil, nil) }
        if let day = marker.day { return (day, nil) }
        return (nil, FrontMatterDecoder.dateProblem(marker.date, key: "due date"))
    }

    /// The text of a next step as it is shown: every due marker and other task metadata
    /// removed, white space trimmed (and a comma, semicolon, colon or dash left at the end
    /// by a removed marker); the text itself when nothing else is left.
    package static func strip(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let found = markers(in: bytes, stopAtFirstDue: false)
        if found.isEmpty {
            let trimmed = text.trimmingSpaces()
            return trimmed.isEmpty ? text : trimmed
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var at = 0
        for marker in found {
            kept += bytes[at..<marker.range.lowerBound]
            at = marker.range.upperBound
        }
        kept += bytes[at...]
        // "Prepare the design, due 2026-11-26": the comma went with the marker.
        while let last = kept.last, [32, 9, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "-")].contains(last) { kept.removeLast() }
        let stripped = String(decoding: kept, as: UTF8.self).trimmingSpaces()
        return stripped.isEmpty ? text : stripped
    }

    /// Every marker of `bytes`, left to right, not overlapping.
    static func markers(in bytes: [UInt8], stopAtFirstDue: Bool) -> [DueMarker] {
        // Every marker holds a "-" (its date) or "::" (a field): most steps have neither.
        guard bytes.contains(UInt8(ascii: "-")) || bytes.contains(UInt8(ascii: ":")) else { return [] }
        var found: [DueMarker] = []
        var i = 0
        while i < bytes.count {
            if let (kind, date, end) = marker(bytes, at: i) {
                var start = i
                while start > 0, bytes[start - 1] == 32 || bytes[start - 1] == 9 { start -= 1 }
                start = max(start, found.last?.range.upperBound ?? 0)
                found.append(DueMarker(kind: kind, date: date, range: start..<end))
                if stopAtFirstDue, kind != .metadata { break }
                i = end
            } else {
                i += 1
            }
        }
        return found
    }

    private static let calendar = Array("📅".utf8)
    /// ⏳ 🛫 ✅ ➕: scheduled, start, done and created dates of the Tasks plugin.
    private static let otherDates = ["⏳", "🛫", "✅", "➕"].map { Array($0.utf8) }
    private static let variationSelector = Array("\u{FE0F}".utf8)

    /// The marker that starts at `i`: its kind, its date and where it ends.
    private static func marker(_ bytes: [UInt8], at i: Int) -> (Kind, String, Int)? {
        let b = bytes[i]
        if b >= 0x80 {
            let kind: Kind
            var j: Int
            if has(calendar, in: bytes, at: i) {
                kind = .calendar
                j = i + calendar.count
            } else if let other = otherDates.first(where: { has($0, in: bytes, at: i) }) {
                kind = .metadata
                j = i + other.count
            } else {
                return nil
            }
            if has(variationSelector, in: bytes, at: j) { j += variationSelector.count }
            guard let (date, end) = date(bytes, at: skipSpaces(bytes, from: j)) else { return nil }
            return (kind, date, end)
        }
        if b == UInt8(ascii: "[") { return field(bytes, at: i) }
        // `due` and `by` start a word: "standby" and "overdue" are not markers.
        guard b | 0x20 == UInt8(ascii: "d") || b | 0x20 == UInt8(ascii: "b"), i == 0 || !isWordByte(bytes[i - 1]) else { return nil }
        let word: [UInt8] = b | 0x20 == UInt8(ascii: "d") ? Array("due".utf8) : Array("by".utf8)
        guard i + word.count <= bytes.count, (0..<word.count).allSatisfy({ bytes[i + $0] | 0x20 == word[$0] }) else { return nil }
        var j = i + word.count
        if word.count == 3, j < bytes.count, bytes[j] == UInt8(ascii: ":") { j += 1 }
        guard let (date, end) = date(bytes, at: skipSpaces(bytes, from: j)) else { return nil }
        return (word.count == 3 ? .due : .by, date, end)
    }

    /// `[due:: DATE]` (the closing bracket optional), or another `[key:: value]` field.
    private static func field(_ bytes: [UInt8], at i: Int) -> (Kind, String, Int)? {
        var j = i + 1
        while j < bytes.count, isWordByte(bytes[j]) || bytes[j] == 32 || bytes[j] == UInt8(ascii: "-") { j += 1 }
        guard j > i + 1, j + 1 < bytes.count, bytes[j] == UInt8(ascii: ":"), bytes[j + 1] == UInt8(ascii: ":") else { return nil }
        let key = bytes[(i + 1)..<j].map { $0 | 0x20 }
        if key == Array("due".utf8), let (date, end) = date(bytes, at: skipSpaces(bytes, from: j + 2)) {
            let close = skipSpaces(bytes, from: end)
            return (.dataview, date, close < bytes.count && bytes[close] == UInt8(ascii: "]") ? close + 1 : end)
        }
        guard let close = bytes[(j + 2)...].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        return (.metadata, "", close + 1)
    }

    /// `\d{4}-\d{1,2}-\d{1,2}` (ASCII digits) at `start`, not followed by another digit: the date and its end.
    private static func date(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        func digits(_ from: Int, _ min: Int, _ max: Int) -> Int? {
            var n = 0
            while from + n < bytes.count, n < max, isDigit(bytes[from + n]) { n += 1 }
            return n >= min ? from + n : nil
        }
        guard let y = digits(start, 4, 4), y < bytes.count, bytes[y] == UInt8(ascii: "-"),
              let m = digits(y + 1, 1, 2), m < bytes.count, bytes[m] == UInt8(ascii: "-"),
              let d = digits(m + 1, 1, 2) else { return nil }
        if d < bytes.count, isDigit(bytes[d]) { return nil }
        return (String(decoding: bytes[start..<d], as: UTF8.self), d)
    }

    private static func has(_ marker: [UInt8], in bytes: [UInt8], at i: Int) -> Bool {
        i + marker.count <= bytes.count && (0..<marker.count).allSatisfy { bytes[i + $0] == marker[$0] }
    }

    private static func skipSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        var i = start
        while i < bytes.count, bytes[i] == 32 || bytes[i] == 9 { i += 1 }
        return i
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    private static func isWordByte(_ b: UInt8) -> Bool { isDigit(b) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 }
}
