import Foundation
import Testing

/// Issue 21's findings about what a journal folder holds, through the binary: the library
/// tests (`HostileEnvironmentTests`) pin the rules, these check what a user of `journal` sees.
@Suite struct HostileFolderCommandTests {
    static let acme = "---\ncompany: Acme\ndate: 2026-11-18\n---\n## Questions\n- Why Acme?\n"
    static let hooli = "---\ncompany: Hooli\ndate: 2026-11-12\n---\n## Questions\n- Design a feed. #system-design\n"

    /// A journal of two notes, `2026-11-18-acme.md` and `hooli/2026-11-12-onsite.md`.
    static func journal() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory(journal: ["2026-11-18-acme.md": acme, "hooli/2026-11-12-onsite.md": hooli])
        try dir.write(".journal/config.yml", "")
        return dir
    }

    /// The `list --format csv` rows as `date,company`.
    static func rows(_ dir: TemporaryDirectory, _ extra: [String] = []) throws -> [String] {
        let list = try JournalRunner.run(["list", "--format", "csv", "-C", dir.path] + extra)
        #expect(list.status == 0, "\(list.stderr)")
        return list.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") }
    }

    /// YAML whose aliases nest nine levels deep, nine per level: 9^9 values when expanded.
    static let laughs: String = {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1...9 { lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]") }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func billionLaughsInANoteAndInTheConfigurationLeaveTheRestOfTheJournalRead() throws {
        let dir = try Self.journal()
        try dir.write("2026-11-19-laughs.md", "---\n" + Self.laughs + "company: Laughs\n---\n## Questions\n- Still read?\n")
        try dir.write(".journal/config.yml", Self.laughs)
        let started = Date()
        let check = try JournalRunner.run(["check", "-C", dir.path])
        // Before the limit, nine levels took minutes and gigabytes, then aborted.
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(check.status == 1)
        #expect(check.stdout.hasPrefix("""
            .journal/config.yml:2:10: error: the YAML aliases (*name) expand to more than 100,000 values or 16 MB of text (aliases of aliases, a "billion laughs"); write the values out; the defaults are used (see docs/format.md#configuration)
            2026-11-19-laughs.md:3:10: error: the YAML aliases (*name) expand to more than 100,000 values or 16 MB of text (aliases of aliases, a "billion laughs"); write the values out; the front-matter is ignored until this is fixed (see docs/format.md#front-matter)
            3 entries checked: 2 errors, 0 warnings;
            """))
        // Every note is listed, the laughing one from its file name and body.
        #expect(try Self.rows(dir) == ["2026-11-12,Hooli", "2026-11-18,Acme", "2026-11-19,laughs"])
        let practice = try JournalRunner.run(["practice", "--format", "text", "-C", dir.path])
        #expect(practice.stdout.contains("Still read?"))
    }

    @Test func foldersLinkingToEachOtherTwicePerLevelListTheirNoteOnce() throws {
        let dir = try Self.journal()
        // l0/a and l0/b lead to l1, whose a and b lead to l2...: 2^20 paths to one note.
        try dir.write("l20/2026-11-20-initech.md", "---\ncompany: Initech\ndate: 2026-11-20\n---\n")
        for level in 0..<20 {
            try FileManager.default.createDirectory(atPath: dir.path("l\(level)"), withIntermediateDirectories: true)
            try dir.link("l\(level)/a", to: "../l\(level + 1)")
            try dir.link("l\(level)/b", to: "../l\(level + 1)")
        }
        let started = Date()
        #expect(try Self.rows(dir, ["--no-cache"]) == ["2026-11-12,Hooli", "2026-11-18,Acme", "2026-11-20,Initech"])
        #expect(Date().timeIntervalSince(started) < 30)
        let check = try JournalRunner.run(["check", "-C", dir.path])
        #expect(check.stdout.hasPrefix("3 entries checked: no problems"), "\(check.stdout)")
    }

    @Test func theSameNoteByTwoPathsIsCountedOnce() throws {
        let dir = try Self.journal()
        try dir.link("current", to: "hooli")
        try dir.link("latest.md", to: "2026-11-18-acme.md")
        #expect(link(dir.path("2026-11-18-acme.md"), dir.path("hard-link.md")) == 0)
        #expect(try Self.rows(dir) == ["2026-11-12,Hooli", "2026-11-18,Acme"])
        let report = try JournalRunner.run(["report", "--format", "text", "--today", "2026-11-23", "-C", dir.path])
        #expect(report.stdout.contains("2 interviews, 2 applications."), "\(report.stdout)")
        let practice = try JournalRunner.run(["practice", "--format", "json", "-C", dir.path])
        #expect(!practice.stdout.contains("current/"))
        #expect(!practice.stdout.contains("latest.md") && !practice.stdout.contains("hard-link.md"))
    }

    @Test func aFileNameThatIsNotUTF8IsListedAndShownEscaped() throws {
        let dir = try Self.journal()
        // "café.md" in Latin-1: the byte E9 alone is not UTF-8.
        let full = (Array(dir.path.utf8) + Array("/2026-11-10-caf".utf8) + [0xE9] + Array(".md".utf8) + [0]).map { CChar(bitPattern: $0) }
        let file = full.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        try #require(file >= 0)
        let note = "---\ncompany: Cafe\ndate: 2026-11-10\n---\n"
        _ = note.withCString { write(file, $0, strlen($0)) }
        close(file)
        let check = try JournalRunner.run(["check", "-C", dir.path])
        #expect(check.stdout == """
            '2026-11-10-caf\\xE9.md':1:1: warning: this file name contains control characters, bidirectional controls or bytes that are not UTF-8 (shown escaped, in quotes); rename the file (see docs/format.md#files)
            3 entries checked: 0 errors, 1 warning; 1 note on inferred values (see them with --verbose).

            """)
        #expect(!check.stdout.contains("cannot be found"))
        #expect(try Self.rows(dir) == ["2026-11-10,Cafe", "2026-11-12,Hooli", "2026-11-18,Acme"])
    }

    @Test func absurdYearsAreWarnedAboutAndTheHTMLReportStaysSmall() throws {
        let dir = try Self.journal()
        try dir.write("typo.md", "---\ncompany: Typo\ndate: 0226-11-18\n---\n")
        try dir.write("far.md", "---\ncompany: Far\ndate: 9999-12-31\n---\n")
        let check = try JournalRunner.run(["check", "-C", dir.path])
        #expect(check.stdout == """
            far.md:1:1: warning: the interview date 9999-12-31 is far from the journal's other dates (most are around 2026); is the year a typo? (see docs/format.md#dates)
            typo.md:1:1: warning: the interview date 0226-11-18 is far from the journal's other dates (most are around 2026); is the year a typo? (see docs/format.md#dates)
            4 entries checked: 0 errors, 2 warnings; 1 note on inferred values (see them with --verbose).

            """)
        let html = try JournalRunner.run(["report", "--format", "html", "--today", "2026-11-23", "-C", dir.path])
        #expect(html.status == 0)
        // The weekly chart spans the real dates (two weeks), not 9,773 years (7.5–41 MB before).
        #expect(html.stdout.utf8.count < 100_000, "\(html.stdout.utf8.count) bytes")
    }

    @Test func badTimesAndYearsOfFiveDigitsAreErrorsInCheck() throws {
        let dir = try Self.journal()
        try dir.write("time.md", "---\ncompany: Time\ndate: 2026-11-05T25:61:00Z\n---\n")
        try dir.write("year.md", "---\ncompany: Year\ndate: 10000-01-01\n---\n")
        let check = try JournalRunner.run(["check", "-C", dir.path])
        #expect(check.status == 1)
        #expect(check.stdout == """
            time.md:3:7: error: 'date' is '2026-11-05T25:61:00Z', but 25:61:00Z is not a time of day journal can read (HH:MM or HH:MM:SS, hours 00–23, minutes and seconds 00–59, then Z or an offset like +01:00); fix the time or leave it out (see docs/format.md#dates)
            year.md:3:7: error: 'date' is '10000-01-01', which is not a date journal can read: the year must have four digits. Write the date as YYYY-MM-DD, e.g. 2026-11-18 (see docs/format.md#dates)
            4 entries checked: 2 errors, 0 warnings; 1 note on inferred values (see them with --verbose).

            """)
    }

    @Test func aQuestionStartingWithAnHTMLCommentOrTagIsKeptWithItsNotes() throws {
        let dir = try TemporaryDirectory(journal: ["2026-11-18-acme.md": """
            ---
            company: Acme
            date: 2026-11-18
            ---
            ## Questions
            - <!-- todo --> How would you shard?
              - Consistent hashing, then virtual nodes.
            - <b>Why</b> Acme?
              - Their API.

            """])
        let practice = try JournalRunner.run(["practice", "--format", "text", "-C", dir.path])
        #expect(practice.stdout.contains("""
             1. <b>Why</b> Acme?
                asked once · Acme · 2026-11-18
                - Their API.

             2. How would you shard?
                asked once · Acme · 2026-11-18
                - Consistent hashing, then virtual nodes.
            """), "\(practice.stdout)")
    }

    @Test func anEditedNoteIsSeenThroughTheCacheWhenItsSizeAndTimeAreKept() throws {
        let dir = try TemporaryDirectory(journal: ["a.md": "## Questions\n- Why A?\n"])
        let path = dir.path("a.md")
        func questions() throws -> String {
            try JournalRunner.run(["practice", "--format", "text", "-C", dir.path]).stdout
        }
        var old = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &old, 0) == 0)
        sleep(3) // Past the racy window of the change time too: the cache trusts what stat says.
        #expect(try questions().contains("Why A?"))
        #expect(FileManager.default.fileExists(atPath: dir.path(".journal/cache/entries.bin")))
        // Edit, then `touch -d` the old time: same size, same modification time.
        try dir.write("a.md", "## Questions\n- Why B?\n")
        #expect(utimensat(AT_FDCWD, path, &old, 0) == 0)
        #expect(try questions().contains("Why B?"))
        // Two edits of the same size within one second, a run between them.
        try dir.write("a.md", "## Questions\n- Why C?\n")
        #expect(try questions().contains("Why C?"))
        try dir.write("a.md", "## Questions\n- Why D?\n")
        #expect(try questions().contains("Why D?"))
    }

    /// The files journal reads besides notes never block either: a FIFO in place of the
    /// configuration, the review log or the template is refused or left out, never waited on.
    @Test func aFIFOInPlaceOfTheConfigurationTheReviewLogOrTheTemplateNeverBlocks() throws {
        let cases: [(file: String, command: [String], stderr: String)] = [
            (".journal/config.yml", ["list"], ".journal/config.yml:1:1: error: the configuration is not a regular file; the defaults are used (see docs/format.md#configuration)\n"),
            (".journal/reviews.tsv", ["drill", "--due", "--today", "2026-11-23"], ""),
            (".journal/template.md", ["new", "Initech", "--date", "2026-11-20"], ""),
        ]
        // A note that is a FIFO, named to `journal log`: refused at once, without the usage.
        let named = try Self.journal()
        #expect(mkfifo(named.path("2026-11-19-acme.md"), 0o644) == 0)
        var logEnvironment = ProcessInfo.processInfo.environment
        logEnvironment["JOURNAL_DIR"] = nil
        let log = try JournalRunner.runProcess(JournalRunner.binary, ["log", "acme", "thank-you", "--file", "2026-11-19-acme.md", "--dry-run", "-C", named.path],
                                               cwd: named.path, environment: logEnvironment, timeout: 20)
        #expect(!log.timedOut)
        #expect(log.status != 0)
        #expect(!log.stderr.contains("Usage:"), "\(log.stderr)")
        for (file, command, stderr) in cases {
            let dir = try Self.journal()
            try? FileManager.default.removeItem(atPath: dir.path(file))
            #expect(mkfifo(dir.path(file), 0o644) == 0)
            var environment = ProcessInfo.processInfo.environment
            environment["JOURNAL_DIR"] = nil
            let result = try JournalRunner.runProcess(JournalRunner.binary, command + ["-C", dir.path], environment: environment, timeout: 20)
            #expect(!result.timedOut, "\(file): journal \(command.joined(separator: " ")) waited on the FIFO")
            #expect(result.status == 0, "\(file): \(result.stderr)")
            if !stderr.isEmpty { #expect(result.stderr == stderr, "\(file)") }
        }
    }

    /// A cloned folder may hold a planted `.journal/cache`: a link at `entries.bin` (to
    /// `~/.bashrc`, say), a FIFO, or a cache folder that links elsewhere. A read command
    /// writes the cache, so it must never write through any of them, nor wait on a FIFO.
    @Test func aPlantedLinkOrFIFOInTheCacheIsNeverWrittenThroughNorWaitedOn() throws {
        let victim = try TemporaryDirectory()
        try victim.write("bashrc", "precious\n")
        let plain = try Self.journal()
        let expected = try JournalRunner.run(["list", "--no-cache", "-C", plain.path]).stdout
        #expect(expected.contains("Hooli"))

        // entries.bin is a link to a file of the user's: the link is replaced, the file kept.
        let linked = try Self.journal()
        try FileManager.default.createDirectory(atPath: linked.path(".journal/cache"), withIntermediateDirectories: true)
        try linked.link(".journal/cache/entries.bin", to: victim.path("bashrc"))
        for _ in 0..<2 { #expect(try JournalRunner.run(["list", "-C", linked.path]).stdout == expected) }
        #expect(try victim.read("bashrc") == "precious\n")
        var st = stat()
        #expect(lstat(linked.path(".journal/cache/entries.bin"), &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG, "the link was replaced by the cache")

        // entries.bin is a FIFO: not waited on, replaced by the cache.
        let fifo = try Self.journal()
        try FileManager.default.createDirectory(atPath: fifo.path(".journal/cache"), withIntermediateDirectories: true)
        #expect(mkfifo(fifo.path(".journal/cache/entries.bin"), 0o644) == 0)
        var environment = ProcessInfo.processInfo.environment
        environment["JOURNAL_DIR"] = nil
        let run = try JournalRunner.runProcess(JournalRunner.binary, ["list", "-C", fifo.path], environment: environment, timeout: 20)
        #expect(!run.timedOut, "journal waited on a FIFO in the cache")
        #expect(run.stdout == expected)

        // The cache folder links to another folder: not used at all, nothing written there.
        let folder = try Self.journal()
        try folder.link(".journal/cache", to: victim.path)
        for _ in 0..<2 { #expect(try JournalRunner.run(["list", "-C", folder.path]).stdout == expected) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim.path) == ["bashrc"])
        #expect(try victim.read("bashrc") == "precious\n")
    }

    /// The review log is appended to by `drill`: a link planted at `.journal/reviews.tsv`
    /// is refused with a sentence, and the file it names is left as it was.
    @Test func aPlantedLinkAtTheReviewLogIsNeverAppendedThrough() throws {
        let victim = try TemporaryDirectory()
        try victim.write("bashrc", "precious\n")
        let dir = try Self.journal()
        try dir.link(".journal/reviews.tsv", to: victim.path("bashrc"))
        let due = try JournalRunner.run(["drill", "--due", "--format", "json", "--today", "2026-11-23", "-C", dir.path])
        let card = try #require(due.stdout.range(of: "journal-[0-9a-f]{16}", options: .regularExpression).map { String(due.stdout[$0]) })
        let rate = try JournalRunner.run(["drill", "rate", card, "good", "--today", "2026-11-23", "-C", dir.path])
        #expect(rate.status == 1)
        #expect(rate.stderr.hasSuffix("journal: cannot write \(dir.path)/.journal/reviews.tsv: it is a symbolic link; journal writes its log only to a file of the journal itself, not through a link\n"), "\(rate.stderr)")
        #expect(try victim.read("bashrc") == "precious\n")
    }

    /// The cache holds the text of every note: it is the user's alone (file 0600, folder
    /// 0700), whatever the umask, even when an older cache was world-readable.
    @Test func theCacheIsPrivateToTheUser() throws {
        let dir = try Self.journal()
        func mode(_ path: String) -> mode_t? {
            var st = stat()
            return lstat(dir.path(path), &st) == 0 ? st.st_mode & 0o7777 : nil
        }
        #expect(try JournalRunner.run(["list", "-C", dir.path]).status == 0)
        #expect(mode(".journal/cache") == 0o700)
        #expect(mode(".journal/cache/entries.bin") == 0o600)
        // A cache of an older journal, 0644: made private when it is next written.
        #expect(chmod(dir.path(".journal/cache/entries.bin"), 0o644) == 0)
        try dir.write("2026-11-20-initech.md", "---\ncompany: Initech\ndate: 2026-11-20\n---\n")
        #expect(try JournalRunner.run(["list", "-C", dir.path]).status == 0)
        #expect(mode(".journal/cache/entries.bin") == 0o600)
    }
}
