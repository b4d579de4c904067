/// The syntax of RFC 5545 (iCalendar) that journal writes: components, properties,
/// TEXT escaping, line folding and CRLF line ends. No Swift iCalendar package is on the
/// mirror, and journal only writes (never reads) calendars, so this is all of it.
///
/// - Every line ends with CRLF (RFC 5545 3.1).
/// - A line longer than 75 octets is folded: CRLF and one space, the space counting in the
///   next line's 75 octets. A fold never falls inside a UTF-8 character.
/// - TEXT values escape `\`, `;`, `,` and newlines (`\\`, `\;`, `\,`, `\n`); other control
///   characters (not allowed in TEXT) and bidirectional overrides are shown as `<U+001B>`,
///   as `TerminalSafe` shows them in every other output.
package enum ICalendar {
    /// The longest line, in octets, without its CRLF.
    package static let lineLimit = 75

    /// One property: `NAME;PARAM=VALUE:value`.
    package struct Property: Sendable, Hashable {
        package var name: String
        /// Parameters as written (`VALUE=DATE`); journal puts no text from notes in them.
        package var parameters: [String]
        /// The value in its own syntax (a TEXT value already escaped).
        package var value: String

        package init(_ name: String, parameters: [String] = [], value: String) {
            self.name = name
            self.parameters = parameters
            self.value = value
        }

        /// A TEXT property: `value` escaped.
        package static func text(_ name: String, _ value: String) -> Property {
            Property(name, value: ICalendar.escape(value))
        }

        /// A DATE property: `DTSTART;VALUE=DATE:20261123`.
        package static func date(_ name: String, _ day: CalendarDay) -> Property {
            Property(name, parameters: ["VALUE=DATE"], value: ICalendar.date(day))
        }

        /// A DATE-TIME property in UTC at midnight of `day`: `DTSTAMP:20261120T000000Z`.
        package static func midnightUTC(_ name: String, _ day: CalendarDay) -> Property {
            Property(name, value: ICalendar.date(day) + "T000000Z")
        }

        /// The content line, unfolded: `NAME;PARAM:value`.
        package var line: String {
            ([name] + parameters).joined(separator: ";") + ":" + value
        }
    }

    /// A component (`VCALENDAR`, `VEVENT`, `VTODO`) with its properties and subcomponents.
    package struct Component: Sendable, Hashable {
        package var name: String
        package var properties: [Property]
        package var components: [Component]

        package init(_ name: String, properties: [Property] = [], components: [Component] = []) {
            self.name = name
            self.properties = properties
            self.components = components
        }

        /// The component as iCalendar text: folded lines, each ending with CRLF.
        package var text: String {
            var out = ""
            write(to: &out)
            return out
        }

        private func write(to out: inout String) {
            out += "BEGIN:\(name)\r\n"
            for property in properties { out += ICalendar.fold(property.line) + "\r\n" }
            for component in components { component.write(to: &out) }
            out += "END:\(name)\r\n"
        }
    }

    /// `day` as a DATE value: `20261123`.
    package static func date(_ day: CalendarDay) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return pad(day.year, 4) + pad(day.month, 2) + pad(day.day, 2)
    }

    /// `text` as a TEXT value: `\` `;` `,` escaped with a backslash, every line end (CRLF,
    /// CR or LF) as `\n`, other controls and bidirectional overrides made visible.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if TerminalSafe.isControl(scalar) || TerminalSafe.isBidiControl(scalar) || TerminalSafe.isRawByte(scalar) {
                    out += TerminalSafe.visible(scalar)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `line` folded at `lineLimit` octets: pieces joined by CRLF and a space, each piece
    /// (with its leading space) at most 75 octets, never splitting a UTF-8 character.
    package static func fold(_ line: String) -> String {
        guard line.utf8.count > lineLimit else { return line }
        var out = ""
        var used = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > lineLimit {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out
    }
}
