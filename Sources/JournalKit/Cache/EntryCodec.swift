/// Binary form of an `EntryReader.Result` for `.journal/cache/`.
///
/// Every stored property of `Entry` must be written here: `EntryCodecTests` round-trips
/// an entry with every field set and fails when one is lost. Bump `version` whenever the
/// layout changes.
enum EntryCodec {
    static let version = 2

    static func write(_ result: EntryReader.Result, to w: inout BinaryWriter) {
        w.optional(result.entry) { w, e in entry(e, &w) }
        w.array(result.diagnostics) { w, d in diagnostic(d, &w) }
    }

    static func read(_ r: inout BinaryReader) throws -> EntryReader.Result {
        let entry = try r.optional { try readEntry(&$0) }
        let diagnostics = try r.array { try readDiagnostic(&$0) }
        return EntryReader.Result(entry: entry, diagnostics: diagnostics)
    }

    // MARK: - Entry

    static func entry(_ e: Entry, _ w: inout BinaryWriter) {
        w.string(e.path)
        sourcedString(e.title, &w)
        w.optional(e.company) { w, v in sourcedString(v, &w) }
        w.optional(e.role) { $0.string($1) }
        w.optional(e.date) { w, v in w.int(v.value.dayNumber); w.string(v.source.rawValue) }
        w.optional(e.time) { $0.string($1) }
        w.optional(e.stage) { $0.string($1.name) }
        w.optional(e.round) { $0.int($1) }
        w.array(e.interviewers) { w, p in
            w.string(p.name)
            w.optional(p.title) { $0.string($1) }
            w.optional(p.email) { $0.string($1) }
            w.optional(p.linkedin) { $0.string($1) }
            w.bool(p.connected)
        }
        w.optional(e.decisionBy) { $0.int($1.dayNumber) }
        w.optional(e.thankYou) { w, v in doneMark(v, &w) }
        w.array(e.followUps) { $0.int($1.dayNumber) }
        w.optional(e.refereesNotified) { w, v in doneMark(v, &w) }
        w.optional(e.outcome) { $0.string($1.name) }
        w.optional(e.fit) { $0.int($1) }
        w.string(e.kind.rawValue)
        w.array(e.inferred.sorted { $0.key < $1.key }) { w, pair in w.string(pair.key); w.string(pair.value.rawValue) }
        w.array(e.tags) { $0.string($1) }
        w.array(e.extra.sorted { $0.key < $1.key }) { w, pair in w.string(pair.key); json(pair.value, &w) }
        w.array(e.questions) { w, q in
            w.string(q.text)
            w.array(q.notes) { $0.string($1) }
            w.array(q.difficultyNotes) { $0.string($1) }
            w.array(q.tags) { $0.string($1) }
            w.bool(q.difficult)
            w.optional(q.round) { $0.string($1) }
            w.int(q.location.line)
            w.int(q.location.column)
            w.array(q.why) { $0.string($1) }
        }
        items(e.askedThem, &w)
        w.array(e.nextSteps) { w, s in
            w.string(s.text)
            w.string(s.state.rawValue)
            w.optional(s.due) { $0.int($1.dayNumber) }
            w.int(s.location.line)
            w.int(s.location.column)
        }
        items(e.wentWell, &w)
        items(e.toImprove, &w)
        items(e.reflection, &w)
        items(e.feedback, &w)
        items(e.offer, &w)
        w.array(e.fieldLines.sorted { $0.key < $1.key }) { w, pair in w.string(pair.key); w.int(pair.value) }
    }

