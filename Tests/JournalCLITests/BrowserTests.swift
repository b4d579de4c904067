import Foundation
import Testing

/// The HTML report rendered by a real browser: headless Chromium takes screenshots and
/// dumps the DOM it built. Skipped, with a message, when Chromium is not installed, except
/// under `CI=true`, where they fail (`.ci/run` installs it on Debian and Ubuntu).
@Suite(.serialized) struct BrowserTests {
    /// Chromium, or nil after saying on standard output why the browser tests are skipped.
    static let chromium: String? = {
        guard let found = ExternalTool.chromium else {
            print("BrowserTests: SKIPPED: Chromium is not installed, so the HTML report is not checked in a browser. "
                + "Install it with: apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji (or set CHROMIUM to a Chrome binary).")
            return nil
        }
        return found
    }()

    /// Writes the HTML report of `journal` into `dir` and returns its path.
    static func report(_ journal: String, in dir: TemporaryDirectory) throws -> String {
        let file = (dir.path as NSString).appendingPathComponent("report.html")
        let result = try JournalRunner.run(["report", "-C", journal, "--today", "2026-11-23", "-o", file])
        #expect(result.status == 0, "\(result.stderr)")
        return file
    }

    /// Runs headless Chromium on `file` with a profile of its own.
    static func chromium(_ arguments: [String], file: String, in dir: TemporaryDirectory) throws -> ExternalTool.Output {
        let profile = (dir.path as NSString).appendingPathComponent("profile-\(UUID().uuidString)")
        let result = try ExternalTool.run(try #require(chromium), [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--user-data-dir=\(profile)",
        ] + arguments + [URL(fileURLWithPath: file).absoluteString], timeout: 180)
        #expect(!result.timedOut, "Chromium did not finish within 180 seconds")
        return result
    }

    @Test(.enabled(if: BrowserTests.chromium != nil || ExternalTool.inCI, "Chromium is not installed (apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji)"),
          arguments: [(1280, 2400), (390, 2400)])
    func screenshotOfTheExampleReportIsNotBlank(width: Int, height: Int) throws {
        let dir = try TemporaryDirectory()
        let file = try Self.report(JournalRunner.exampleJournal, in: dir)
        let png = (dir.path as NSString).appendingPathComponent("screenshot.png")
        let result = try Self.chromium(["--screenshot=\(png)", "--window-size=\(width),\(height)", "--force-device-scale-factor=1"], file: file, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let stats = try ExternalTool.pngStats(png)
        #expect(stats.width == width && stats.height == height)
        // A page with text, bars and badges: many colours (anti-aliased text), and the most
        // common ones are the light scheme's white cards on their grey page: the stylesheet
        // was applied, and this is neither a blank nor an error page.
        #expect(stats.colours >= 100, "only \(stats.colours) colours")
        let top = stats.top.map(\.colour)
        #expect(top.contains("#ffffff") && top.contains("#f4f5f7"), "most common colours: \(top)")
        #expect((stats.top.first?.share ?? 1) < 0.8, "one colour covers most of the page: \(stats.top)")
    }

    @Test(.enabled(if: BrowserTests.chromium != nil || ExternalTool.inCI, "Chromium is not installed (apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji)"))
    func darkSchemeWhenTheSystemPrefersIt() throws {
        let dir = try TemporaryDirectory()
        let file = try Self.report(JournalRunner.exampleJournal, in: dir)
        let png = (dir.path as NSString).appendingPathComponent("dark.png")
        let result = try Self.chromium(["--force-dark-mode", "--screenshot=\(png)", "--window-size=800,1200", "--force-device-scale-factor=1"], file: file, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let top = try ExternalTool.pngStats(png).top.map(\.colour)
        #expect(top.contains("#171c23") && top.contains("#0f1318"), "most common colours: \(top)")
    }

    @Test(.enabled(if: BrowserTests.chromium != nil || ExternalTool.inCI, "Chromium is not installed (apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji)"))
    func domOfTheExampleReportHasEverySection() throws {
        let dir = try TemporaryDirectory()
        let file = try Self.report(JournalRunner.exampleJournal, in: dir)
        let result = try Self.chromium(["--dump-dom"], file: file, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        let dom = result.stdout
        #expect(dom.contains("<h1>Interview report</h1>"))
        for (id, title) in [("pipeline", "Pipeline"), ("funnel", "Funnel"), ("activity", "Activity"), ("difficult", "Difficult questions"),
                            ("improve", "To improve"), ("strengths", "Went well"), ("feedback", "Feedback"), ("offers", "Offers"),
                            ("practice", "Practice questions")] {
            #expect(dom.contains("<h2 id=\"\(id)-heading\">\(title)</h2>"), "section \(title)")
        }
        for chart in ["Stage reached", "Outcome", "Interviews per week", "Most asked question topics"] {
            #expect(dom.contains("<figcaption>\(chart)"), "chart \(chart)")
        }
        #expect(dom.components(separatedBy: "<svg ").count - 1 == 4)
        #expect(dom.contains("<th scope=\"row\">Pied Piper</th>"))
    }

    @Test(.enabled(if: BrowserTests.chromium != nil || ExternalTool.inCI, "Chromium is not installed (apt-get install chromium fonts-noto-cjk fonts-noto-color-emoji)"))
    func hostileNotesBuildNoScriptInTheBrowser() throws {
        let dir = try TemporaryDirectory()
        let file = try Self.report(HTMLReportCommandTests.hostileJournal, in: dir)
        let result = try Self.chromium(["--dump-dom"], file: file, in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        // The DOM as the browser built it, parsed again: no script, no handler, no outside URL.
        let dom = (dir.path as NSString).appendingPathComponent("dom.html")
        try result.stdout.write(toFile: dom, atomically: true, encoding: .utf8)
        let audit = try ExternalTool.auditHTML(dom)
        #expect(audit.elements["script"] == nil)
        #expect(audit.elements["iframe"] == nil && audit.elements["img"] == nil)
        #expect(audit.eventAttributes == [])
        #expect(audit.urls.allSatisfy { $0.value.hasPrefix("#") })
        #expect(audit.text.contains(#""><script>alert("company")</script>"#))
        #expect(audit.text.contains("Escaped: <script>alert(1)</script> and <img src=x onerror=alert(1)>"))
        #expect(audit.text.contains("</title><script>alert('offer')</script>"))
    }
}
