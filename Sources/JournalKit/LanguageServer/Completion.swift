/// Completion items: front-matter keys; stage, outcome and kind values; company names as
/// already spelled in the journal; `#tags` in use; interviewer names of the note's company;
/// and, on a list item of the body, questions as worded in earlier notes (so that the
/// practice list merges them).
package enum Completion {
    /// The keys offered at the start of a front-matter line, in the order of docs/format.md.
    package static let keys = ["company", "role", "date", "stage", "round", "interviewers", "decision_by", "thank_you",
                              "follow_ups", "referees_notified", "outcome", "fit", "tags", "kind"]

    /// LSP CompletionItemKind values used.
    static let propertyKind = 10.0, valueKind = 12.0, textKind = 1.0, keywordKind = 14.0

    /// The items for `context` in `document` (whose entry, when read, is `entry`) of a journal of `entries`.
    /// The buffer's own text is left out of what it offers (a half-typed company is no company).
    package static func items(_ context: CursorContext, document: TextDocument, entry: Entry?, entries all: [Entry], today: CalendarDay) -> [JSONValue] {
        let entries = all.filter { $0.path != document.path }
        let word = context.word(in: document)
        if word.hasPrefix("#") {
            let tags = Set(entries.flatMap { entry in entry.tags + entry.questions.flatMap(\.tags) })
            return tags.sorted().map { item("#" + $0, kind: keywordKind, detail: "tag in use") }
        }
        switch context.place {
        case .key:
            return keys.map { item($0, kind: propertyKind, detail: "front-matter key", insert: $0 + ": ") }
        case .value(let key):
            return values(for: key, entry: entry, entries: entries, today: today)
        case .body:
            return isListItem(context.linePrefix) ? questions(entries: entries, excluding: document.path) : []
        }
    }

    static func values(for key: String, entry: Entry?, entries: [Entry], today: CalendarDay) -> [JSONValue] {
        switch FrontMatterDecoder.canonicalKey(key) ?? key {
        case "stage": return Stage.known.map { item($0, kind: valueKind, detail: "stage") }
        case "outcome": return Outcome.known.map { item($0, kind: valueKind, detail: "outcome") }
        case "kind": return EntryKind.allCases.map { item($0.rawValue, kind: valueKind, detail: "kind of note") }
        case "company": return CompanyLookup.companies(entries).map { item($0, kind: valueKind, detail: "company in the journal") }
        case "tags":
            let tags = Set(entries.flatMap(\.tags))
            return tags.sorted().map { item($0, kind: keywordKind, detail: "tag in use") }
        case "interviewers":
            guard let company = entry?.company?.value else { return [] }
            let key = TextKey.normalize(company)
            var seen: Set<String> = []
            var names: [(String, String?)] = []
            for other in entries where other.company.map({ TextKey.normalize($0.value) }) == key {
                for person in other.interviewers where seen.insert(person.name).inserted { names.append((person.name, person.title)) }
            }
            return names.sorted { $0.0 < $1.0 }.map { name, title in
                item(name, kind: valueKind, detail: title.map { "\($0) at \(company)" } ?? "at \(company)")
            }
        case "date", "decision_by", "thank_you", "follow_ups", "referees_notified":
            return [item(today.description, kind: valueKind, detail: "today")]
        default:
            return []
        }
    }

    /// One item per question of the other notes (merged as the practice list merges them),
    /// worded as first asked; most asked first.
    static func questions(entries: [Entry], excluding path: String) -> [JSONValue] {
        var order: [String] = []
        var found: [String: (text: String, count: Int, companies: [String])] = [:]
        for entry in entries where entry.path != path {
            for question in entry.questions {
                let key = QuestionKey.merge(question.text)
                if var known = found[key] {
                    known.count += 1
                    if !known.companies.contains(entry.companyName) { known.companies.append(entry.companyName) }
                    found[key] = known
                } else {
                    order.append(key)
                    found[key] = (question.text, 1, [entry.companyName])
                }
            }
        }
        let ranked = order.enumerated().sorted { a, b in
            let x = found[a.element]!.count, y = found[b.element]!.count
            return x != y ? x > y : a.offset < b.offset
        }
        return ranked.map { _, key in
            let known = found[key]!
            return item(known.text, kind: textKind, detail: "asked \(plural(known.count, "time")): \(known.companies.joined(separator: ", "))")
        }
    }

    /// Whether the line so far is a list item's start (`- `, `* `, `+ `, `1. `).
    static func isListItem(_ prefix: String) -> Bool {
        let trimmed = prefix.drop { $0 == " " || $0 == "\t" }
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.hasPrefix("+ ") { return true }
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && (trimmed.dropFirst(digits.count).hasPrefix(". ") || trimmed.dropFirst(digits.count).hasPrefix(") "))
    }

    static func item(_ label: String, kind: Double, detail: String, insert: String? = nil) -> JSONValue {
        var object: [String: JSONValue] = ["label": .string(label), "kind": .number(kind), "detail": .string(detail)]
        if let insert { object["insertText"] = .string(insert) }
        return .object(object)
    }
}