    static func readEntry(_ r: inout BinaryReader) throws -> Entry {
        let path = try r.string()
        var e = Entry(path: path, title: try readSourcedString(&r))
        e.company = try r.optional { try readSourcedString(&$0) }
        e.role = try r.optional { try $0.string() }
        e.date = try r.optional { r in
            let day = CalendarDay(dayNumber: try r.int())
            guard let source = Provenance(rawValue: try r.string()) else { throw BinaryReader.Corrupt() }
            return Sourced(day, from: source)
        }
        e.time = try r.optional { try $0.string() }
        e.stage = try r.optional { Stage(try $0.string()) }
        e.round = try r.optional { try $0.int() }
        e.interviewers = try r.array { r in
            var p = Interviewer(name: try r.string())
            p.title = try r.optional { try $0.string() }
            p.email = try r.optional { try $0.string() }
            p.linkedin = try r.optional { try $0.string() }
            p.connected = try r.bool()
            return p
        }
        e.decisionBy = try r.optional { CalendarDay(dayNumber: try $0.int()) }
        e.thankYou = try r.optional { try readDoneMark(&$0) }
        e.followUps = try r.array { CalendarDay(dayNumber: try $0.int()) }
        e.refereesNotified = try r.optional { try readDoneMark(&$0) }
        e.outcome = try r.optional { Outcome(try $0.string()) }
        e.fit = try r.optional { try $0.int() }
        guard let kind = EntryKind(rawValue: try r.string()) else { throw BinaryReader.Corrupt() }
        e.kind = kind
        for (key, value) in try r.array({ r in (try r.string(), try r.string()) }) {
            guard let source = Provenance(rawValue: value) else { throw BinaryReader.Corrupt() }
            e.inferred[key] = source
        }
        e.tags = try r.strings()
        for (key, value) in try r.array({ r in (try r.string(), try readJSON(&r, depth: 0)) }) { e.extra[key] = value }
        e.questions = try r.array { r in
            let text = try r.string()
            let notes = try r.array { try $0.string() }
            let difficultyNotes = try r.array { try $0.string() }
            let tags = try r.strings()
            let difficult = try r.bool()
            let round = try r.optional { try $0.string() }
            let location = SourceLocation(path: path, line: try r.int(), column: try r.int())
            let why = try r.strings()
            return Question(text: text, notes: notes, difficultyNotes: difficultyNotes, tags: tags, difficult: difficult, round: round,
                            location: location, why: why)
        }
        e.askedThem = try readItems(&r, path: path)
        e.nextSteps = try r.array { r in
            let text = try r.string()
            guard let state = NextStep.State(rawValue: try r.string()) else { throw BinaryReader.Corrupt() }
            let due = try r.optional { CalendarDay(dayNumber: try $0.int()) }
            return NextStep(text: text, state: state, due: due, location: SourceLocation(path: path, line: try r.int(), column: try r.int()))
        }
        e.wentWell = try readItems(&r, path: path)
        e.toImprove = try readItems(&r, path: path)
        e.reflection = try readItems(&r, path: path)
        e.feedback = try readItems(&r, path: path)
        e.offer = try readItems(&r, path: path)
        for (key, value) in try r.array({ r in (try r.string(), try r.int()) }) { e.fieldLines[key] = value }
        return e
    }

    // MARK: - Parts

    private static func sourcedString(_ v: Sourced<String>, _ w: inout BinaryWriter) {
        w.string(v.value)
        w.string(v.source.rawValue)
    }

    private static func readSourcedString(_ r: inout BinaryReader) throws -> Sourced<String> {
        let value = try r.string()
        guard let source = Provenance(rawValue: try r.string()) else { throw BinaryReader.Corrupt() }
        return Sourced(value, from: source)
    }

    private static func doneMark(_ v: DoneMark, _ w: inout BinaryWriter) {
        w.bool(v.done)
        w.optional(v.day) { $0.int($1.dayNumber) }
    }

    private static func readDoneMark(_ r: inout BinaryReader) throws -> DoneMark {
        DoneMark(done: try r.bool(), day: try r.optional { CalendarDay(dayNumber: try $0.int()) })
    }

    private static func items(_ items: [TextItem], _ w: inout BinaryWriter) {
        w.array(items) { w, item in
            w.string(item.text)
            w.int(item.location.line)
            w.int(item.location.column)
        }
    }

    private static func readItems(_ r: inout BinaryReader, path: String) throws -> [TextItem] {
        try r.array { r in TextItem(try r.string(), at: SourceLocation(path: path, line: try r.int(), column: try r.int())) }
    }

    private static func json(_ v: JSONValue, _ w: inout BinaryWriter) {
        switch v {
        case .null: w.int(0)
        case .bool(let b): w.int(1); w.bool(b)
        case .number(let n): w.int(2); w.uint64(n.bitPattern)
        case .string(let s): w.int(3); w.string(s)
        case .array(let a): w.int(4); w.array(a) { w, x in json(x, &w) }
        case .object(let o): w.int(5); w.array(o.sorted { $0.key < $1.key }) { w, pair in w.string(pair.key); json(pair.value, &w) }
        }
    }

    private static func readJSON(_ r: inout BinaryReader, depth: Int) throws -> JSONValue {
        guard depth < 128 else { throw BinaryReader.Corrupt() }
        switch try r.int() {
        case 0: return .null
        case 1: return .bool(try r.bool())
        case 2: return .number(Double(bitPattern: try r.uint64()))
        case 3: return .string(try r.string())
        case 4: return .array(try r.array { try readJSON(&$0, depth: depth + 1) })
        case 5:
            var o: [String: JSONValue] = [:]
            for (k, v) in try r.array({ r in (try r.string(), try readJSON(&r, depth: depth + 1)) }) { o[k] = v }
            return .object(o)
        default: throw BinaryReader.Corrupt()
        }
    }

    private static func diagnostic(_ d: Diagnostic, _ w: inout BinaryWriter) {
        w.string(d.severity.rawValue)
        w.int(d.location.line)
        w.int(d.location.column)
        w.string(d.message)
        w.optional(d.help) { $0.string($1) }
    }

    private static func readDiagnostic(_ r: inout BinaryReader) throws -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try r.string()) else { throw BinaryReader.Corrupt() }
        let line = try r.int(), column = try r.int()
        let message = try r.string()
        let help = try r.optional { try $0.string() }
        // The path is the entry's; set by the cache when it hands the result back.
        return Diagnostic(severity, SourceLocation(path: "", line: line, column: column), message, help: help)
    }
}
