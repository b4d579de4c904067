@testable import JournalKit
import Testing

/// RFC 5545 syntax: folding at 75 octets without splitting a UTF-8 character, TEXT
/// escaping, CRLF line ends.
@Suite struct ICalendarTests {
    /// The physical lines of folded text (split at CRLF).
    func lines(_ folded: String) -> [String] {
        folded.utf8.split(separator: 10, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 13 ? line.dropLast() : line[...], as: UTF8.self)
        }
    }

    /// RFC 5545 3.1: unfolding removes every CRLF followed by one space.
    func unfold(_ folded: String) -> String {
        folded.replacingOccurrences(of: "\r\n ", with: "")
    }

    @Test func shortLineIsNotFolded() {
        let line = "SUMMARY:" + String(repeating: "a", count: 67)
        #expect(line.utf8.count == 75)
        #expect(ICalendar.fold(line) == line)
    }

    @Test func asciiFoldsAtSeventyFiveOctetsWithTheSpaceCounted() {
        let line = "DESCRIPTION:" + String(repeating: "x", count: 200)
        let folded = ICalendar.fold(line)
        let pieces = lines(folded)
        #expect(pieces.map(\.utf8.count) == [75, 75, 64])
        #expect(pieces[0] == "DESCRIPTION:" + String(repeating: "x", count: 63))
        #expect(pieces[1] == " " + String(repeating: "x", count: 74))
        #expect(pieces[2] == " " + String(repeating: "x", count: 63))
        #expect(unfold(folded) == line)
    }

    /// "é" is two octets: a fold that would fall between them comes one octet earlier.
    @Test func foldNeverSplitsATwoOctetCharacter() {
        let line = "SUMMARY:" + String(repeating: "a", count: 66) + "é" + "bc"
        let pieces = lines(ICalendar.fold(line))
        #expect(pieces == ["SUMMARY:" + String(repeating: "a", count: 66), " ébc"])
        #expect(pieces[0].utf8.count == 74)
    }

    /// A four-octet emoji that would straddle the 75th octet goes whole to the next line.
    @Test(arguments: 0..<4)
    func foldNeverSplitsAnEmoji(shift: Int) {
        let line = "SUMMARY:" + String(repeating: "a", count: 61 + shift) + "🎉" + String(repeating: "b", count: 10)
        let folded = ICalendar.fold(line)
        let pieces = lines(folded)
        for piece in pieces { #expect(piece.utf8.count <= 75) }
        #expect(pieces.count == 2)
        // 8 + 61 + shift octets before the emoji: it fits whole when that leaves four octets.
        if 69 + shift + 4 <= 75 { #expect(pieces[0].contains("🎉")) } else { #expect(pieces[1].hasPrefix(" 🎉")) }
        #expect(unfold(folded) == line)
        // Every piece is valid UTF-8 on its own: no character was cut.
        for piece in folded.utf8.split(separator: 10) {
            #expect(String(validating: piece, as: UTF8.self) != nil)
        }
    }

    /// CJK characters are three octets: 75 is a multiple of three, 74 is not.
    @Test func foldsCJKText() {
        let text = String(repeating: "星云科技面试", count: 12)
        let line = "SUMMARY:" + text
        let folded = ICalendar.fold(line)
        let pieces = lines(folded)
        #expect(pieces[0].utf8.count == 74) // "SUMMARY:" (8) + 22 characters (66)
        for piece in pieces.dropFirst().dropLast() { #expect(piece.utf8.count == 73) } // space + 24 characters
        for piece in pieces { #expect(piece.utf8.count <= 75) }
        #expect(unfold(folded) == line)
        for piece in folded.utf8.split(separator: 10) {
            #expect(String(validating: piece.last == 13 ? piece.dropLast() : piece[...], as: UTF8.self) != nil)
        }
    }

    @Test func escapesTextSpecials() {
        #expect(ICalendar.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(ICalendar.escape("one\ntwo\r\nthree\rfour") == #"one\ntwo\nthree\nfour"#)
        #expect(ICalendar.escape("colon: fine\ttab") == "colon: fine\ttab")
        #expect(ICalendar.escape("") == "")
    }

    /// Controls are not allowed in TEXT, and bidirectional overrides deceive: both shown as TerminalSafe shows them.
    @Test func controlsAndBidiOverridesAreMadeVisible() {
        #expect(ICalendar.escape("Acme\u{1B}[2J Corp") == "Acme<U+001B>[2J Corp")
        #expect(ICalendar.escape("Acme\u{202E}evil") == "Acme<U+202E>evil")
        #expect(ICalendar.escape("bell\u{07}") == "bell<U+0007>")
    }

    @Test func componentsEndEveryLineWithCRLF() {
        let event = ICalendar.Component("VEVENT", properties: [
            ICalendar.Property("UID", value: "0123456789abcdef@journal"),
            .date("DTSTART", CalendarDay(year: 2026, month: 11, day: 3)!),
            .midnightUTC("DTSTAMP", CalendarDay(year: 2026, month: 1, day: 9)!),
            .text("SUMMARY", "Acme, Inc.; thanks\nnow"),
        ])
        let calendar = ICalendar.Component("VCALENDAR", properties: [ICalendar.Property("VERSION", value: "2.0")], components: [event])
        #expect(calendar.text == """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            BEGIN:VEVENT\r
            UID:0123456789abcdef@journal\r
            DTSTART;VALUE=DATE:20261103\r
            DTSTAMP:20260109T000000Z\r
            SUMMARY:Acme\\, Inc.\\; thanks\\nnow\r
            END:VEVENT\r
            END:VCALENDAR\r

            """)
        // No bare LF anywhere.
        let bytes = Array(calendar.text.utf8)
        for (i, byte) in bytes.enumerated() where byte == 10 { #expect(i > 0 && bytes[i - 1] == 13) }
    }

    @Test func longEscapedValueFoldsAfterEscaping() {
        let property = ICalendar.Property.text("DESCRIPTION", String(repeating: "a,", count: 40))
        let text = ICalendar.Component("VTODO", properties: [property]).text
        for line in lines(text) { #expect(line.utf8.count <= 75) }
        #expect(unfold(text).contains("DESCRIPTION:" + String(repeating: "a\\,", count: 40) + "\r\n"))
    }
}
