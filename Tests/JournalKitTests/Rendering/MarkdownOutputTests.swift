import JournalKit
import Testing

/// Markdown output is parsed back with cmark: the structure must be what was meant, and
/// user text must stay text.
@Suite struct MarkdownOutputTests {
    static let hostile = [
        "# not a heading", "1. not a list", "2) nor this", "- nor this", "+ nor this", "> not a quote",
        "*not emphasis* and _not either_", "[not a link](http://example.com)", "<script>alert(1)</script>",
        "a | b | c", "&amp; stays as written", "~~not struck~~", "back\\slash", "=== not a setext line",
        "Implement an LRU cache with `O(1)` get and put", "a stray ` backtick", "C# and F#",
    ]

    @Test(arguments: hostile)
    func escapedTextParsesBackAsTheSameParagraph(_ text: String) throws {
        let document = MarkdownParser.parse("- " + MarkdownEscape.inline(text) + "\n")
        let list = try #require(document.blocks.first)
        #expect(document.blocks.count == 1)
        #expect(list.kind == .list(ordered: false))
        let item = try #require(list.children.first)
        #expect(item.children.count == 1)
        let paragraph = try #require(item.children.first)
        #expect(paragraph.kind == .paragraph)
        #expect(paragraph.inline.display == text)
    }

    static func load(_ root: String) -> [Entry] {
        Journal.load(root: root, options: LoadOptions(threads: 1)).entries
    }

    @Test(arguments: [TestEntries.exampleJournal, TestEntries.practiceJournal])
    func practiceMarkdownIsAChecklistGroupedByTag(_ root: String) throws {
        let list = PracticeList(entries: Self.load(root))
        let markdown = PracticeRenderer.markdown(list)
        let blocks = MarkdownParser.parse(markdown).blocks
        #expect(blocks.first?.kind == .heading(level: 1))
        #expect(blocks.first?.inline.display == "Practice questions")
        let headings = blocks.filter { $0.kind == .heading(level: 2) }.map(\.inline.display)
        #expect(headings == list.byTag.map { $0.tag ?? "Untagged" })
        let lists = blocks.filter { $0.kind == .list(ordered: false) }
        #expect(lists.count == list.byTag.count)
        let items = lists.flatMap(\.children)
        #expect(items.count == list.questions.count)
        for (item, question) in zip(items, list.byTag.flatMap(\.questions)) {
            #expect(item.children.first?.inline.display.hasPrefix("[ ] " + question.text + " — ") == true)
            let notes = item.children.dropFirst().flatMap(\.children).map { $0.children.first?.inline.display ?? "" }
            #expect(notes == question.notes)
        }
        #expect(!containsHTML(blocks))
        #expect(!MarkdownParser.renderHTML(markdown, unsafe: true).contains("<script"))
    }

    @Test(arguments: [(TestEntries.exampleJournal, "2026-11-23"), (TestEntries.practiceJournal, "2026-09-23")])
    func reportMarkdownHasEverySection(_ root: String, _ today: String) throws {
        let model = ReportModel(entries: Self.load(root), today: CalendarDay(iso: today)!)
        let markdown = ReportRenderer.markdown(model)
        let blocks = MarkdownParser.parse(markdown).blocks
        #expect(blocks.filter { $0.kind == .heading(level: 1) }.map(\.inline.display) == ["Interview report"])
        #expect(blocks.filter { $0.kind == .heading(level: 2) }.map(\.inline.display)
                == ["Pipeline", "Funnel", "Difficult questions", "To improve", "Went well", "Feedback", "Offers"])
        let pipeline = try #require(blocks.first { $0.kind == .list(ordered: false) })
        #expect(pipeline.children.count == model.pipeline.count)
        #expect(blocks.filter { $0.kind == .heading(level: 3) }.count
                == model.difficult.count + model.feedback.count + model.offers.count)
        #expect(!containsHTML(blocks))
        #expect(!MarkdownParser.renderHTML(markdown, unsafe: true).contains("<script"))
    }

    func containsHTML(_ blocks: [MarkdownBlock]) -> Bool {
        blocks.contains { $0.kind == .htmlBlock || containsHTML($0.children) }
    }
}
