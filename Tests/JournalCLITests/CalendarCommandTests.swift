import Foundation
import Testing

/// `journal due --format ics` and `report --format ics`, run as a user would: the whole
/// calendar against a golden, parsed by Python's `icalendar` (the counts are those of
/// `due --format json`), UIDs stable across runs, days and moved due dates, and the
/// calendar imported into khal (events) and todoman (tasks) with their own temporary
/// configuration.
@Suite struct CalendarCommandTests {
    static let today = "2026-11-23"
    static let fixture = DueCommandTests.fixture

    // MARK: - Parsing with icalendar

    /// What `Scripts/ics_parse.py` reads in a calendar.
    struct Parsed: Decodable {
        struct Day: Decodable, Equatable { var type: String; var value: String }
        struct Item: Decodable {
            var component: String
            var uid: String
            var status: String
            var summary: String
            var description: String
            var transp: String
            var start: Day?
            var end: Day?
            var due: Day?
            var stamp: Day?
            var completed: Day?
        }
        var version: String
        var prodid: String
        var calscale: String
        var name: String
        var items: [Item]
    }

    /// Whether Python has `icalendar` (pip install icalendar; `.ci/run` installs it).
    static let hasICalendar: Bool = {
        guard let python = ExternalTool.python else { return false }
        return (try? ExternalTool.run(python, ["-c", "import icalendar"]).status) == 0
    }()

    static let icalendarMissing: Comment = "the Python package icalendar is not installed (pip install icalendar)"

    /// Parses `text` with `icalendar`.
    static func parse(_ text: String) throws -> Parsed {
        let dir = try TemporaryDirectory()
        try dir.write("calendar.ics", text)
        let python = try #require(ExternalTool.python)
        let result = try ExternalTool.run(python, [ExternalTool.scripts.appendingPathComponent("ics_parse.py").path, dir.path + "/calendar.ics"])
        #expect(result.status == 0, "ics_parse.py: \(result.stderr)")
        return try JSONDecoder().decode(Parsed.self, from: Data(result.stdout.utf8))
    }

    /// `journal ARGS` with success expected; its standard output.
    static func journal(_ arguments: [String]) throws -> String {
        let result = try JournalRunner.run(arguments)
        #expect(result.status == 0, "journal \(arguments.joined(separator: " ")): \(result.stderr)")
        #expect(result.stderr == "")
        return result.stdout
    }

    /// How many actions and upcoming rounds `due --format json` lists.
    static func dueCount(_ journal: String, _ extra: [String] = []) throws -> Int {
        struct Due: Decodable { var actions: [JSONAny]; var upcoming: [JSONAny] }
        struct JSONAny: Decodable { init(from decoder: Decoder) throws {} }
        let json = try Self.journal(["due", "-C", journal, "--today", today, "--format", "json"] + extra)
        let due = try JSONDecoder().decode(Due.self, from: Data(json.utf8))
        return due.actions.count + due.upcoming.count
    }

