import Foundation
import JournalKit
import Testing

@Suite struct ReportCommandTests {
    static let formats = ["text", "markdown", "json"]

    @Test(arguments: formats)
    func exampleJournalGolden(_ format: String) throws {
        let result = try JournalRunner.run(["report", "--journal", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try Golden.check(result.stdout, Golden.name("report-example", format))
    }

    @Test(arguments: formats)
    func fixtureJournalGolden(_ format: String) throws {
        let result = try JournalRunner.run(["report", "-C", JournalRunner.practiceJournal, "--today", "2026-09-23", "--format", format])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try Golden.check(result.stdout, Golden.name("report-fixture", format))
    }

    @Test(arguments: [JournalRunner.exampleJournal, JournalRunner.practiceJournal])
    func textFitsEightyColumns(_ root: String) throws {
        for command in [["report", "--today", "2026-11-23"], ["practice"]] {
            let result = try JournalRunner.run(command + ["-C", root, "--format", "text"])
            for line in result.stdout.split(separator: "\n") {
                #expect(TextTable.cellWidth(String(line)) <= 80, "\(command[0]): \(line)")
            }
        }
    }

    @Test func fixtureRecurringImprovementIsCounted() throws {
        let result = try JournalRunner.run(["report", "-C", JournalRunner.practiceJournal, "--today", "2026-09-23", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let improvements = try #require(object["improvements"] as? [[String: Any]])
        #expect(improvements.first?["text"] as? String == "I talked too fast in the introduction.")
        #expect(improvements.first?["count"] as? Int == 3)
        #expect(improvements.first?["entries"] as? [String] == [
            "2026-09-01-northwind-phone-screen.md", "2026-09-08-contoso-technical.md", "2026-09-15-northwind-onsite.md",
        ])
    }

    @Test func defaultFormatIsMarkdownWhenNotATerminal() throws {
        let result = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23"])
        #expect(result.stdout.hasPrefix("# Interview report\n"))
    }

    @Test func formatFromTheOutputExtensionAndFromConfig() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a.md", "---\ncompany: Acme\ndate: 2026-11-02\n---\n## Questions\n- Why Acme?\n")
        let out = (dir.path as NSString).appendingPathComponent("report.json")
        let written = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "-o", out])
        #expect(written.status == 0)
        #expect(try dir.read("report.json").hasPrefix("{\n  \"actions\""))

        try dir.write(".journal/config.yml", "formats:\n  report: json\n  practice: anki\n")
        let report = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23"])
        #expect(report.stdout.hasPrefix("{\n  \"actions\""))
        let practice = try JournalRunner.run(["practice", "-C", dir.path])
        #expect(practice.stdout.hasPrefix("#separator:tab\n"))
        let explicit = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "--format", "text"])
        #expect(explicit.stdout.hasPrefix("Interview report · 2026-11-23\n"))

        try dir.write(".journal/config.yml", "formats:\n  report: pdf\n")
        let bad = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23"])
        // The configuration error is said in full and the default format is used.
        #expect(bad.status == 0)
        #expect(bad.stderr == ".journal/config.yml:2:11: error: 'pdf' is not a format of 'report'; use one of text, markdown, json, html, ics (see docs/format.md#configuration)\n")
        #expect(bad.stdout.hasPrefix("# Interview report"))
    }

    @Test func outputFileIsWrittenAtomicallyAndNothingIsLeftBehind() throws {
        let dir = try TemporaryDirectory()
        try dir.write("report.md", "old contents that are longer than nothing\n")
        let stdout = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "markdown"])
        let result = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23",
                                            "-o", (dir.path as NSString).appendingPathComponent("report.md")])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "")
        #expect(try dir.read("report.md") == stdout.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["report.md"])
    }

    @Test func warnsWhenTheOutputWouldBeReadAsAnInterview() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a.md", "---\ncompany: Acme\ndate: 2026-11-02\n---\n## Questions\n- Why Acme?\n")
        // The text report in a .md file would be read as an interview (the Markdown report is
        // known as journal's own and is not: OutputFileTests).
        let inside = try JournalRunner.run(["report", "--format", "text", "-C", dir.path, "--today", "2026-11-23", "-o", (dir.path as NSString).appendingPathComponent("report.md")])
        #expect(inside.status == 0)
        #expect(inside.stderr == "journal: note: report.md is inside the journal folder, so journal will read it as an interview; add it to .journalignore or write it elsewhere.\n")
        try dir.write(".journalignore", "report.md\n")
        let ignored = try JournalRunner.run(["report", "--format", "text", "-C", dir.path, "--today", "2026-11-23", "-o", (dir.path as NSString).appendingPathComponent("report.md")])
        #expect(ignored.stderr == "")
        let markdown = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "-o", (dir.path as NSString).appendingPathComponent("summary.md")])
        #expect(markdown.stderr == "")
        let json = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "-o", (dir.path as NSString).appendingPathComponent("report.json")])
        #expect(json.stderr == "")
    }

    @Test func unwritableOutputFails() throws {
        let result = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "-o", "/nonexistent-dir/report.md"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "journal: cannot write /nonexistent-dir/report.md: the folder /nonexistent-dir does not exist\n")
    }

    @Test func outputIntoADirectoryLeavesNoTemporaryFile() throws {
        let dir = try TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: (dir.path as NSString).appendingPathComponent("taken"), withIntermediateDirectories: false)
        let result = try JournalRunner.run(["practice", "-C", JournalRunner.exampleJournal, "-o", (dir.path as NSString).appendingPathComponent("taken")])
        #expect(result.status == 1)
        #expect(result.stderr == "journal: cannot write \(dir.path)/taken: it is a folder; name a file (for example \(dir.path)/taken/report)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["taken"])
    }

    @Test func emptyJournal() throws {
        let dir = try TemporaryDirectory()
        let text = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "--format", "text"])
        #expect(text.stdout == "Interview report · 2026-11-23\nNo interviews found (none match the filters, or the journal is empty).\n")
        let markdown = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "--format", "markdown"])
        #expect(markdown.stdout == "# Interview report\n\nNo interviews found (none match the filters, or the journal is empty).\n")
    }

    @Test func filtersApply() throws {
        let result = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "json", "--company", "acme"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let pipeline = try #require(object["pipeline"] as? [[String: Any]])
        #expect(pipeline.map { $0["company"] as? String } == ["Acme Corp"])
    }

    @Test func colourNeverWithNoColorAndSameBytesEveryRun() throws {
        let args = ["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "text"]
        let a = try JournalRunner.run(args, environment: ["NO_COLOR": "1"])
        let b = try JournalRunner.run(args)
        #expect(a.stdout == b.stdout)
        #expect(!a.stdout.contains("\u{1B}["))
        let coloured = try JournalRunner.run(args + ["--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[1mPIPELINE\u{1B}[0m"))
    }
}
