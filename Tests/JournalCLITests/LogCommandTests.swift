import Foundation
import Testing

/// `journal log`, run as a user would on a copy of a journal: whole files compared byte
/// for byte, whole outputs against goldens (they quote `due`, whose rules may change).
@Suite struct LogCommandTests {
    let today = "2026-11-23"

    /// A copy of `journal-example/` in a temporary folder.
    func example() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        for name in try FileManager.default.subpathsOfDirectory(atPath: JournalRunner.exampleJournal) {
            let source = (JournalRunner.exampleJournal as NSString).appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory)
            let target = (folder.path as NSString).appendingPathComponent(name)
            if isDirectory.boolValue { try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true) }
            else { try FileManager.default.copyItem(atPath: source, toPath: target) }
        }
        return folder
    }

    func bytes(_ folder: TemporaryDirectory, _ name: String) -> [UInt8] {
        Array((FileManager.default.contents(atPath: (folder.path as NSString).appendingPathComponent(name)) ?? Data()))
    }

    @Test func recordsAThankYouInACRLFNoteAndSaysWhatChangesInDue() throws {
        let folder = try example()
        let name = "2026-11-20-pied-piper-recruiter.md"
        let before = bytes(folder, name)
        let run = try JournalRunner.run(["log", "pied", "thank-you", "--on", "2026-11-21", "--today", today, "-C", folder.path], cwd: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "")
        try Golden.check(run.stdout, "log/thank-you.txt")
        // Only the new line, with the file's CRLF line end.
        let text = String(decoding: before, as: UTF8.self)
        let closing = text.range(of: "tags: [infrastructure, startup]\r\n")!.upperBound
        let expected = String(text[..<closing]) + "thank_you: 2026-11-21\r\n" + String(text[closing...])
        #expect(bytes(folder, name) == Array(expected.utf8))

        let again = try JournalRunner.run(["log", "pied", "thank-you", "--today", today, "-C", folder.path], cwd: folder.path)
        #expect(again.status == 0)
        #expect(again.stdout == "Already recorded in \(name): 'thank_you' is already recorded: 2026-11-21. Nothing changed.\n")
        #expect(bytes(folder, name) == Array(expected.utf8))
    }

    @Test func dryRunPrintsTheDiffAndWritesNothing() throws {
        let folder = try example()
        let name = "acme/2026-11-18-acme-onsite.md"
        let before = bytes(folder, name)
        let run = try JournalRunner.run(["log", "ACME", "connected", "mei", "--dry-run", "--today", today, "-C", folder.path], cwd: folder.path)
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(run.stdout, "log/dry-run.txt")
        #expect(bytes(folder, name) == before)
    }

    @Test func outcomeFollowUpAndDecisionDate() throws {
        let folder = try TemporaryDirectory()
        try folder.write("globex.md", "---\ncompany: Globex\ndate: 2026-11-02\nstage: technical  # second round\nfollow_ups:\n  - 2026-11-10\noutcome: pending\n---\n# Globex\n")
        func log(_ arguments: String...) throws -> JournalRunner.Output {
            try JournalRunner.run(["log", "globex"] + arguments + ["--today", today, "-C", folder.path], cwd: folder.path)
        }
        #expect(try log("follow-up", "--on", "2026-11-17").status == 0)
        #expect(try log("decision-by", "2026-11-27").status == 0)
        #expect(try log("outcome", "Rejected", "--on", "2026-11-20").status == 0)
        #expect(try folder.read("globex.md") == """
            ---
            company: Globex
            date: 2026-11-02
            stage: technical  # second round
            follow_ups:
              - 2026-11-10
              - 2026-11-17
            outcome: rejected
            decision_by: 2026-11-27
            outcome_date: 2026-11-20
            ---
            # Globex

            """)
    }

    @Test func usageErrors() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a.md", "---\ncompany: Northwind Payments\ndate: 2026-11-02\n---\n")
        try folder.write("b.md", "---\ncompany: Northwind Traders\ndate: 2026-11-03\n---\n")
        try folder.write("c.md", "---\ncompany: Acme\nrole: Backend\napplication: backend\ndate: 2026-11-03\n---\n")
        try folder.write("d.md", "---\ncompany: Acme\nrole: Data\napplication: data\ndate: 2026-11-04\n---\n")
        func log(_ arguments: String...) throws -> JournalRunner.Output {
            try JournalRunner.run(["log"] + arguments + ["--today", today, "-C", folder.path], cwd: folder.path)
        }
        let ambiguous = try log("northwind", "thank-you")
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr == "Error: 'northwind' matches several companies: Northwind Payments, Northwind Traders. Type more of the name.\n")
        let roles = try log("acme", "thank-you")
        #expect(roles.status == 2)
        #expect(roles.stderr == "Error: 'acme' matches several applications: Acme — Backend (c.md); Acme — Data (d.md). Name the note with --file PATH.\n")
        let byFile = try log("acme", "thank-you", "--file", "d.md")
        #expect(byFile.status == 0, "\(byFile.stderr)")
        #expect(try folder.read("d.md") == "---\ncompany: Acme\nrole: Data\napplication: data\ndate: 2026-11-04\nthank_you: 2026-11-23\n---\n")
        #expect(try log("northwind p", "outcome", "hired").stderr.hasPrefix("Error: 'hired' is not an outcome journal records; use one of advanced, rejected, offer, accepted, declined, withdrawn, ghosted.\n"))
        #expect(try log("northwind p", "decision-by").stderr.hasPrefix("Error: 'decision-by' needs a DATE: journal log APPLICATION decision-by DATE.\n"))
        #expect(try log("northwind p", "thank-you", "--dry-run", "--commit").status == 2)
    }

    @Test func refusesABrokenFrontMatterAndChangesNothing() throws {
        let folder = try TemporaryDirectory()
        let text = "---\ncompany: Hooli\ndate: 2026-11-12\ntags: [a, b\n---\nBody\n"
        try folder.write("hooli.md", text)
        let run = try JournalRunner.run(["log", "--file", "hooli.md", "hooli", "thank-you", "--today", today, "-C", folder.path], cwd: folder.path)
        #expect(run.status == 1)
        #expect(run.stderr.hasSuffix("hooli.md:5: cannot record thank-you: the front-matter does not parse (line 5, column 1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 4)); fix it first (`journal check` shows it), nothing was changed\n"))
        #expect(try folder.read("hooli.md") == text)
    }

    @Test func commitsOnlyThatNote() throws {
        let folder = try TemporaryDirectory()
        try folder.write("hooli.md", "# Hooli — onsite\n\nNotes.\n")
        try folder.write("other.md", "---\ncompany: Other\n---\n")
        let home = folder.path
        try AuthoringCommandTests.git(["init", "-q"], in: folder.path, home: home)
        try AuthoringCommandTests.git(["add", "-A"], in: folder.path, home: home)
        try AuthoringCommandTests.git(["commit", "-qm", "notes"], in: folder.path, home: home)
        try folder.write("other.md", "---\ncompany: Other\nrole: changed, not committed\n---\n")
        let environment = ["GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.com"]
        let run = try AuthoringCommandTests.journal(["log", "hooli", "follow-up", "--commit", "--today", today], in: folder.path, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Committed: journal log: Hooli: follow-up sent 2026-11-23\n"))
        #expect(try folder.read("hooli.md") == "---\nfollow_ups: [2026-11-23]\n---\n# Hooli — onsite\n\nNotes.\n")
        let show = try AuthoringCommandTests.git(["show", "--name-only", "--format=%s", "HEAD"], in: folder.path, home: home)
        #expect(show.stdout == "journal log: Hooli: follow-up sent 2026-11-23\n\nhooli.md\n")
        let status = try AuthoringCommandTests.git(["status", "--porcelain"], in: folder.path, home: home)
        #expect(status.stdout == " M other.md\n")
    }
}
