import Foundation
import JournalKit
import Testing

@Suite struct HTMLReportCommandTests {
    static var hostileJournal: String { JournalRunner.packageRoot.appendingPathComponent("Tests/JournalCLITests/Fixtures/hostile-journal").path }

    @Test func exampleJournalGolden() throws {
        let result = try JournalRunner.run(["report", "--journal", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "html"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try Golden.check(result.stdout, Golden.name("report-example", "html"))
    }

    @Test func sameBytesWhateverTheLocaleAndTimeZone() throws {
        let args = ["report", "--journal", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "html"]
        let plain = try JournalRunner.run(args)
        let german = try JournalRunner.run(args, environment: ["LC_ALL": "de_DE.UTF-8", "LANG": "de_DE.UTF-8", "TZ": "Pacific/Kiritimati"])
        #expect(german.stdout == plain.stdout)
        #expect(plain.stdout.contains("width=\"83.33%\""))
    }

    @Test func hostileNotesShowAsTextAndNothingRunsOrLoads() throws {
        let dir = try TemporaryDirectory()
        let file = (dir.path as NSString).appendingPathComponent("report.html")
        let result = try JournalRunner.run(["report", "-C", Self.hostileJournal, "--today", "2026-11-23", "-o", file])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        let audit = try ExternalTool.auditHTML(file)

        // Nothing that runs code or loads anything.
        #expect(audit.elements["script"] == nil)
        #expect(audit.eventAttributes == [])
        for forbidden in ["iframe", "frame", "object", "embed", "img", "image", "link", "base", "form", "input", "button",
                          "audio", "video", "source", "foreignobject", "use", "animate", "set"] {
            #expect(audit.elements[forbidden] == nil, "a <\(forbidden)> element")
        }
        #expect(!audit.urls.isEmpty)
        for url in audit.urls {
            #expect(url.value.hasPrefix("#"), "\(url.element) \(url.attribute)=\(url.value) points outside the page")
            #expect(!url.value.lowercased().contains("javascript:"))
        }
        #expect(audit.cssLoads == [])
        #expect(audit.meta.allSatisfy { $0["http-equiv"] == nil || $0["http-equiv"] == "Content-Security-Policy" })
        #expect(audit.meta.contains { $0["content"]?.hasPrefix("default-src 'none'; style-src 'unsafe-inline'") == true })

        // What the user wrote as text is shown as text.
        let shown = [
            #""><script>alert("company")</script>"#,                 // company
            "<img src=x onerror=alert('role')>",                     // role
            #"x" onfocus="alert(1)" autofocus=""#,                    // role, attribute breakout
            "Evil' onmouseover='alert(1)",                           // company, single quotes
            "<script>alert('stage')</script>",                       // stage
            "<svg/onload=alert('outcome')>",                         // outcome (chart label too)
            "Escaped: <script>alert(1)</script> and <img src=x onerror=alert(1)> and <iframe src=\"https://evil.example/\">",
            #"<iframe src="https://evil.example/">"#,                // code span
            #"<a href="javascript:alert(1)">x</a>"#,                  // code span
            "[x](javascript:alert(1))",                              // escaped link
            "</style><script>alert(1)</script>",                     // code span in a question
            #"<b onmouseover="alert(1)">bold</b>"#,                   // difficulty note
            "<script>alert('improve')</script>",                     // to improve
            "Stayed calm <img src=x onerror=alert('well')>.",        // went well
            #"<a href="javascript:alert(3)">feedback</a> and "quotes" & 'apostrophes'"#,  // feedback
            "</title><script>alert('offer')</script>",               // offer
        ]
        for text in shown { #expect(audit.text.contains(text), "not shown as text: \(text)") }
        // Raw HTML in a note is left out, its text kept; links keep their text, not their URL.
        #expect(audit.text.contains("Raw: alert(1) and and stay out."))
        #expect(audit.text.contains("Links: x, y, z, https://evil.example/track.png"))
    }

    @Test func formatFromTheOutputExtensionAndFromConfig() throws {
        let dir = try TemporaryDirectory()
        try dir.write("notes/a.md", "---\ncompany: Acme\ndate: 2026-11-02\n---\n## Questions\n- Why Acme?\n")
        let journal = (dir.path as NSString).appendingPathComponent("notes")
        for name in ["report.html", "report.HTM"] {
            let result = try JournalRunner.run(["report", "-C", journal, "--today", "2026-11-23", "-o", (dir.path as NSString).appendingPathComponent(name)])
            #expect(result.status == 0)
            #expect(try dir.read(name).hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n"))
        }
        try dir.write("notes/.journal/config.yml", "formats:\n  report: html\n")
        let configured = try JournalRunner.run(["report", "-C", journal, "--today", "2026-11-23"])
        #expect(configured.stdout.hasPrefix("<!DOCTYPE html>\n"))
        #expect(configured.stdout.contains("<title>Interview report · 2026-11-23</title>"))
    }

    @Test func emptyJournal() throws {
        let dir = try TemporaryDirectory()
        let result = try JournalRunner.run(["report", "-C", dir.path, "--today", "2026-11-23", "--format", "html"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("<main>\n<p class=\"empty\">No interviews found (none match the filters, or the journal is empty).</p>\n</main>\n"))
        #expect(!result.stdout.contains("<nav"))
        #expect(!result.stdout.contains("<svg"))
    }

    @Test func filtersApplyToChartsAndPracticeList() throws {
        let result = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "html", "--company", "acme"])
        #expect(result.stdout.contains("<p class=\"sub\">As of <time datetime=\"2026-11-23\">2026-11-23</time> · 3 interviews · 1 application</p>"))
        #expect(!result.stdout.contains("Hooli"))
        #expect(result.stdout.contains("<desc id=\"chart-weeks-desc\">3 interviews in 4 weeks, from the week of 2026-10-26 to the week of 2026-11-16; at most 1 in a week.</desc>"))
        // The week without an interview is in the chart's table.
        #expect(result.stdout.contains("<tr><th scope=\"row\">2026-11-09</th><td>0</td></tr>"))
    }

    // MARK: - --open

    /// A folder with a fake opener (`xdg-open` and `open`) that records its arguments, for PATH.
    static func fakeOpener(in dir: TemporaryDirectory, exitStatus: Int = 0) throws -> (bin: String, log: String) {
        let bin = (dir.path as NSString).appendingPathComponent("bin")
        let log = (dir.path as NSString).appendingPathComponent("opened.txt")
        for name in ["xdg-open", "open"] {
            try dir.write("bin/\(name)", "#!/bin/sh\nprintf '%s\\n' \"$@\" >> '\(log)'\nexit \(exitStatus)\n")
            chmod((bin as NSString).appendingPathComponent(name), 0o755)
        }
        return (bin, log)
    }

    static var openerName: String {
        #if os(macOS)
        return "open"
        #else
        return "xdg-open"
        #endif
    }

    @Test func openWritesTheFileAndOpensIt() throws {
        let dir = try TemporaryDirectory()
        let (bin, log) = try Self.fakeOpener(in: dir)
        let file = (dir.path as NSString).appendingPathComponent("out/report.html")
        try FileManager.default.createDirectory(atPath: (dir.path as NSString).appendingPathComponent("out"), withIntermediateDirectories: true)
        let result = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "-o", "out/report.html", "--open"],
                                           cwd: dir.path, environment: ["PATH": bin + ":/usr/bin:/bin"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "")
        let golden = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "html"])
        #expect(try String(contentsOfFile: file, encoding: .utf8) == golden.stdout)
        // The opener gets an absolute path.
        let opened = try String(contentsOfFile: log, encoding: .utf8)
        #expect(opened.hasPrefix("/") && opened.hasSuffix("/out/report.html\n") && opened.split(separator: "\n").count == 1, "\(opened)")
    }

    @Test func openWithoutOutputWritesOneTemporaryFilePerJournal() throws {
        let dir = try TemporaryDirectory()
        let (bin, log) = try Self.fakeOpener(in: dir)
        let temporary = (dir.path as NSString).appendingPathComponent("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let environment = ["PATH": bin + ":/usr/bin:/bin", "TMPDIR": temporary + "/"]
        let args = ["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "--open"]
        let first = try JournalRunner.run(args, environment: environment)
        #expect(first.status == 0)
        #expect(first.stderr == "")
        let path = first.stdout.trimmingCharacters(in: .newlines)
        // In a folder only this user can enter (docs/robustness.md, "Writing files").
        #expect(path.hasPrefix(temporary + "/journal-\(getuid())/report-"))
        var st = stat()
        #expect(lstat((path as NSString).deletingLastPathComponent, &st) == 0 && st.st_mode & 0o7777 == 0o700)
        #expect(path.hasSuffix(".html"))
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        // Again: the same file is replaced, not a second one added.
        let second = try JournalRunner.run(args, environment: environment)
        #expect(second.stdout == first.stdout)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).count == 1)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == path + "\n" + path + "\n")
    }

    @Test func openWithoutAnOpenerStillWritesAndSaysWhere() throws {
        let dir = try TemporaryDirectory()
        let empty = (dir.path as NSString).appendingPathComponent("empty-bin")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let result = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "-o", "report.html", "--open"],
                                           cwd: dir.path, environment: ["PATH": empty])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        #expect(result.stderr == "journal: no \(Self.openerName) here to open the report; open report.html in a browser.\n")
        #expect(try dir.read("report.html").hasPrefix("<!DOCTYPE html>"))
    }

    @Test func aFailingOpenerDoesNotFailTheCommand() throws {
        let dir = try TemporaryDirectory()
        let (bin, _) = try Self.fakeOpener(in: dir, exitStatus: 3)
        let result = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "-o", "report.html", "--open"],
                                           cwd: dir.path, environment: ["PATH": bin + ":/usr/bin:/bin"])
        #expect(result.status == 0)
        #expect(result.stderr == "journal: \(Self.openerName) exited with status 3; open report.html in a browser.\n")
    }

    @Test func openNeedsTheHTMLFormat() throws {
        let explicit = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "--format", "text", "--open"])
        #expect(explicit.status == 2)
        #expect(explicit.stderr.hasPrefix("Error: --open shows the HTML report; use --format html or leave --format out.\n"))
        let byExtension = try JournalRunner.run(["report", "-C", JournalRunner.exampleJournal, "-o", "/nonexistent/report.md", "--open"])
        #expect(byExtension.status == 2)
        #expect(byExtension.stderr.hasPrefix("Error: --open shows the HTML report, but -o /nonexistent/report.md names a markdown file; name it .html.\n"))
    }
}
