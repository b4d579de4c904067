import Foundation
import Testing
@testable import JournalKit

/// The findings of issue 21's hostile-environment probe, read through the library: each
/// test is named after what it guards (docs/robustness.md).
@Suite struct HostileEnvironmentTests {
    /// YAML whose aliases nest `levels` deep, nine per level: 9^levels values when expanded.
    static func laughs(levels: Int) -> String {
        var lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1...levels { lines.append("a\(i): &a\(i) [" + Array(repeating: "*a\(i - 1)", count: 9).joined(separator: ", ") + "]") }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func billionLaughsInFrontMatterIsALocatedErrorAndTheBodyIsRead() throws {
        let text = "---\n" + Self.laughs(levels: 9) + "company: Laughs\n---\n# Laughs, 2026-11-19\n## Questions\n- Still read?\n"
        let result = read(bytes: Array(text.utf8), path: "laughs.md")
        #expect(messages(result) == ["3:10: error: the YAML aliases (*name) expand to more than 100,000 values or 16 MB of text (aliases of aliases, a \"billion laughs\"); write the values out; the front-matter is ignored until this is fixed"])
        #expect(result.entry?.questions.map(\.text) == ["Still read?"])
        // A few aliases, as people use them, are read.
        let small = read(bytes: Array("---\ncompany: &c Acme\nrole: *c\ndate: 2026-11-19\n---\n".utf8))
        #expect(messages(small) == [])
        #expect(small.entry?.role == "Acme")
    }

    @Test func billionLaughsInTheConfigurationIsALocatedErrorAndTheDefaultsAreUsed() {
        let (config, diagnostics) = ConfigLoader.parse(Self.laughs(levels: 9), path: ConfigLoader.relativePath)
        #expect(diagnostics.map { "\($0.location): \($0.severity.rawValue)" } == [".journal/config.yml:2:10: error"])
        #expect(diagnostics.first?.message.contains("billion laughs") == true)
        #expect(config.maxFileBytes == JournalConfig().maxFileBytes)
    }

    @Test func foldersLinkingToEachOtherTwicePerLevelAreVisitedOnce() throws {
        let journal = try TemporaryDirectory()
        // l0/a and l0/b lead to l1, whose a and b lead to l2...: 2^20 paths to the note.
        try journal.write("l20/note.md", goodEntry)
        for level in 0..<20 {
            try FileManager.default.createDirectory(atPath: journal.path("l\(level)"), withIntermediateDirectories: true)
            try journal.link("l\(level)/a", to: "../l\(level + 1)")
            try journal.link("l\(level)/b", to: "../l\(level + 1)")
        }
        let listing = EntryDiscovery.list(root: journal.root)
        #expect(listing.paths == ["l20/note.md"])
        #expect(listing.diagnostics.isEmpty)
    }

    @Test func theSameNoteByTwoPathsIsOneEntryUnderItsOwnPath() throws {
        let journal = try TemporaryDirectory()
        try journal.write("acme/2026-11-18-acme.md", goodEntry)
        try journal.write("acme/2026-11-20-acme.md", goodEntry)
        try journal.link("current", to: "acme")
        try journal.link("a-link-first", to: "acme")
        try journal.link("latest.md", to: "acme/2026-11-20-acme.md")
        #expect(link(journal.path("acme/2026-11-18-acme.md"), journal.path("hard-link.md")) == 0)
        let loaded = Journal.load(root: journal.root, options: LoadOptions(useCache: false))
        #expect(loaded.entries.map(\.path) == ["acme/2026-11-18-acme.md", "acme/2026-11-20-acme.md"])
        #expect(messages(loaded) == [])
    }

    @Test func aFileNameThatIsNotUTF8IsReadAndShownEscaped() throws {
        let journal = try TemporaryDirectory()
        // "café.md" in Latin-1: the byte E9 alone is not UTF-8.
        let full = (Array(journal.root.utf8) + Array("/caf".utf8) + [0xE9] + Array(".md".utf8) + [0]).map { CChar(bitPattern: $0) }
        let file = full.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        try #require(file >= 0)
        _ = goodEntry.withCString { write(file, $0, strlen($0)) }
        close(file)
        let loaded = Journal.load(root: journal.root, options: LoadOptions(useCache: false))
        #expect(loaded.entries.map(\.company?.value) == ["Acme"])
        #expect(loaded.diagnostics.map(\.location.description) == ["'caf\\xE9.md':1:1"])
        #expect(loaded.diagnostics.first?.message.hasPrefix("this file name contains control characters") == true)
    }

    @Test func aFileSwappedForAFIFOBetweenStatAndOpenNeverBlocks() throws {
        let journal = try TemporaryDirectory()
        try journal.write("a.md", goodEntry)
        try journal.write("regular", goodEntry)
        #expect(mkfifo(journal.path("fifo"), 0o644) == 0)
        let path = journal.path("a.md")
        let fifo = journal.path("fifo"), regular = journal.path("regular")
        final class Shared: @unchecked Sendable {
            // @unchecked: every field is guarded by `lock`.
            let lock = NSLock()
            var stop = false, reads = 0, releases = 0
            func with<T>(_ body: (Shared) -> T) -> T { lock.lock(); defer { lock.unlock() }; return body(self) }
        }
        let shared = Shared()
        // Swaps the note and a FIFO back and forth. A reader that opened the FIFO without
        // O_NONBLOCK would block until a writer comes: when the reads have not moved for a
        // million swaps, the swapper opens the FIFO for writing, which frees such a reader
        // (so the test cannot hang), and counts it.
        let swapper = Thread {
            var isFIFO = false
            var lastReads = -1, still = 0
            while !shared.with({ $0.stop }) {
                rename(path, isFIFO ? fifo : regular)
                rename(isFIFO ? regular : fifo, path)
                isFIFO.toggle()
                let reads = shared.with { $0.reads }
                if reads == lastReads { still += 1 } else { (lastReads, still) = (reads, 0) }
                if still > 1_000_000 {
                    for name in [path, fifo] {
                        let writer = open(name, O_WRONLY | O_NONBLOCK)
                        if writer >= 0 { close(writer) }
                    }
                    shared.with { $0.releases += 1 }
                    still = 0
                }
            }
        }
        swapper.start()
        var outcomes: Set<String> = []
        for _ in 0..<300 {
            let read = Journal.readFile(path: "a.md", root: journal.root, reader: EntryReader(), maxBytes: 1 << 20)
            shared.with { $0.reads += 1 }
            outcomes.insert(read.result.entry != nil ? "read: \(messages(read.result))" : messages(read.result).joined())
        }
        shared.with { $0.stop = true }
        while !swapper.isFinished { usleep(1000) }
        #expect(shared.with { $0.releases } == 0)
        // The note, or a FIFO refused after fstat on what was opened (or gone for an instant); never an empty read.
        #expect(outcomes.isSubset(of: ["read: []", "1:1: error: this is not a regular file (a folder, a pipe or a device); it is skipped",
                                       "1:1: error: this file cannot be found (was it deleted or moved?)"]), "\(outcomes)")
    }

    @Test func theInterviewTimeIsValidated() {
        func problem(_ date: String) -> [String] {
            messages(read(bytes: Array("---\ndate: \(date)\n---\n".utf8)))
        }
        #expect(problem("2026-11-05T25:61:00Z") == ["2:7: error: 'date' is '2026-11-05T25:61:00Z', but 25:61:00Z is not a time of day journal can read (HH:MM or HH:MM:SS, hours 00–23, minutes and seconds 00–59, then Z or an offset like +01:00); fix the time or leave it out"])
        #expect(problem("10000-01-01") == ["2:7: error: 'date' is '10000-01-01', which is not a date journal can read: the year must have four digits. Write the date as YYYY-MM-DD, e.g. 2026-11-18"])
        for good in ["2026-11-05T23:59:60Z", "2026-11-05 9:30", "2026-11-05T10:00:00.123+05:30", "2026-11-05T10:00-0800", "2026-11-05 10:00:00 Z"] {
            #expect(problem(good).filter { $0.contains("error") } == [], "\(good)")
        }
        for bad in ["2026-11-05T24:00", "2026-11-05T10:60", "2026-11-05T10", "2026-11-05T10:00+25:00", "2026-11-05Tnoon"] {
            #expect(problem(bad).first?.contains("is not a time of day") == true, "\(bad)")
        }
    }

    @Test func datesFarFromTheOthersAreWarnedAboutAndLeftOutOfTheWeeklyChart() throws {
        let journal = try TemporaryDirectory()
        for (name, date) in [("a", "2026-11-02"), ("b", "2026-11-10"), ("c", "2025-06-01"), ("typo", "0226-11-18"), ("far", "9999-12-31")] {
            try journal.write("\(name).md", "---\ncompany: \(name)\ndate: \(date)\n---\n")
        }
        let loaded = Journal.load(root: journal.root, options: LoadOptions(useCache: false))
        #expect(messages(loaded) == [
            "far.md:1:1: warning: the interview date 9999-12-31 is far from the journal's other dates (most are around 2026); is the year a typo?",
            "typo.md:1:1: warning: the interview date 0226-11-18 is far from the journal's other dates (most are around 2026); is the year a typo?",
        ])
        let weeks = ReportCharts.weeks(loaded.entries.compactMap { $0.date?.value })
        #expect(weeks.first?.start.description == "2025-05-26")
        #expect(weeks.last?.start.description == "2026-11-09")
        #expect(weeks.count == 77)
    }

    @Test func farDatesTheAdviceCountsFromAreWarnedAboutToo() throws {
        let journal = try TemporaryDirectory()
        try journal.write("a.md", "---\ncompany: A\ndate: 2026-11-18\ndecision_by: 2062-11-25\nthank_you: 0226-11-19\nfollow_ups: [2026-11-30, 9999-01-01]\n---\n")
        try journal.write("b.md", "---\ncompany: B\ndate: 2026-11-02\ndecision_by: 2026-11-20\nthank_you: true\n---\n")
        let loaded = Journal.load(root: journal.root, options: LoadOptions(useCache: false))
        #expect(messages(loaded) == [
            "a.md:4:1: warning: 'decision_by' is 2062-11-25, far from the journal's interview dates (the interviews are around 2026); is the year a typo?",
            "a.md:5:1: warning: 'thank_you' is 0226-11-19, far from the journal's interview dates (the interviews are around 2026); is the year a typo?",
            "a.md:6:1: warning: 'follow_ups' is 9999-01-01, far from the journal's interview dates (the interviews are around 2026); is the year a typo?",
        ])
    }

    @Test func theJournalFolderFollowsOneRuleFromDashCAndTheEnvironment() throws {
        let journal = try TemporaryDirectory()
        try journal.write("file.md", "x\n")
        #expect(JournalRoot.problem(explicit: nil, journalDir: nil) == nil)
        #expect(JournalRoot.problem(explicit: nil, journalDir: "") == nil, "an empty $JOURNAL_DIR is unset")
        #expect(JournalRoot.problem(explicit: journal.path, journalDir: "/nonexistent") == nil, "-C wins")
        #expect(JournalRoot.problem(explicit: "/nonexistent", journalDir: nil)
                == "The journal folder '/nonexistent' does not exist; create it with `journal init '/nonexistent'` or pass an existing folder.")
        #expect(JournalRoot.problem(explicit: nil, journalDir: "/nonexistent")
                == "The journal folder '/nonexistent' (from $JOURNAL_DIR) does not exist; create it with `journal init '/nonexistent'` or pass an existing folder.")
        #expect(JournalRoot.problem(explicit: nil, journalDir: journal.path("file.md"))
                == "The journal folder '\(journal.path("file.md"))' (from $JOURNAL_DIR) is a file, not a folder; pass the folder that holds your notes.")
        #expect(JournalRoot.problem(explicit: "", journalDir: nil) == "The journal folder is an empty name; pass a folder with -C DIR.")
        #expect(JournalRoot.problem(explicit: "/nonexistent/\u{1B}[2J", journalDir: nil)?.contains("'/nonexistent/<U+001B>[2J'") == true)
    }

    @Test func staleCacheIsNeverServedWhenSizeAndTimeAreKept() throws {
        let journal = try TemporaryDirectory(journal: ["a.md": "## Questions\n- Why A?\n"])
        let path = journal.root + "/a.md"
        // An old modification time, so the file is not "racily clean".
        var old = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, path, &old, 0) == 0)
        _ = Journal.load(root: journal.root)
        try journal.write("a.md", "## Questions\n- Why B?\n")
        // `touch -d` the old time: same size, same mtime; the change time and content differ.
        #expect(utimensat(AT_FDCWD, path, &old, 0) == 0)
        #expect(Journal.load(root: journal.root).entries[0].questions.map(\.text) == ["Why B?"])
        // Replaced by another file (a new inode) with the same size and times.
        try journal.write("b.tmp", "## Questions\n- Why C?\n")
        #expect(utimensat(AT_FDCWD, journal.root + "/b.tmp", &old, 0) == 0)
        #expect(rename(journal.root + "/b.tmp", path) == 0)
        #expect(Journal.load(root: journal.root).entries[0].questions.map(\.text) == ["Why C?"])
    }

    @Test func noCacheRefreshesTheCache() throws {
        let journal = try TemporaryDirectory(journal: ["a.md": "## Questions\n- Why A?\n"])
        _ = Journal.load(root: journal.root)
        try journal.write("a.md", "## Questions\n- Why B?\n")
        #expect(Journal.load(root: journal.root, options: LoadOptions(useCache: false)).entries[0].questions.map(\.text) == ["Why B?"])
        let cache = try #require(EntryCache.load(root: journal.root, fingerprint: EntryCache.fingerprint(configBytes: [])))
        #expect(cache.result(for: "a.md")?.entry?.questions.map(\.text) == ["Why B?"])
    }

    @Test func stagedContentHasTheSameSizeLimitAsAFile() throws {
        let journal = try TemporaryDirectory()
        try journal.write(".journal/config.yml", "max_file_size: 1KB\n")
        let big = Array(("# Big, 2026-11-18\n" + String(repeating: "x", count: 2_000)).utf8)
        let loaded = Journal.load(root: journal.root, options: LoadOptions(files: ["big.md"], overrides: ["big.md": big]))
        #expect(messages(loaded) == ["big.md:1:1: error: this file is 2 KB, more than the limit of 1 KB for one entry; split it, or raise max_file_size in .journal/config.yml"])
        #expect(loaded.entries.isEmpty)
    }
}
