/// The kinds of value a front-matter key holds (text, dates, lists, people...), each read
/// with its located diagnostic.
extension FrontMatterDecoder {
    mutating func text(_ node: FrontMatterNode, key: String) -> String? {
        guard let s = node.scalar else {
            report(.error, node, "'\(key)' should be text, but it is \(node.kindName)", help: FormatDoc.keys)
            return nil
        }
        let t = s.trimmingSpaces()
        return t.isEmpty ? nil : t
    }

    mutating func dateTime(_ node: FrontMatterNode, key: String) -> (CalendarDay, String?)? {
        guard let s = node.scalar?.trimmingSpaces() else {
            report(.error, node, "'\(key)' should be a date like 2026-11-18, but it is \(node.kindName)", help: FormatDoc.dates)
            return nil
        }
        if let day = CalendarDay(dateOrDateTime: s) {
            // The ten bytes of the day are ten characters: anything after them is a time.
            let time = s.utf8.count > 10 ? String(s.dropFirst(11)).trimmingSpaces() : nil
            return (day, time?.isEmpty == true ? nil : time)
        }
        report(.error, node, FrontMatterDecoder.dateProblem(s, key: key), help: FormatDoc.dates)
        return nil
    }

    /// Explains why `text` is not a date, and what a valid one looks like.
    static func dateProblem(_ text: String, key: String) -> String {
        // "10000-01-01", "0226-11-18" is four digits but "226-11-18" is not.
        let year = text.prefix { $0 != "-" }
        if !year.isEmpty, year.allSatisfy({ $0.isASCII && $0.isNumber }), year.count != 4, text.dropFirst(year.count).hasPrefix("-") {
            return "'\(key)' is '\(text)', which is not a date journal can read: the year must have four digits. Write the date as YYYY-MM-DD, e.g. 2026-11-18"
        }
        if text.utf8.count > 11, CalendarDay(iso: text.prefix(10)) != nil {
            let time = String(text.dropFirst(11))
            return "'\(key)' is '\(text)', but \(time) is not a time of day journal can read (HH:MM or HH:MM:SS, hours 00–23, minutes and seconds 00–59, then Z or an offset like +01:00); fix the time or leave it out"
        }
        let parts = text.prefix(10).split(separator: "-")
        if parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) {
            if !(1...12).contains(m) {
                return "'\(key)' is '\(text)', which is not a real date: there is no month \(m). Write the date as YYYY-MM-DD, e.g. 2026-11-18"
            }
            if parts[0].count == 4, d >= 1, d <= 31, (parts[1].count != 2 || parts[2].count != 2) {
                let fixed = CalendarDay(year: y, month: m, day: d).map(\.description) ?? "YYYY-MM-DD"
                return "'\(key)' is '\(text)'; write the month and day with two digits: \(fixed)"
            }
            return "'\(key)' is '\(text)', which is not a real date: month \(m) of \(y) has \(CalendarDay.daysIn(month: m, year: y)) days. Write the date as YYYY-MM-DD, e.g. 2026-11-18"
        }
        return "'\(key)' is '\(text)', which is not a date journal can read; write it as YYYY-MM-DD, e.g. 2026-11-18"
    }

    mutating func integer(_ node: FrontMatterNode, key: String, range: ClosedRange<Int>, what: String) -> Int? {
        guard let s = node.scalar?.trimmingSpaces(), let n = Int(s) else {
            report(.error, node, "'\(key)' should be \(what), but it is \(node.scalar.map { "'\($0)'" } ?? node.kindName)", help: FormatDoc.keys)
            return nil
        }
        guard range.contains(n) else {
            report(.error, node, "'\(key)' is \(n), but it should be \(what)", help: FormatDoc.keys)
            return nil
        }
        return n
    }

    mutating func doneMark(_ node: FrontMatterNode, key: String) -> DoneMark? {
        if node.isNull { return DoneMark(done: false) }
        if let s = node.scalar?.trimmingSpaces() {
            switch s.lowercased() {
            case "true", "yes", "y", "sent", "done": return DoneMark(done: true)
            case "false", "no", "n", "not yet": return DoneMark(done: false)
            default: break
            }
        }
        guard let (day, _) = dateTime(node, key: key) else { return nil }
        return DoneMark(done: true, day: day)
    }

    mutating func dates(_ node: FrontMatterNode, key: String) -> [CalendarDay] {
        switch node.value {
        case .scalar:
            return dateTime(node, key: key).map { [$0.0] } ?? []
        case .list(let items):
            return items.compactMap { $0.isNull ? nil : dateTime($0, key: key)?.0 }.sorted()
        case .map:
            report(.error, node, "'\(key)' should be a date or a list of dates, but it is a mapping", help: FormatDoc.dates)
            return []
        }
    }

    mutating func tags(_ node: FrontMatterNode, key: String) -> [String] {
        var out: [String] = []
        switch node.value {
        case .scalar(let s, _):
            out = s.split(whereSeparator: { $0 == "," || $0 == " " }).compactMap { TagName.normalize(String($0)) }
        case .list(let items):
            out.reserveCapacity(items.count)
            for item in items {
                if let s = item.scalar {
                    if let tag = TagName.normalize(s) { out.append(tag) }
                } else {
                    report(.error, item, "each of '\(key)' should be a word, but this one is \(item.kindName)", help: FormatDoc.keys)
                }
            }
        case .map:
            report(.error, node, "'\(key)' should be a list or comma-separated words, but it is a mapping", help: FormatDoc.keys)
        }
        return out
    }

    mutating func interviewers(_ node: FrontMatterNode, key: String) -> [Interviewer] {
        switch node.value {
        case .scalar(let s, _):
            return FrontMatterDecoder.splitPeople(s).compactMap(FrontMatterDecoder.person)
        case .list(let items):
            var people: [Interviewer] = []
            people.reserveCapacity(items.count)
            for item in items {
                if let person = interviewer(item, key: key) { people.append(person) }
            }
            return people
        case .map:
            return interviewer(node, key: key).map { [$0] } ?? []
        }
    }

    private mutating func interviewer(_ node: FrontMatterNode, key: String) -> Interviewer? {
        switch node.value {
        case .scalar(let s, _):
            return FrontMatterDecoder.person(s)
        case .list:
            report(.error, node, "each of '\(key)' should be \"Name (Title)\" or a mapping with name, title, email, linkedin, connected; this one is a list", help: FormatDoc.interviewers)
            return nil
        case .map(let pairs):
            var person = Interviewer(name: "")
            for pair in pairs {
                let field = FrontMatterDecoder.normalizeKey(pair.key)
                let value = pair.value
                switch field {
                case "name": person.name = text(value, key: "name") ?? ""
                case "title", "role", "position": person.title = text(value, key: pair.key)
                case "email", "mail": person.email = text(value, key: pair.key)
                case "linkedin", "linked_in", "url": person.linkedin = text(value, key: pair.key)
                case "connected":
                    switch value.scalar?.lowercased() {
                    case "true", "yes", "y": person.connected = true
                    case "false", "no", "n", "", nil: person.connected = false
                    default:
                        person.connected = CalendarDay(dateOrDateTime: value.scalar ?? "") != nil
                        if !person.connected {
                            report(.error, value, "'connected' should be true, false or the date you connected", help: FormatDoc.interviewers)
                        }
                    }
                default:
                    diagnostics.append(Diagnostic(.warning, SourceLocation(path: path, line: pair.keyLine, column: pair.keyColumn),
                                                  "an interviewer has name, title, email, linkedin and connected; '\(pair.key)' is ignored", help: FormatDoc.interviewers))
                }
            }
            guard !person.name.isEmpty else {
                report(.error, node, "an interviewer needs a 'name'", help: FormatDoc.interviewers)
                return nil
            }
            return person
        }
    }
}
