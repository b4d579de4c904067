import Foundation
import Testing

/// `-o FILE` as a careful Unix tool writes it (docs/robustness.md, "Writing files"): never
/// over a note, devices and pipes written directly, modes kept, the umask honoured.
@Suite struct OutputFileTests {
    static let note = "---\ncompany: Acme\ndate: 2026-11-18\n---\n## Questions\n- Why Acme?\n"

    /// A journal of one note, `acme/2026-11-18-acme-onsite.md`.
    static func journal() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write(".journal/config.yml", "")
        try dir.write("acme/2026-11-18-acme-onsite.md", note)
        return dir
    }

    static func mode(_ path: String) -> mode_t? {
        var st = stat()
        return stat(path, &st) == 0 ? st.st_mode : nil
    }

    @Test func journalsOwnPracticeListAndReportInTheJournalAreMadeAgain() throws {
        let dir = try Self.journal()
        let practice = dir.path + "/practice.md", report = dir.path + "/report.md"
        for _ in 0..<2 {
            let made = try JournalRunner.run(["practice", "-C", dir.path, "--today", "2026-11-23", "-o", practice])
            #expect(made.status == 0, "\(made.stderr)")
            let again = try JournalRunner.run(["report", "--format", "markdown", "-C", dir.path, "--today", "2026-11-23", "-o", report])
            #expect(again.status == 0, "\(again.stderr)")
            // Not read back as interviews, so no note that they would be.
            #expect(made.stderr.isEmpty && again.stderr.isEmpty, "\(made.stderr)\(again.stderr)")
        }
        let list = try JournalRunner.run(["list", "--all", "--format", "csv", "-C", dir.path])
        #expect(list.stdout.split(separator: "\n").count == 2, "\(list.stdout)")
        let check = try JournalRunner.run(["check", "--verbose", "-C", dir.path], cwd: dir.path)
        #expect(check.stdout.contains("practice.md:1:1: note: this is a practice list or report that journal wrote (-o); it is not read as an interview"), "\(check.stdout)")
        // A tick in the list made again counts as a review: the reason it lives beside the notes.
        try dir.write("practice.md", try dir.read("practice.md").replacingOccurrences(of: "- [ ] **Why Acme?**", with: "- [x] **Why Acme?**"))
        let ticked = try JournalRunner.run(["practice", "-C", dir.path, "--today", "2026-11-24", "-o", practice])
        #expect(ticked.status == 0, "\(ticked.stderr)")
        #expect(try dir.read(".journal/reviews.tsv").hasPrefix("2026-11-24\tjournal-"))
        // A note of the user's with the same title is not journal's output: refused.
        try dir.write("mine.md", "# Practice questions\n\nMy own list, by hand.\n- Why Acme?\n")
        let mine = try JournalRunner.run(["practice", "-C", dir.path, "--today", "2026-11-24", "-o", dir.path + "/mine.md"])
        #expect(mine.status == 1)
        #expect(mine.stderr.contains("will not replace"))
        #expect(try dir.read("mine.md") == "# Practice questions\n\nMy own list, by hand.\n- Why Acme?\n")
    }

    @Test func outputOntoAnEntryOfTheJournalIsRefusedUnlessForced() throws {
        let dir = try Self.journal()
        let target = dir.path + "/acme/2026-11-18-acme-onsite.md"
        let refused = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "-o", target])
        #expect(refused.status == 1)
        #expect(refused.stderr == "journal: will not replace \(target): it is an entry of the journal, and the output would overwrite it; write elsewhere, or pass --force to replace it.\n")
        #expect(try dir.read("acme/2026-11-18-acme-onsite.md") == Self.note)
        let forced = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "-o", target, "--force"])
        #expect(forced.status == 0)
        #expect(try dir.read("acme/2026-11-18-acme-onsite.md").hasPrefix("# Interview report"))
    }

    @Test func outputOntoMarkdownWithFrontMatterOutsideTheJournalIsRefused() throws {
        let dir = try Self.journal()
        let elsewhere = try TemporaryDirectory()
        try elsewhere.write("old-note.md", Self.note)
        try elsewhere.write("old-report.md", "# Interview report\n")
        let refused = try JournalRunner.run(["practice", "-C", dir.path, "-o", elsewhere.path + "/old-note.md"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("it is a Markdown note with front-matter"))
        #expect(try elsewhere.read("old-note.md") == Self.note)
        // Nor through a link of another name: the note it names is what -o would replace.
        try FileManager.default.createSymbolicLink(atPath: elsewhere.path + "/link.txt", withDestinationPath: "old-note.md")
        let linked = try JournalRunner.run(["list", "-C", dir.path, "-o", elsewhere.path + "/link.txt"])
        #expect(linked.status == 1)
        #expect(linked.stderr == "journal: will not replace \(elsewhere.path)/link.txt: it is a Markdown note with front-matter, and the output would overwrite it; write elsewhere, or pass --force to replace it.\n")
        #expect(try elsewhere.read("old-note.md") == Self.note)
        // A Markdown file without front-matter (an earlier report) is replaced as asked.
        let replaced = try JournalRunner.run(["practice", "-C", dir.path, "-o", elsewhere.path + "/old-report.md"])
        #expect(replaced.status == 0)
        #expect(try elsewhere.read("old-report.md").contains("Why Acme?"))
    }

    @Test func devicesFIFOsAndDashAreWrittenDirectly() throws {
        let dir = try Self.journal()
        let null = try JournalRunner.run(["list", "-C", dir.path, "-o", "/dev/null"])
        #expect(null.status == 0 && null.stderr == "")
        #expect(Self.mode(("/dev/null")).map { $0 & S_IFMT } == S_IFCHR)
        #expect(try FileManager.default.contentsOfDirectory(atPath: "/dev").allSatisfy { !$0.hasPrefix(".null.tmp-") })

        let dash = try JournalRunner.run(["list", "-C", dir.path, "-o", "-"])
        #expect(dash.status == 0)
        #expect(dash.stdout == (try JournalRunner.run(["list", "-C", dir.path])).stdout)
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/-"))

        let fifo = dir.path + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        nonisolated(unsafe) var received = Data()
        let reader = Thread { received = FileHandle(forReadingAtPath: fifo)?.readDataToEndOfFile() ?? Data() }
        reader.start()
        let piped = try JournalRunner.run(["list", "-C", dir.path, "--format", "csv", "-o", fifo])
        while !reader.isFinished { usleep(10_000) }
        #expect(piped.status == 0)
        #expect(String(decoding: received, as: UTF8.self).hasPrefix("date,company,role"))
        #expect(Self.mode(fifo).map { $0 & S_IFMT } == S_IFIFO)
    }

    @Test func oneCharacterAndOddOutputNamesGetAFileOrAClearMessage() throws {
        let dir = try Self.journal()
        let work = try TemporaryDirectory()
        try work.write("dd", "a file\n")
        func run(_ output: String) throws -> JournalRunner.Output {
            try JournalRunner.run(["list", "-C", dir.path, "-o", output], cwd: work.path)
        }
        let a = try run("a")
        #expect(a.status == 0 && a.stderr == "")
        #expect(try work.read("a").hasPrefix("DATE"))
        let messages = try [".", "..", "d/", "dd/", ""].map { try run($0) }
        #expect(messages.map(\.status) == [1, 1, 1, 1, 1])
        #expect(messages.map(\.stderr) == [
            "journal: cannot write .: it is a folder; name a file (for example ./report)\n",
            "journal: cannot write ..: it is a folder; name a file (for example ../report)\n",
            "journal: cannot write d/: a file name cannot end with /\n",
            "journal: cannot write dd/: dd is a file, not a folder\n",
            "journal: cannot write to an empty file name\n",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted() == ["a", "dd"])
    }

    @Test func theFormatComesFromAKnownExtensionAndAnUnknownOneIsWarnedAbout() throws {
        let dir = try Self.journal()
        let work = try TemporaryDirectory()
        let html = try JournalRunner.run(["list", "-C", dir.path, "-o", work.path + "/x.html"])
        #expect(html.status == 2)
        #expect(html.stderr == "Error: -o \(work.path)/x.html names an html file, but `journal list` writes table, json or csv; name the file for one of those, or choose with --format.\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: work.path) == [])
        let csv = try JournalRunner.run(["list", "-C", dir.path, "-o", work.path + "/x.csv"])
        #expect(csv.status == 0)
        #expect(try work.read("x.csv").hasPrefix("date,company,role"))
        let pdf = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "-o", work.path + "/x.pdf"])
        #expect(pdf.status == 0)
        #expect(pdf.stderr == "journal: warning: -o \(work.path)/x.pdf: journal does not know the extension .pdf; writing markdown (choose with --format; known: .md, .txt, .json, .html, .csv, .ics).\n")
        #expect(try work.read("x.pdf").hasPrefix("# Interview report"))
    }

    @Test func aLinkToAFileIsFollowedTheLinkStays() throws {
        let dir = try Self.journal()
        let work = try TemporaryDirectory()
        try work.write("target.txt", "old\n")
        #expect(chmod(work.path + "/target.txt", 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: work.path + "/link.txt", withDestinationPath: "target.txt")
        let result = try JournalRunner.run(["list", "-C", dir.path, "-o", work.path + "/link.txt"])
        #expect(result.status == 0 && result.stderr == "")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: work.path + "/link.txt") == "target.txt")
        #expect(try work.read("target.txt").hasPrefix("DATE"))
        #expect(Self.mode(work.path + "/target.txt").map { $0 & 0o7777 } == 0o640)
    }

    /// Runs `journal` as user `nobody` with `umask`, or nil when this machine cannot (not root, no setpriv).
    static func runAsNobody(_ arguments: [String], umask: String, in folder: String, environment: [String: String] = [:]) throws -> JournalRunner.Output? {
        guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
        let quoted = ([JournalRunner.binary] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try JournalRunner.runProcess("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "/bin/sh", "-c", "umask \(umask); cd '\(folder)' && exec \(quoted)"],
                                            environment: ["PATH": "/usr/bin:/bin", "HOME": folder].merging(environment) { $1 })
    }

    static let canSwitchUser = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    @Test(.enabled(if: canSwitchUser, "needs root and setpriv to run journal as another user (nobody); file modes are not tested here"))
    func modesAreKeptTheUmaskHonouredAndReadOnlyFilesRefused() throws {
        let dir = try Self.journal()
        let work = try TemporaryDirectory()
        #expect(chmod(work.path, 0o755) == 0)
        #expect(chmod(dir.path, 0o755) == 0)
        #expect(chown(work.path, 65534, 65534) == 0)
        func asNobody(_ output: String, umask: String) throws -> JournalRunner.Output {
            try #require(try Self.runAsNobody(["list", "-C", dir.path, "--no-cache", "-o", output], umask: umask, in: work.path))
        }
        // New files: 0666 & ~umask.
        #expect(try asNobody("new-022.txt", umask: "022").status == 0)
        #expect(try asNobody("new-077.txt", umask: "077").status == 0)
        #expect(Self.mode(work.path + "/new-022.txt").map { $0 & 0o7777 } == 0o644)
        #expect(Self.mode(work.path + "/new-077.txt").map { $0 & 0o7777 } == 0o600)
        // A private report stays private when it is replaced, whatever the umask.
        try work.write("private.txt", "old\n")
        #expect(chown(work.path + "/private.txt", 65534, 65534) == 0 && chmod(work.path + "/private.txt", 0o600) == 0)
        #expect(try asNobody("private.txt", umask: "000").status == 0)
        #expect(Self.mode(work.path + "/private.txt").map { $0 & 0o7777 } == 0o600)
        #expect(try work.read("private.txt").hasPrefix("DATE"))
        // A read-only file is refused, not replaced.
        try work.write("read-only.txt", "keep\n")
        #expect(chown(work.path + "/read-only.txt", 65534, 65534) == 0 && chmod(work.path + "/read-only.txt", 0o444) == 0)
        let refused = try asNobody("read-only.txt", umask: "022")
        #expect(refused.status == 1)
        #expect(refused.stderr == "journal: cannot write read-only.txt: the file is read-only; make it writable (chmod u+w) or write elsewhere\n")
        #expect(try work.read("read-only.txt") == "keep\n")
    }

    @Test func openWithoutOutputNeverUsesAFolderOthersCanEnter() throws {
        let dir = try Self.journal()
        let temporary = try TemporaryDirectory()
        let bin = temporary.path + "/bin"
        try temporary.write("bin/xdg-open", "#!/bin/sh\nexit 0\n")
        #expect(chmod(bin + "/xdg-open", 0o755) == 0)
        // Someone made the usual folder first, open to all: it is not used.
        let planted = temporary.path + "/journal-\(geteuid())"
        #expect(mkdir(planted, 0o777) == 0 && chmod(planted, 0o777) == 0)
        let result = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "--open"],
                                           environment: ["PATH": bin + ":/usr/bin:/bin", "TMPDIR": temporary.path + "/", "XDG_RUNTIME_DIR": ""])
        #expect(result.status == 0)
        let path = result.stdout.trimmingCharacters(in: .newlines)
        let folder = (path as NSString).deletingLastPathComponent
        #expect(folder.hasPrefix(temporary.path + "/journal-report-"))
        #expect(Self.mode(folder).map { $0 & 0o7777 } == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: planted) == [])
    }

    /// `report --open` without `-o`, run as another user (`nobody`) in a shared temporary
    /// folder: the page lands in a folder of that user's own, mode 0700, even when someone
    /// else made the usual folder first.
    @Test(.enabled(if: canSwitchUser, "needs root and setpriv to run journal as another user (nobody); --open's private folder is not tested as a user here"))
    func openWithoutOutputIsPrivateToTheUserWhoRunsIt() throws {
        let dir = try Self.journal()
        #expect(chmod(dir.path, 0o755) == 0)
        let shared = try TemporaryDirectory()
        // A temporary folder as /tmp is: anyone may create in it, sticky.
        #expect(chmod(shared.path, 0o1777) == 0)
        try shared.write("bin/xdg-open", "#!/bin/sh\nexit 0\n")
        #expect(chmod(shared.path("bin"), 0o755) == 0 && chmod(shared.path("bin/xdg-open"), 0o755) == 0)
        let environment = ["PATH": shared.path("bin") + ":/usr/bin:/bin", "TMPDIR": shared.path + "/"]
        func open() throws -> String {
            let result = try #require(try Self.runAsNobody(["report", "-C", dir.path, "--no-cache", "--today", "2026-11-23", "--open"],
                                                           umask: "000", in: shared.path, environment: environment))
            #expect(result.status == 0, "\(result.stderr)")
            return result.stdout.trimmingCharacters(in: .newlines)
        }
        func owner(_ path: String) -> (uid: uid_t, mode: mode_t)? {
            var st = stat()
            return lstat(path, &st) == 0 ? (st.st_uid, st.st_mode & 0o7777) : nil
        }
        // Someone else (root here) made journal-65534 first: it is not used, a mkdtemp folder is.
        #expect(mkdir(shared.path("journal-65534"), 0o700) == 0)
        let planted = try open()
        #expect(planted.hasPrefix(shared.path + "/journal-report-"), "\(planted)")
        let plantedFolder = (planted as NSString).deletingLastPathComponent
        #expect(owner(plantedFolder)?.uid == 65534 && owner(plantedFolder)?.mode == 0o700)
        #expect(owner(planted)?.uid == 65534)
        #expect(try FileManager.default.contentsOfDirectory(atPath: shared.path("journal-65534")) == [])
        // Without it, the usual folder is made, the user's own with mode 0700 (umask 000 notwithstanding).
        #expect(rmdir(shared.path("journal-65534")) == 0)
        let usual = try open()
        #expect(usual.hasPrefix(shared.path + "/journal-65534/report-") && usual.hasSuffix(".html"), "\(usual)")
        #expect(owner(shared.path("journal-65534"))?.uid == 65534 && owner(shared.path("journal-65534"))?.mode == 0o700)
        #expect(owner(usual)?.uid == 65534)
        #expect(try String(contentsOfFile: usual, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try open() == usual)
    }
}
