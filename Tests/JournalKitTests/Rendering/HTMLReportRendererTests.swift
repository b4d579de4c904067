import JournalKit
import Testing

@Suite struct HTMLReportRendererTests {
    @Test func escapeCoversTheFiveCharacters() {
        #expect(HTMLEscape.escape(#"<a href="x" title='y'>&amp;</a>"#) == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;")
        #expect(HTMLEscape.escape("plain · 面接 ✅") == "plain · 面接 ✅")
        #expect(HTMLEscape.escape("") == "")
    }

    @Test func notesKeepCodeSpansAndShowEverythingElseAsText() {
        let m = HTMLReportRenderer.markdownHTML
        #expect(m("Use `Map<K, V>` here") == "Use <code>Map&lt;K, V&gt;</code> here")
        #expect(m("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(m("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;")
        #expect(m(#"<iframe src="https://evil.example/"></iframe>"#) == "&lt;iframe src=&quot;https://evil.example/&quot;&gt;&lt;/iframe&gt;")
        #expect(m("[x](javascript:alert(1))") == "[x](javascript:alert(1))")
        #expect(m(#"<a href="javascript:alert(2)">y</a>"#) == "&lt;a href=&quot;javascript:alert(2)&quot;&gt;y&lt;/a&gt;")
        #expect(m("<https://evil.example/>") == "&lt;https://evil.example/&gt;")
        #expect(m("*not emphasis* and **not strong** & 1 < 2") == "*not emphasis* and **not strong** &amp; 1 &lt; 2")
        #expect(m("# not a heading") == "# not a heading")
        #expect(m("1. not a list") == "1. not a list")
        #expect(m("    indented") == "indented")
        #expect(m("") == "")
        #expect(m("line one\nline two") == "line one line two")
    }

    @Test func cmarkSafeModeDropsRawHTMLAndDangerousLinks() {
        // The renderer relies on cmark's safe mode for whatever Markdown survives escaping.
        let html = MarkdownParser.renderHTML("<script>alert(1)</script>\n\n[x](javascript:alert(1)) <b onclick=\"x\">b</b>", unsafe: false)
        #expect(html == "<!-- raw HTML omitted -->\n<p><a href=\"\">x</a> <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n")
    }

    static let today = CalendarDay(iso: "2026-11-23")!

    @Test func actionsSectionOnlyWhenTheModelHasActions() {
        let entries = [TestEntries.entry("a.md", "---\ncompany: Acme\ndate: 2026-11-02\n---\n## Questions\n- Why Acme?\n")]
        let practice = PracticeList(entries: entries)
        let charts = ReportCharts(entries: entries, practice: practice)
        let without = HTMLReportRenderer.html(ReportModel(entries: entries, today: Self.today), practice: practice, charts: charts)
        #expect(!without.contains("id=\"actions\""))
        #expect(!without.contains("Today&#39;s actions"))

        let actions = [ReportAction(text: "Send a thank-you note to <Dana> (interview 2026-11-02)", due: CalendarDay(iso: "2026-11-03"), entry: "a.md"),
                       ReportAction(text: "Keep applying", due: nil, entry: nil),
                       ReportAction(text: "Follow up", due: Self.today, entry: "a.md")]
        let with = HTMLReportRenderer.html(ReportModel(entries: entries, today: Self.today, actions: actions), practice: practice, charts: charts)
        #expect(with.contains("<li><a href=\"#actions\">Today&#39;s actions</a></li>"))
        #expect(with.contains("""
        <section id="actions" aria-labelledby="actions-heading">
        <h2 id="actions-heading">Today&#39;s actions</h2>
        <ul class="actions">
        <li><span class="due overdue">overdue since 2026-11-03</span> Send a thank-you note to &lt;Dana&gt; (interview <span class="day">2026-11-02</span>) <span class="source">a.md</span></li>
        <li>Keep applying</li>
        <li><span class="due today">due today</span> Follow up <span class="source">a.md</span></li>
        </ul>
        </section>
        """))
        let none = HTMLReportRenderer.html(ReportModel(entries: entries, today: Self.today, actions: []), practice: practice, charts: charts)
        #expect(none.contains("<h2 id=\"actions-heading\">Today&#39;s actions</h2>\n<p class=\"hint\">Nothing due.</p>\n</section>"))
    }

    @Test func sectionsComeInReportOrder() {
        let journal = Journal.load(root: TestEntries.exampleJournal, options: LoadOptions(useCache: false))
        let practice = PracticeList(entries: journal.entries)
        let html = HTMLReportRenderer.html(ReportModel(entries: journal.entries, today: Self.today, actions: []), practice: practice,
                                           charts: ReportCharts(entries: journal.entries, practice: practice))
        let headings = html.split(separator: "\n").filter { $0.hasPrefix("<h2 ") }.map { line in
            String(line.drop { $0 != ">" }.dropFirst().prefix { $0 != "<" })
        }
        #expect(headings == ["Pipeline", "Today&#39;s actions", "Funnel", "Activity", "Difficult questions", "To improve", "Went well",
                             "Feedback", "Offers", "Practice questions"])
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    @Test func practiceListPutsDifficultQuestionsFirst() {
        let entries = [TestEntries.entry("a.md", """
        ---
        company: Acme
        date: 2026-11-02
        ---
        ## Questions
        - Why Acme?
        - Why Acme?
        - Shard a table #hard #system-design
          - Forgot hot keys; use `consistent hashing`.
        """)]
        let practice = PracticeList(entries: entries)
        let html = HTMLReportRenderer.html(ReportModel(entries: entries, today: Self.today), practice: practice,
                                           charts: ReportCharts(entries: entries, practice: practice))
        #expect(html.contains("""
        <ol class="practice">
        <li class="question difficult">
        <p class="q">Shard a table</p>
        <p class="meta"><span class="badge tone-bad">difficult</span> asked once · Acme · <span class="day">2026-11-02</span> <span class="tag">#system-design</span></p>
        <ul class="notes">
        <li>Forgot hot keys; use <code>consistent hashing</code>.</li>
        </ul>
        </li>
        <li class="question">
        <p class="q">Why Acme?</p>
        """))
    }
}
