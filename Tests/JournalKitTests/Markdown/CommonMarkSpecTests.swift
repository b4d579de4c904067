import Foundation
import Testing
@testable import JournalKit

/// The examples of the CommonMark spec 0.30 (and cmark's regression examples), read from
/// `../shared/corpus/commonmark/` next to the package: they are not ours, so they are not
/// copied into the project. Every test here is skipped, with a message, when they are absent.
enum CommonMarkSpec {
    struct Example: Decodable, Sendable {
        var example: Int
        var section: String
        var markdown: String
        var html: String
    }

    static let folder = JournalRunner.packageRoot.appendingPathComponent("../shared/corpus/commonmark").standardizedFileURL

    static func load(_ name: String) -> [Example] {
        let url = folder.appendingPathComponent(name)
        guard let data = try? Data(contentsOf: url) else {
            print("CommonMark spec tests skipped: \(url.path) is absent (it comes with the shared corpus, not with this package).")
            return []
        }
        return (try? JSONDecoder().decode([Example].self, from: data)) ?? []
    }

    static let spec = load("spec-0.30.json")
    static let regression = load("regression-0.30.json")
    static var all: [Example] { spec + regression }
    static var available: Bool { spec.count == 652 }
    static let skipMessage: Comment = "the CommonMark examples are not in ../shared/corpus/commonmark/ (they come with the shared corpus)"
}

@Suite(.enabled(if: CommonMarkSpec.available, CommonMarkSpec.skipMessage))
struct CommonMarkSpecTests {
    static let frontMatter = "---\ncompany: Acme\ndate: 2026-11-18\n---\n"

    /// cmark's HTML rendering through our wrapper reproduces every example: the binding
    /// hands cmark the bytes exactly (lengths, tabs, NULs, non-ASCII) and reads its output back.
    @Test func htmlThroughTheWrapperMatchesEveryExample() {
        var mismatches: [String] = []
        for example in CommonMarkSpec.all where MarkdownParser.renderHTML(example.markdown, unsafe: true) != example.html {
            mismatches.append("example \(example.example) (\(example.section))")
        }
        #expect(CommonMarkSpec.spec.count == 652)
        #expect(mismatches == [])
    }

    /// The safe rendering (the default) never passes raw HTML through.
    @Test func safeRenderingDropsRawHTML() {
        for example in CommonMarkSpec.all where example.section == "HTML blocks" || example.section == "Raw HTML" {
            let html = MarkdownParser.renderHTML(example.markdown)
            #expect(!html.contains("<script"), "example \(example.example)")
        }
    }

    /// Every example as the body of an entry, and with a front-matter as a full entry:
    /// nothing crashes, the front-matter is read, and it shifts every position by its lines only.
    @Test func everyExampleIsReadAsABodyAndAsAFullEntry() throws {
        for example in CommonMarkSpec.all {
            let body = read("## Questions\n" + example.markdown, path: "body.md")
            let full = read(Self.frontMatter + "## Questions\n" + example.markdown, path: "full.md")
            let bodyEntry = try #require(body.entry, "example \(example.example)")
            let fullEntry = try #require(full.entry, "example \(example.example)")
            #expect(fullEntry.company?.value == "Acme", "example \(example.example)")
            #expect(fullEntry.date?.value.description == "2026-11-18", "example \(example.example)")
            #expect(!full.diagnostics.contains { $0.severity == .error }, "example \(example.example)")
            #expect(fullEntry.questions.map(\.text) == bodyEntry.questions.map(\.text), "example \(example.example)")
            #expect(fullEntry.questions.map(\.location.line) == bodyEntry.questions.map { $0.location.line + 4 }, "example \(example.example)")
            #expect(fullEntry.tags == bodyEntry.tags, "example \(example.example)")
        }
    }

    /// Text inside code spans and code blocks never yields a tag or a question: with the
    /// content of every code node replaced (by cmark, from its own tree) with text full of
    /// tags and question leads, the tags are the same as before and the questions as many,
    /// and no question takes its text from a code block.
    @Test func codeNeverYieldsTagsOrQuestions() throws {
        let poison = "#poisoned Q1: poisoned? [difficulty:: hard] #hard"
        var examplesWithCode = 0
        for example in CommonMarkSpec.all {
            let markdown = "## Questions\n" + example.markdown
            let poisoned = CodeReplacement.replacingCode(in: markdown, with: poison)
            guard poisoned.contains("poisoned") else { continue }
            examplesWithCode += 1
            // The poison is in code as cmark renders it, never in text.
            let html = MarkdownParser.renderHTML(poisoned, unsafe: true)
            #expect(html.contains("<code>#poisoned") || html.contains("<code class=") , "example \(example.example): \(html)")

            let original = try #require(read(markdown).entry)
            let result = try #require(read(poisoned).entry)
            #expect(result.tags == original.tags, "example \(example.example): \(poisoned)")
            #expect(!result.tags.contains("poisoned"), "example \(example.example)")
            #expect(result.questions.count == original.questions.count, "example \(example.example): \(poisoned)")
            for (question, before) in zip(result.questions, original.questions) {
                // Inline code is kept in a question's text, in backticks; outside them, no poison.
                let outsideCode = question.text.replacingOccurrences(of: "`[^`]*`", with: "", options: .regularExpression)
                #expect(!outsideCode.contains("poisoned"), "example \(example.example): \(question.text)")
                #expect(question.tags == before.tags, "example \(example.example): \(question.text)")
                #expect(question.difficult == before.difficult, "example \(example.example): \(question.text)")
            }
        }
        // Code spans, fenced and indented code blocks, and code inside lists, quotes and links.
        #expect(examplesWithCode > 100)
    }
}
