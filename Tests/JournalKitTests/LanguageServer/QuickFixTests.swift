import Foundation
import Testing
@testable import JournalKit

@Suite struct QuickFixTests {
    /// The code actions for lines `lines` of the note `path` opened with `text`, each applied
    /// to the text: title -> new text.
    func actions(_ text: String, path: String = "2026-11-18-acme-onsite.md", lines: ClosedRange<Int> = 0...20) throws -> [(String, String)] {
        let dir = try TemporaryDirectory(journal: [".journal/config.yml": ""])
        var lsp = ServerHarness(root: dir.root, today: "2026-11-20")
        let uri = DocumentURI.uri(path: path, root: dir.root)
        lsp.open(uri, text)
        let result = lsp.request("textDocument/codeAction", #"{"textDocument":{"uri":\#(quoted(uri))},"range":{"start":{"line":\#(lines.lowerBound),"character":0},"end":{"line":\#(lines.upperBound),"character":0}},"context":{"diagnostics":[]}}"#)
        let document = TextDocument(uri: uri, path: path, version: 1, text: Array(text.utf8))
        return try (result.arrayValue ?? []).map { action in
            let edits = try #require(action["edit"]?["changes"]?[uri]?.arrayValue)
            #expect(edits.count == 1)
            let range = try #require(edits.first?["range"])
            let start = try #require(LSP.position(range["start"])), end = try #require(LSP.position(range["end"]))
            var edited = document
            edited.replace(document.offset(line: start.line, character: start.character, encoding: .utf16)..<document.offset(line: end.line, character: end.character, encoding: .utf16),
                           with: Array((edits.first?["newText"]?.stringValue ?? "").utf8))
            return (action["title"]?.stringValue ?? "", String(decoding: edited.bytes, as: UTF8.self))
        }
    }

    @Test func addTheDateFromTheFileName() throws {
        let found = try actions("---\ncompany: Acme 😀 # the company\nthank_you: 2026-11-18\n---\n# Acme\n\n## Questions\n- Why?\n")
        #expect(found.map(\.0) == ["Add `date: 2026-11-18` (from the file name)"])
        #expect(found.first?.1 == "---\ncompany: Acme 😀 # the company\nthank_you: 2026-11-18\ndate: 2026-11-18\n---\n# Acme\n\n## Questions\n- Why?\n")
    }

    @Test func quoteAValueWithAColon() throws {
        let found = try actions("---\ncompany: 面试 Acme\ndate: 2026-11-18\nrole: Engineer: Backend 😀\nthank_you: true\n---\n# Acme\n")
        #expect(found.map(\.0) == [#"Quote the value: "Engineer: Backend 😀""#])
        #expect(found.first?.1 == "---\ncompany: 面试 Acme\ndate: 2026-11-18\nrole: \"Engineer: Backend 😀\"\nthank_you: true\n---\n# Acme\n")
        // With a double quote inside: single quotes.
        let single = try actions("---\ntitle: Re: \"the\" onsite\n---\n# Acme\n")
        #expect(single.first?.1 == "---\ntitle: 'Re: \"the\" onsite'\n---\n# Acme\n")
    }

    @Test func aStageTypoDidYouMean() throws {
        let swapped = try actions("---\ncompany: Acme\ndate: 2026-11-18\nstage: techincal\nthank_you: true\n---\n# Acme\n")
        #expect(swapped.map(\.0) == ["Did you mean 'technical'? Change the stage to technical"])
        #expect(swapped.first?.1 == "---\ncompany: Acme\ndate: 2026-11-18\nstage: technical\nthank_you: true\n---\n# Acme\n")
        let found = try actions("---\ncompany: Acme\ndate: 2026-11-18\nstage: onsit\nthank_you: 2026-11-18\n---\n# Acme\n\n## Questions\n- Why?\n")
        #expect(found.map(\.0) == ["Did you mean 'onsite'? Change the stage to onsite"])
        #expect(found.first?.1 == "---\ncompany: Acme\ndate: 2026-11-18\nstage: onsite\nthank_you: 2026-11-18\n---\n# Acme\n\n## Questions\n- Why?\n")
        // Far from every known stage: no guess.
        #expect(try actions("---\ncompany: Acme\ndate: 2026-11-18\nstage: 面试\nthank_you: true\n---\n# Acme\n").isEmpty)
    }

    @Test func recordThankYouSentTodayAsJournalLogWritesIt() throws {
        let note = "\u{FEFF}---\r\ncompany: 北京科技 # 公司\r\ndate: 2026-11-18\r\ntags: [backend]\r\n---\r\n# 面试 😀\r\n\r\n## Questions\r\n- Why?\r\n"
        let found = try actions(note)
        #expect(found.map(\.0) == ["Record thank-you sent today (2026-11-20)"])
        guard case .edited(let made) = try FrontMatterEditor.apply(LogEvent.thankYou.changes(value: nil, on: CalendarDay(iso: "2026-11-20")!), to: Array(note.utf8)) else {
            Issue.record("journal log would not edit")
            return
        }
        #expect(found.first?.1 == String(decoding: made.edited, as: UTF8.self))
        #expect(found.first?.1 == "\u{FEFF}---\r\ncompany: 北京科技 # 公司\r\ndate: 2026-11-18\r\ntags: [backend]\r\nthank_you: 2026-11-20\r\n---\r\n# 面试 😀\r\n\r\n## Questions\r\n- Why?\r\n")
        // Already sent: not offered.
        #expect(try actions("---\ncompany: Acme\ndate: 2026-11-18\nthank_you: 2026-11-19\n---\n# Acme\n\n## Questions\n- Why?\n").isEmpty)
    }
}
