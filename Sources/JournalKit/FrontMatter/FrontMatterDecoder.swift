/// Interprets front-matter nodes: known keys and aliases, dates as calendar days,
/// types checked with a diagnostic pointing at the value.
package struct FrontMatterDecoder {
    /// The keys `journal` knows. Decoding switches on these rather than on key strings,
    /// which compare one by one.
    enum Field: Int, CaseIterable {
        case title, company, role, date, stage, round, interviewers, decisionBy, thankYou, followUps, refereesNotified, outcome, fit, tags, kind

        /// The canonical key, as in `fieldLines` and messages.
        var name: String {
            switch self {
            case .title: "title"
            case .company: "company"
            case .role: "role"
            case .date: "date"
            case .stage: "stage"
            case .round: "round"
            case .interviewers: "interviewers"
            case .decisionBy: "decision_by"
            case .thankYou: "thank_you"
            case .followUps: "follow_ups"
            case .refereesNotified: "referees_notified"
            case .outcome: "outcome"
            case .fit: "fit"
            case .tags: "tags"
            case .kind: "kind"
            }
        }

        /// The field's bit in a set of fields.
        var bit: UInt32 { 1 << UInt32(rawValue) }
    }

    /// The field for every accepted spelling (after `normalizeKey`).
    static let aliases: [String: Field] = {
        let table: [Field: [String]] = [
            .title: ["title"],
            .company: ["company", "employer", "organization", "organisation"],
            .role: ["role", "position", "job"],
            .date: ["date", "interview_date"],
            .stage: ["stage", "round_type", "type"],
            .round: ["round"],
            .interviewers: ["interviewers", "interviewer", "panel"],
            .decisionBy: ["decision_by", "decision_date", "hear_back_by"],
            .thankYou: ["thank_you", "thank_you_sent", "thanked"],
            .followUps: ["follow_ups", "followups", "followed_up"],
            .refereesNotified: ["referees_notified", "references_notified"],
            .outcome: ["outcome", "status", "result"],
            .fit: ["fit"],
            .tags: ["tags", "keywords"],
            .kind: ["kind", "entry_kind", "note_kind"],
        ]
        var map: [String: Field] = [:]
        for (field, names) in table { for name in names { map[name] = field } }
        return map
    }()

    /// Lowercases and treats `-`, `_` and space alike.
    static func normalizeKey(_ key: String) -> String {
        var copy = key
        if let ascii = copy.withUTF8({ normalizeASCIIKey($0, unchanged: key) }) { return ascii }
        var out = ""
        out.reserveCapacity(key.utf8.count)
        for scalar in key.trimmingSpaces().lowercased().unicodeScalars {
            out.unicodeScalars.append(scalar == "-" || scalar == " " ? "_" : scalar)
        }
        return out
    }

    /// `normalizeKey` for an ASCII key (nearly all of them), nil for any other: `unchanged`
    /// when it is already normal (`company`, `decision_by`), else one string written directly.
    private static func normalizeASCIIKey(_ bytes: UnsafeBufferPointer<UInt8>, unchanged: String) -> String? {
        func isSpace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }
        var start = 0, end = bytes.count
        while start < end, isSpace(bytes[start]) { start += 1 }
        while end > start, isSpace(bytes[end - 1]) { end -= 1 }
        var same = start == 0 && end == bytes.count
        for b in bytes {
            if b >= 0x80 { return nil }
            if (b >= 65 && b <= 90) || b == UInt8(ascii: "-") || b == 32 { same = false }
        }
        if same { return unchanged }
        return String(unsafeUninitializedCapacity: end - start) { out in
            for i in start..<end {
                let b = bytes[i]
                out[i - start] = b >= 65 && b <= 90 ? b + 32 : b == UInt8(ascii: "-") || b == 32 ? UInt8(ascii: "_") : b
            }
            return end - start
        }
    }

    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    mutating func report(_ severity: Diagnostic.Severity, _ node: FrontMatterNode, _ message: String, help: String) {
        diagnostics.append(Diagnostic(severity, SourceLocation(path: path, line: node.line, column: node.column), message, help: help))
    }

    /// Decodes a front-matter root node (a mapping is expected).
    mutating func decode(_ root: FrontMatterNode) -> FrontMatter {
        var fm = FrontMatter()
        guard case .map(let pairs) = root.value else {
            report(.error, root, "the front-matter must be a mapping of `key: value` lines, but it is \(root.kindName); nothing in it was read", help: FormatDoc.frontMatter)
            return fm
        }
        // One allocation; `reserveCapacity` is not specialised and looks up type metadata.
        fm.fieldLines = Dictionary(minimumCapacity: pairs.count)
        var seen: UInt32 = 0
        for pair in pairs {
            let normalized = FrontMatterDecoder.normalizeKey(pair.key)
            guard let field = FrontMatterDecoder.aliases[normalized] else {
                fm.extra[pair.key] = pair.value.json
                if let suggestion = FrontMatterDecoder.suggestion(for: normalized) {
                    diagnostics.append(Diagnostic(.warning, SourceLocation(path: path, line: pair.keyLine, column: pair.keyColumn),
                                                  "unknown key '\(pair.key)' is kept as it is; did you mean '\(suggestion)'?", help: FormatDoc.keys))
                }
                continue
            }
            let key = field.name
            if seen & field.bit != 0, let earlier = fm.fieldLines[key] {
                diagnostics.append(Diagnostic(.warning, SourceLocation(path: path, line: pair.keyLine, column: pair.keyColumn),
                                              "'\(pair.key)' gives '\(key)' again (first on line \(earlier)); this later value is used", help: FormatDoc.keys))
            }
            seen |= field.bit
            fm.fieldLines[key] = pair.keyLine
            let value = pair.value
            if value.isNull, field != .thankYou, field != .refereesNotified { continue }
            switch field {
            case .title: fm.title = text(value, key: pair.key)
            case .company: fm.company = text(value, key: pair.key)
            case .role: fm.role = text(value, key: pair.key)
            case .date:
                if let (day, time) = dateTime(value, key: pair.key) { fm.date = day; fm.time = time }
            case .decisionBy: fm.decisionBy = dateTime(value, key: pair.key)?.0
            case .stage:
                if let s = text(value, key: pair.key) {
                    let stage = Stage(s)
                    if !stage.isKnown {
                        report(.warning, value, "'\(s)' is not a stage journal knows; it is kept as written but has no place in the funnel. Known stages: \(Stage.known.joined(separator: ", "))", help: FormatDoc.stages)
                    }
                    fm.stage = stage
                }
            case .outcome:
                if let s = text(value, key: pair.key) {
                    let outcome = Outcome(s)
                    if !outcome.isKnown {
                        report(.warning, value, "'\(s)' is not an outcome journal knows; it is kept as written and treated as pending. Known outcomes: \(Outcome.known.joined(separator: ", "))", help: FormatDoc.stages)
                    }
                    fm.outcome = outcome
                }
            case .round: fm.round = integer(value, key: pair.key, range: 1...99, what: "a round number such as 1, 2 or 3")
            case .fit: fm.fit = integer(value, key: pair.key, range: 1...5, what: "a whole number from 1 (poor fit) to 5 (great fit)")
            case .thankYou: fm.thankYou = doneMark(value, key: pair.key)
            case .refereesNotified: fm.refereesNotified = doneMark(value, key: pair.key)
            case .followUps: fm.followUps = dates(value, key: pair.key)
            case .tags: fm.tags = tags(value, key: pair.key)
            case .interviewers: fm.interviewers = interviewers(value, key: pair.key)
            case .kind:
                if let s = text(value, key: pair.key) {
                    if let kind = EntryKind(stated: s) { fm.kind = kind }
                    else {
                        report(.warning, value, "'\(s)' is not a kind of note journal knows; write `interview`, `question-bank` or `template` (the kind is inferred meanwhile)", help: FormatDoc.kind)
                    }
                }
            }
        }
        return fm
    }

    /// The canonical name of a known key or alias (`interview_date` -> `date`), nil for an unknown key.
    static func canonicalKey(_ key: String) -> String? {
        aliases[normalizeKey(key)]?.name
    }

    /// The known key closest to an unknown one, when it looks like a typo.
    static func suggestion(for key: String) -> String? {
        guard key.count >= 4 else { return nil }
        return EditDistance.closest(to: key, among: aliases.keys.sorted())
    }
}