    /// A copy of `journal-example/` in a temporary folder.
    static func copy(_ source: String) throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        for name in try FileManager.default.subpathsOfDirectory(atPath: source) {
            let from = (source as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: from, isDirectory: &isDirectory)
            let target = (folder.path as NSString).appendingPathComponent(name)
            if isDirectory.boolValue { try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true) }
            else { try FileManager.default.copyItem(atPath: from, toPath: target) }
        }
        return folder
    }

    // MARK: - Goldens and syntax

    @Test func exampleEventsGolden() throws {
        let ics = try Self.journal(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--format", "ics"])
        try Golden.check(ics, "due-example.ics")
    }

    @Test func fixtureTodosWithFinishedItemsGolden() throws {
        let ics = try Self.journal(["due", "-C", Self.fixture, "--today", Self.today, "--ics", "todo", "--include-done"])
        try Golden.check(ics, "due-fixture-todo-done.ics")
    }

    /// Every line ends with CRLF and is at most 75 octets; the calendar's own properties are there.
    @Test(arguments: [["--format", "ics"], ["--ics", "todo", "--include-done"]])
    func linesAreCRLFAndFolded(options: [String]) throws {
        for journal in [JournalRunner.exampleJournal, Self.fixture, HTMLReportCommandTests.hostileJournal] {
            let result = try JournalRunner.run(["due", "-C", journal, "--today", Self.today, "--within", "60"] + options)
            #expect(result.status == 0, "\(result.stderr)")
            let bytes = Array(result.stdout.utf8)
            #expect(bytes.suffix(2) == [13, 10])
            var lines = 0
            for line in bytes.split(separator: 10) {
                lines += 1
                #expect(line.last == 13, "a line without CR in \(journal)")
                #expect(line.count - 1 <= 75, "a line of \(line.count - 1) octets in \(journal)")
                #expect(String(validating: line, as: UTF8.self) != nil, "a fold split a UTF-8 character in \(journal)")
            }
            #expect(lines > 8)
            let text = result.stdout
            for property in ["BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "PRODID:-//journal//journal due//EN\r\n", "CALSCALE:GREGORIAN\r\n",
                             "X-WR-CALNAME:Job search (journal)\r\n", "END:VCALENDAR\r\n"] {
                #expect(text.contains(property), "\(property) missing")
            }
        }
    }

    // MARK: - icalendar

    @Test(.enabled(if: hasICalendar || ExternalTool.inCI, icalendarMissing),
          arguments: [JournalRunner.exampleJournal, DueCommandTests.fixture])
    func eventsParseWithOneEventPerActionAndRound(journal: String) throws {
        let calendar = try Self.parse(try Self.journal(["due", "-C", journal, "--today", Self.today, "--format", "ics"]))
        #expect(calendar.version == "2.0")
        #expect(calendar.calscale == "GREGORIAN")
        #expect(calendar.name == "Job search (journal)")
        #expect(calendar.items.count == (try Self.dueCount(journal)))
        #expect(calendar.items.count > 5)
        #expect(Set(calendar.items.map(\.uid)).count == calendar.items.count)
        for item in calendar.items {
            #expect(item.component == "VEVENT")
            #expect(item.uid.hasSuffix("@journal") && item.uid.count == 16 + 8)
            #expect(item.start?.type == "date")
            #expect(item.end?.type == "date")
            #expect(item.transp == "TRANSPARENT")
            #expect(item.status == "CONFIRMED")
            #expect(item.stamp?.type == "date-time")
            #expect(item.due == nil)
        }
    }

    @Test(.enabled(if: hasICalendar || ExternalTool.inCI, icalendarMissing),
          arguments: [JournalRunner.exampleJournal, DueCommandTests.fixture])
    func todosParseWithOneTaskPerActionAndRound(journal: String) throws {
        let calendar = try Self.parse(try Self.journal(["due", "-C", journal, "--today", Self.today, "--format", "ics", "--ics", "todo"]))
        #expect(calendar.items.count == (try Self.dueCount(journal)))
        for item in calendar.items {
            #expect(item.component == "VTODO")
            #expect(item.due?.type == "date")
            #expect(item.status == "NEEDS-ACTION")
            #expect(item.start == nil)
        }
        // The same items as the events, under the same UIDs.
        let events = try Self.parse(try Self.journal(["due", "-C", journal, "--today", Self.today, "--format", "ics"]))
        #expect(events.items.map(\.uid) == calendar.items.map(\.uid))
        #expect(events.items.map { $0.start?.value } == calendar.items.map { $0.due?.value })
    }

    /// The fixture's upcoming final round is an event of its own; `--within` widens both lists alike.
    @Test(.enabled(if: hasICalendar || ExternalTool.inCI, icalendarMissing))
    func upcomingRoundsAndWithinCount() throws {
        let calendar = try Self.parse(try Self.journal(["due", "-C", Self.fixture, "--today", Self.today, "--format", "ics", "--within", "30"]))
        #expect(calendar.items.count == (try Self.dueCount(Self.fixture, ["--within", "30"])))
        let round = try #require(calendar.items.first { $0.summary == "Wayne Enterprises: Final round" })
        #expect(round.start == Parsed.Day(type: "date", value: "2026-11-27"))
        #expect(round.end == Parsed.Day(type: "date", value: "2026-11-28"))
    }

    @Test(.enabled(if: hasICalendar || ExternalTool.inCI, icalendarMissing))
    func reportWritesItsActionsInTheSameForm() throws {
        let report = try Self.parse(try Self.journal(["report", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--format", "ics"]))
        let due = try Self.parse(try Self.journal(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--format", "ics"]))
        #expect(report.items.map(\.uid) == due.items.map(\.uid))
        #expect(report.items.map(\.summary) == due.items.map(\.summary))
    }

    // MARK: - Stable UIDs

    /// Two runs give the same bytes; a day later the items that are still there keep
    /// their UID and DTSTAMP.
    @Test func sameBytesEveryRunAndStableFromDayToDay() throws {
        let args = ["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--format", "ics"]
        let first = try Self.journal(args), second = try Self.journal(args)
        #expect(first == second)
        // All-day items and DTSTAMPs in UTC: the time zone changes nothing.
        let east = try JournalRunner.run(args, environment: ["TZ": "Pacific/Kiritimati"])
        let west = try JournalRunner.run(args, environment: ["TZ": "America/Adak"])
        #expect(east.stdout == first && west.stdout == first)
        let nextDay = try Self.journal(["due", "-C", JournalRunner.exampleJournal, "--today", "2026-11-24", "--format", "ics"])
        func stamps(_ text: String) -> [String: String] {
            var out: [String: String] = [:]
            var uid = ""
            for line in text.components(separatedBy: "\r\n") {
                if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
                if line.hasPrefix("DTSTAMP:") { out[uid] = String(line.dropFirst(8)) }
            }
            return out
        }
        let a = stamps(first), b = stamps(nextDay)
        #expect(a.count > 10)
        let shared = Set(a.keys).intersection(b.keys)
        #expect(shared.count >= a.count - 3, "most items of Mon are still there on Tue under the same UID")
        for uid in shared { #expect(a[uid] == b[uid]) }
    }

    /// A decision date moved in the notes moves the follow-up: same UIDs, the follow-up on its new day.
    @Test(.enabled(if: hasICalendar || ExternalTool.inCI, icalendarMissing))
    func movedDueDateKeepsTheUID() throws {
        let folder = try Self.copy(JournalRunner.exampleJournal)
        let note = "acme/2026-11-18-acme-onsite.md"
        let args = ["due", "-C", folder.path, "--today", Self.today, "--format", "ics", "--within", "14"]
        let before = try Self.parse(try Self.journal(args))
        let text = try folder.read(note)
        #expect(text.contains("decision_by: 2026-11-25"))
        try folder.write(note, text.replacingOccurrences(of: "decision_by: 2026-11-25", with: "decision_by: 2026-12-01"))
        let after = try Self.parse(try Self.journal(args))
        #expect(Set(before.items.map(\.uid)) == Set(after.items.map(\.uid)))
        let old = try #require(before.items.first { $0.summary == "Acme Corp: Follow up" })
        let new = try #require(after.items.first { $0.uid == old.uid })
        #expect(old.start?.value == "2026-11-26")
        #expect(new.start?.value == "2026-12-02")
        #expect(new.summary == "Acme Corp: Follow up")
    }

    /// Recording the thank-you note (as `journal log` does) turns the open item into a
    /// completed one under the same UID, with --include-done.
    @Test(.enabled(if: hasICalendar || ExternalTool.inCI, icalendarMissing))
    func aRecordedThankYouCompletesTheSameItem() throws {
        let folder = try Self.copy(JournalRunner.exampleJournal)
        let args = ["due", "-C", folder.path, "--today", Self.today, "--ics", "todo", "--include-done"]
        let before = try Self.parse(try Self.journal(args))
        let open = try #require(before.items.first { $0.summary == "Pied Piper: Send a thank-you note" })
        #expect(open.status == "NEEDS-ACTION")
        let log = try JournalRunner.run(["log", "pied", "thank-you", "--on", Self.today, "--today", Self.today, "-C", folder.path], cwd: folder.path)
        #expect(log.status == 0, "\(log.stderr)")
        let after = try Self.parse(try Self.journal(args))
        let done = try #require(after.items.first { $0.uid == open.uid })
        #expect(done.status == "COMPLETED")
        #expect(done.completed?.value == "2026-11-23T00:00:00+00:00")
        #expect(done.due?.value == "2026-11-23")
        // Recording it is news: the note's DTSTAMP moves to the day recorded.
        #expect(done.stamp?.value == "2026-11-23T00:00:00+00:00")
        #expect(open.stamp?.value == "2026-11-20T00:00:00+00:00")
    }

    // MARK: - --include-done

    /// journal-example on 2026-11-23: 15 open items, 28 finished (8 rounds that took place,
    /// 7 thank-you notes, 5 decision dates known, 6 ticked steps, Umbrella's follow-up,
    /// Globex's feedback asked), 1 cancelled (Globex's follow-up: it was rejected).
    @Test(.enabled(if: hasICalendar || ExternalTool.inCI, icalendarMissing))
    func includeDoneCounts() throws {
        let todos = try Self.parse(try Self.journal(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--ics", "todo", "--include-done"]))
        func count(_ status: String) -> Int { todos.items.filter { $0.status == status }.count }
        #expect(count("NEEDS-ACTION") == (try Self.dueCount(JournalRunner.exampleJournal)))
        #expect(count("NEEDS-ACTION") == 15)
        #expect(count("COMPLETED") == 28)
        #expect(count("CANCELLED") == 1)
        #expect(todos.items.count == 44)
        #expect(Set(todos.items.map(\.uid)).count == 44)
        for item in todos.items where item.status == "COMPLETED" { #expect(item.completed?.type == "date-time") }

        // As events: the same items; done ones say so, cancelled ones are CANCELLED.
        let events = try Self.parse(try Self.journal(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--include-done"]))
        #expect(events.items.map(\.uid) == todos.items.map(\.uid))
        #expect(events.items.filter { $0.status == "CANCELLED" }.count == 1)
        #expect(events.items.filter { $0.summary.hasPrefix("Done: ") }.count == 28 - 8)
        let cancelled = try #require(events.items.first { $0.status == "CANCELLED" })
        #expect(cancelled.summary == "Globex: Follow up")

        // The company filter applies to finished items too.
        let globex = try Self.parse(try Self.journal(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--include-done", "--company", "globex"]))
        #expect(globex.items.allSatisfy { $0.summary.hasPrefix("Globex: ") || $0.summary.hasPrefix("Done: Globex: ") })
        #expect(globex.items.count == 6)
    }

    // MARK: - Choosing the format

    @Test func outputFileExtensionAndConfigurationChooseICS() throws {
        let folder = try Self.copy(JournalRunner.exampleJournal)
        let expected = try Self.journal(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--format", "ics"])
        let out = try TemporaryDirectory()
        let file = out.path + "/job-search.ics"
        #expect(try Self.journal(["due", "-C", folder.path, "--today", Self.today, "-o", file]) == "")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == expected)

        try folder.write(".journal/config.yml", "formats:\n  due: ics\n")
        #expect(try Self.journal(["due", "-C", folder.path, "--today", Self.today]) == expected)
        // --ics alone implies --format ics.
        let todo = try Self.journal(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--ics", "todo"])
        #expect(todo.contains("BEGIN:VTODO\r\n") && !todo.contains("BEGIN:VEVENT"))
    }

    @Test func calendarOptionsWithAnotherFormatAreUsageErrors() throws {
        let json = try JournalRunner.run(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--format", "json", "--ics", "todo"])
        #expect(json.status == 2)
        #expect(json.stderr.contains("Error: --ics is for the calendar; use it with --format ics (or without --format), not --format json."))
        let file = try JournalRunner.run(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--include-done", "-o", "/tmp/due.json"])
        #expect(file.status == 2)
        #expect(file.stderr == "Error: --include-done writes a calendar, but -o /tmp/due.json names a json file; name it .ics.\n")
        let open = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--open", "--ics", "event"])
        #expect(open.status == 2)
        #expect(open.stderr.contains("Error: --open shows the HTML report; --ics and --include-done write a calendar."))
    }

    // MARK: - khal and todoman

    static let khal = ExternalTool.find(["khal"])
    static let todoman = ExternalTool.find(["todoman"])

    /// khal imports the events into a calendar folder of its own (config, database and
    /// HOME in a temporary folder) and lists them on their days; importing again after a
    /// date moved updates the event instead of adding one.
    @Test(.enabled(if: khal != nil || ExternalTool.inCI, "khal is not installed (apt-get install khal)"))
    func khalImportsTheEvents() throws {
        let khal = try #require(Self.khal)
        let home = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: home.path + "/calendar", withIntermediateDirectories: true)
        try home.write("khal.conf", """
            [calendars]
            [[journal]]
            path = \(home.path)/calendar/
            type = calendar
            [locale]
            timeformat = %H:%M
            dateformat = %Y-%m-%d
            longdateformat = %Y-%m-%d
            datetimeformat = %Y-%m-%d %H:%M
            longdatetimeformat = %Y-%m-%d %H:%M
            [default]
            default_calendar = journal
            [sqlite]
            path = \(home.path)/khal.db

            """)
        let environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.path, "XDG_DATA_HOME": home.path, "XDG_CACHE_HOME": home.path,
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"]
        func run(_ arguments: [String]) throws -> JournalRunner.Output {
            let result = try JournalRunner.runProcess(khal, ["-c", home.path + "/khal.conf"] + arguments, environment: environment, timeout: 120)
            #expect(result.status == 0, "khal \(arguments.joined(separator: " ")): \(result.stderr)")
            return result
        }
        let folder = try Self.copy(JournalRunner.exampleJournal)
        let file = home.path + "/due.ics"
        _ = try Self.journal(["due", "-C", folder.path, "--today", Self.today, "-o", file])
        _ = try run(["import", "--batch", "-a", "journal", file])
        let listing = try run(["list", "--format", "{start-date} {title}", "--day-format", "", "2026-11-01", "2026-12-31"])
        let events = listing.stdout.split(separator: "\n").filter { !$0.isEmpty }
        #expect(events.count == (try Self.dueCount(folder.path)))
        #expect(events.contains("2026-11-26 Acme Corp: Follow up"))
        #expect(events.contains("2026-11-23 Pied Piper: Send a thank-you note"))

        let note = "acme/2026-11-18-acme-onsite.md"
        try folder.write(note, try folder.read(note).replacingOccurrences(of: "decision_by: 2026-11-25", with: "decision_by: 2026-12-01"))
        _ = try Self.journal(["due", "-C", folder.path, "--today", Self.today, "--within", "14", "-o", file])
        _ = try run(["import", "--batch", "-a", "journal", file])
        let again = try run(["list", "--format", "{start-date} {title}", "--day-format", "", "2026-11-01", "2026-12-31"])
        let moved = again.stdout.split(separator: "\n").filter { !$0.isEmpty }
        #expect(moved.count == events.count)
        #expect(moved.contains("2026-12-02 Acme Corp: Follow up"))
        #expect(!moved.contains("2026-11-26 Acme Corp: Follow up"))
    }

    /// todoman reads the tasks (one list folder, its configuration and cache in a
    /// temporary folder): the open ones as to do, the finished ones as completed.
    @Test(.enabled(if: todoman != nil || ExternalTool.inCI, "todoman is not installed (apt-get install todoman)"))
    func todomanReadsTheTasks() throws {
        let todoman = try #require(Self.todoman)
        let home = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: home.path + "/lists/journal", withIntermediateDirectories: true)
        try home.write("config.py", """
            path = "\(home.path)/lists/*"
            date_format = "%Y-%m-%d"
            time_format = "%H:%M"
            default_list = "journal"
            cache_path = "\(home.path)/cache.sqlite3"

            """)
        _ = try Self.journal(["due", "-C", JournalRunner.exampleJournal, "--today", Self.today, "--ics", "todo", "--include-done",
                              "-o", home.path + "/lists/journal/due.ics"])
        let environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.path, "XDG_DATA_HOME": home.path, "XDG_CACHE_HOME": home.path,
                           "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8", "TZ": "UTC"]
        struct Todo: Decodable { var summary: String; var completed: Bool; var due: Int? }
        func list(_ arguments: [String]) throws -> [Todo] {
            let result = try JournalRunner.runProcess(todoman, ["--config", home.path + "/config.py", "--porcelain", "list"] + arguments,
                                                      environment: environment, timeout: 120)
            #expect(result.status == 0, "todoman: \(result.stderr)")
            return try JSONDecoder().decode([Todo].self, from: Data(result.stdout.utf8))
        }
        let open = try list([])
        #expect(open.count == 15)
        #expect(open.allSatisfy { !$0.completed && $0.due != nil })
        #expect(open.contains { $0.summary == "Umbrella: Send a second follow-up" })
        let done = try list(["--status", "COMPLETED"])
        #expect(done.count == 28)
        #expect(done.allSatisfy { $0.completed })
    }
}
