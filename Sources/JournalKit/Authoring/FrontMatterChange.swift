/// One thing to record in a note's front-matter: a key to set, an item to add to a
/// list, or a field of one interviewer. `FrontMatterEditor` applies it.
package struct FrontMatterChange: Sendable, Hashable {
    /// A value to write: dates and whole numbers are written bare, text plain or quoted as the syntax needs.
    package enum Value: Sendable, Hashable {
        case date(CalendarDay)
        case text(String)
        case integer(Int)

        /// The value as written and read back.
        package var text: String {
            switch self {
            case .date(let day): day.description
            case .text(let text): text
            case .integer(let n): String(n)
            }
        }

        /// The value as the front-matter reads back (`FrontMatterNode.json`).
        var json: JSONValue {
            if case .integer(let n) = self { return .number(Double(n)) }
            return .string(text)
        }

        /// Whether an existing scalar says the same (the same day, or the same text ignoring case and spacing).
        func matches(_ written: String) -> Bool {
            switch self {
            case .date(let day): CalendarDay(dateOrDateTime: written.trimmingSpaces()) == day
            case .text(let text): text.trimmingSpaces().lowercased() == written.trimmingSpaces().lowercased()
            case .integer(let n): Int(written.trimmingSpaces()) == n
            }
        }
    }

    /// What an existing, different value of a key that is `set` means.
    package enum Policy: Sendable, Hashable {
        /// A done mark (`thank_you`): any value but false/no means it is already recorded.
        case keepDone
        /// A fact that may change (`outcome`, `decision_by`): replaced.
        case replace
        /// Text the user wrote (`feedback`): kept; the change is refused.
        case keepDifferent
    }

    package enum Operation: Sendable, Hashable {
        /// Sets the key to one value.
        case set(Value, Policy)
        /// Adds an item to the key's list, in the list's style (a single value becomes a flow list).
        case append(Value)
        /// Sets `field` of the interviewer `name` names (as `InterviewerMatch` finds it) in the key's list.
        case interviewer(name: String, field: String, value: Value)
    }

    /// The key written when the front-matter has none yet (`thank_you`).
    package var key: String
    /// Every spelling that means the key, after `FrontMatterDecoder.normalizeKey`
    /// (`thanked`, `thank_you_sent`); the key itself is always one.
    package var aliases: Set<String>
    package var operation: Operation

    package init(key: String, aliases: Set<String> = [], operation: Operation) {
        self.key = key
        self.aliases = aliases.union([FrontMatterDecoder.normalizeKey(key)])
        self.operation = operation
    }

    /// The spellings `journal` reads for a known key (`thank_you` → thanked, thank_you_sent…).
    package static func knownAliases(of key: String) -> Set<String> {
        let normalized = FrontMatterDecoder.normalizeKey(key)
        guard let field = FrontMatterDecoder.aliases[normalized] else { return [normalized] }
        return Set(FrontMatterDecoder.aliases.filter { $0.value == field }.map(\.key))
    }
}
