import Foundation
import Testing
@testable import JournalKit

@Suite struct LanguageServerTests {
    static let note = """
    ---
    company: 北京科技
    date: 2026-11-18
    stage: 面试
    ---
    # 北京科技 — onsite 😀

    ## Questions
    - 请介绍一下你自己 😀 #behavioral
    - How would you shard a write-heavy table? #system-design

    """

    static let earlier = """
    ---
    company: 北京科技
    date: 2026-11-10
    stage: phone-screen
    interviewers:
      - 王芳 (Engineering Manager)
    thank_you: 2026-11-10
    ---
    # Phone screen

    ## Questions
    - 请介绍一下你自己 #behavioral
      - Too long; keep it to two minutes.

    """

    func journal() throws -> TemporaryDirectory {
        try TemporaryDirectory(journal: [".journal/config.yml": "", "2026-11-10-bj-phone.md": Self.earlier, "2026-11-18-bj-onsite.md": Self.note])
    }

    func uri(_ dir: TemporaryDirectory, _ path: String) -> String { DocumentURI.uri(path: path, root: dir.root) }

    @Test func openPublishesTheDiagnosticsOfCheckWithUTF16Ranges() throws {
        let dir = try journal()
        var lsp = ServerHarness(root: dir.root)
        #expect(lsp.server.encoding == .utf16)
        lsp.open(uri(dir, "2026-11-18-bj-onsite.md"), Self.note)
        let published = lsp.takePublished()
        #expect(published.count == 1)
        let checked = Journal.load(root: dir.root, options: LoadOptions(files: ["2026-11-18-bj-onsite.md"], useCache: false)).diagnostics
        #expect(published[0]["diagnostics"]?.arrayValue?.map { $0["message"]?.stringValue ?? "" } == checked.map(\.message))
        // "stage: 面试": the value starts at character 7 and ends at 9 in UTF-16 (13 in bytes).
        let stage = try #require(published[0]["diagnostics"]?.arrayValue?.first { $0["message"]?.stringValue?.contains("not a stage") == true })
        #expect(text(stage) == #"{"code":"stage-and-outcome","codeDescription":{"href":"https://docs.example/format.md#stage-and-outcome"},"# +
                #""message":"'面试' is not a stage journal knows; it is kept as written but has no place in the funnel. Known stages: phone-screen, recruiter, technical, take-home, onsite, final, reference-check, offer","# +
                #""range":{"end":{"character":9,"line":3},"start":{"character":7,"line":3}},"severity":2,"source":"journal"}"#)
    }

    @Test func utf8PositionsWhenTheClientOffersThem() throws {
        let dir = try journal()
        var lsp = ServerHarness(root: dir.root, offered: ["utf-8", "utf-16"])
        #expect(lsp.server.encoding == .utf8)
        lsp.open(uri(dir, "2026-11-18-bj-onsite.md"), Self.note)
        let stage = lsp.takePublished()[0]["diagnostics"]?.arrayValue?.first { $0["message"]?.stringValue?.contains("not a stage") == true }
        #expect(text(stage?["range"]) == #"{"end":{"character":13,"line":3},"start":{"character":7,"line":3}}"#)
    }

    @Test func changesAreDebouncedAndUseTheBufferNotTheDisk() throws {
        let dir = try journal()
        var lsp = ServerHarness(root: dir.root)
        let uri = uri(dir, "2026-11-18-bj-onsite.md")
        lsp.open(uri, Self.note)
        _ = lsp.takePublished()
        // Two quick changes: "面试" -> "onsite" (UTF-16 characters 7-9 of line 3), then a typo.
        lsp.notify("textDocument/didChange", #"{"textDocument":{"uri":\#(quoted(uri)),"version":2},"contentChanges":[{"range":{"start":{"line":3,"character":7},"end":{"line":3,"character":9}},"text":"onsite"}]}"#)
        lsp.wait(0.01)
        lsp.notify("textDocument/didChange", #"{"textDocument":{"uri":\#(quoted(uri)),"version":3},"contentChanges":[{"range":{"start":{"line":3,"character":13},"end":{"line":3,"character":13}},"text":"x"}]}"#)
        lsp.wait(0.04)
        #expect(lsp.takePublished().isEmpty)
        lsp.wait(0.02)
        let published = lsp.takePublished()
        #expect(published.count == 1)
        #expect(published.first?["version"]?.intValue == 3)
        #expect(published.first?["diagnostics"]?.arrayValue?.compactMap { $0["message"]?.stringValue?.prefix(38) } == ["'onsitex' is not a stage journal knows"])
        // The file on disk is unchanged; the buffer is what was checked.
        #expect(try dir.read("2026-11-18-bj-onsite.md") == Self.note)
        // A full change replaces the text.
        lsp.notify("textDocument/didChange", #"{"textDocument":{"uri":\#(quoted(uri)),"version":4},"contentChanges":[{"text":\#(quoted(Self.earlier))}]}"#)
        lsp.wait(0.1)
        #expect(lsp.takePublished().first?["diagnostics"]?.arrayValue?.count == 0)
    }

    /// The default (no debounce): a change is checked at the first tick after it was read, and
    /// changes read together (they arrived during a check) are checked once, at the last version.
    @Test func withoutDebounceChangesReadTogetherAreCheckedOnce() throws {
        let dir = try journal()
        let uri = uri(dir, "2026-11-18-bj-onsite.md")
        var session = RPCSession(handler: LanguageServer(settings: ServerSettings(root: dir.root, today: CalendarDay(iso: "2026-11-20")!)))
        _ = session.receive(MessageFramer.frame(Array(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#.utf8)), now: 0)
        func message(_ method: String, _ params: String) -> [UInt8] {
            MessageFramer.frame(Array(#"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params)}"#.utf8))
        }
        func published(_ output: [UInt8]) -> [JSONValue] {
            var framer = MessageFramer()
            framer.append(output)
            var found: [JSONValue] = []
            while case .body(let body)? = framer.next() {
                let value = try? JSONDecoder().decode(JSONValue.self, from: Data(body))
                if value?["method"]?.stringValue == "textDocument/publishDiagnostics", let params = value?["params"] { found.append(params) }
            }
            return found
        }
        let opened = session.receive(message("textDocument/didOpen", #"{"textDocument":{"uri":\#(quoted(uri)),"languageId":"markdown","version":1,"text":\#(quoted(Self.note))}}"#), now: 1)
        #expect(published(opened).count == 1)
        let change = { (version: Int, text: String, at: Int) in
            message("textDocument/didChange", #"{"textDocument":{"uri":\#(quoted(uri)),"version":\#(version)},"contentChanges":[{"range":{"start":{"line":3,"character":\#(at)},"end":{"line":3,"character":\#(at + (version == 2 ? 2 : 0))}},"text":"\#(text)"}]}"#)
        }
        // Two changes in one read: nothing is checked while reading, one check at the tick.
        #expect(published(session.receive(change(2, "onsite", 7) + change(3, "x", 13), now: 2)).isEmpty)
        let checked = published(session.tick(now: 2))
        #expect(checked.count == 1)
        #expect(checked.first?["version"]?.intValue == 3)
        #expect(checked.first?["diagnostics"]?.arrayValue?.compactMap { $0["message"]?.stringValue?.prefix(38) } == ["'onsitex' is not a stage journal knows"])
        #expect(published(session.tick(now: 3)).isEmpty)
    }

    @Test func completionOfKeysValuesCompaniesInterviewersTagsAndQuestions() throws {
        let dir = try journal()
        var lsp = ServerHarness(root: dir.root)
        let text = "---\ncompany: 北京科技\nstage: \ninterviewers:\n  - \n---\n# x\n\n## Questions\n- \nmore #\n"
        let uri = uri(dir, "2026-11-19-bj-final.md")
        lsp.open(uri, text)
        func labels(_ line: Int, _ character: Int) -> [String] {
            lsp.request("textDocument/completion", #"{"textDocument":{"uri":\#(quoted(uri))},"position":{"line":\#(line),"character":\#(character)}}"#)["items"]?
                .arrayValue?.compactMap { $0["label"]?.stringValue } ?? []
        }
        #expect(labels(1, 0) == Completion.keys)
        #expect(labels(1, 9) == ["北京科技"])
        #expect(labels(2, 7) == Stage.known)
        #expect(labels(4, 4) == ["王芳"])
        #expect(labels(9, 2) == ["请介绍一下你自己", "How would you shard a write-heavy table?"])
        #expect(labels(10, 6) == ["#behavioral", "#system-design"])
    }

    @Test func hoverOnAQuestionSaysWhereItWasAskedWithItsNotes() throws {
        let dir = try journal()
        var lsp = ServerHarness(root: dir.root)
        let uri = uri(dir, "2026-11-18-bj-onsite.md")
        lsp.open(uri, Self.note)
        let hover = lsp.request("textDocument/hover", #"{"textDocument":{"uri":\#(quoted(uri))},"position":{"line":8,"character":4}}"#)
        #expect(hover["contents"]?["value"]?.stringValue == """
        **请介绍一下你自己 😀**

        Asked in 2 interviews:
        - 2026-11-10 北京科技 (phone-screen): `2026-11-10-bj-phone.md:12`
        - 2026-11-18 北京科技 (面试): `2026-11-18-bj-onsite.md:9`

        Notes:
        - Too long; keep it to two minutes.
        """)
        let due = lsp.request("textDocument/hover", #"{"textDocument":{"uri":\#(quoted(uri))},"position":{"line":2,"character":2}}"#)
        #expect(due["contents"]?["value"]?.stringValue?.hasPrefix("Due from this note (as of 2026-11-20):\n- overdue since 2026-11-19: ") == true)
    }

    @Test func definitionAndReferencesOfAQuestion() throws {
        let dir = try journal()
        var lsp = ServerHarness(root: dir.root)
        let uri = uri(dir, "2026-11-18-bj-onsite.md")
        lsp.open(uri, Self.note)
        let params = #"{"textDocument":{"uri":\#(quoted(uri))},"position":{"line":8,"character":3},"context":{"includeDeclaration":true}}"#
        let other = DocumentURI.uri(path: "2026-11-10-bj-phone.md", root: dir.root)
        #expect(text(lsp.request("textDocument/definition", params)) == #"[{"range":{"end":{"character":22,"line":11},"start":{"character":2,"line":11}},"uri":"\#(other)"}]"#)
        #expect(lsp.request("textDocument/references", params).arrayValue?.compactMap { $0["uri"]?.stringValue } == [other, uri])
    }

    @Test func outlineOfRoundsAndQuestions() throws {
        let dir = try journal()
        var lsp = ServerHarness(root: dir.root)
        let uri = uri(dir, "2026-11-18-bj-onsite.md")
        lsp.open(uri, Self.note)
        let symbols = lsp.request("textDocument/documentSymbol", #"{"textDocument":{"uri":\#(quoted(uri))}}"#).arrayValue ?? []
        #expect(symbols.map { $0["name"]?.stringValue ?? "" } == ["Questions"])
        #expect(symbols.first?["children"]?.arrayValue?.map { $0["name"]?.stringValue ?? "" } == ["请介绍一下你自己 😀", "How would you shard a write-heavy table?"])
    }

    @Test func watchedFilesKeepTheRestOfTheJournalCurrent() throws {
        let dir = try journal()
        var lsp = ServerHarness(root: dir.root)
        try dir.write("2026-11-21-acme.md", "---\ncompany: Acme\n---\n# Acme\n\n## Questions\n- Why Acme?\n")
        lsp.notify("workspace/didChangeWatchedFiles", #"{"changes":[{"uri":\#(quoted(uri(dir, "2026-11-21-acme.md"))),"type":1}]}"#)
        #expect(lsp.server.entries.map(\.path) == ["2026-11-10-bj-phone.md", "2026-11-18-bj-onsite.md", "2026-11-21-acme.md"])
        try FileManager.default.removeItem(atPath: dir.path("2026-11-10-bj-phone.md"))
        lsp.notify("workspace/didChangeWatchedFiles", #"{"changes":[{"uri":\#(quoted(uri(dir, "2026-11-10-bj-phone.md"))),"type":3}]}"#)
        #expect(lsp.server.entries.map(\.path) == ["2026-11-18-bj-onsite.md", "2026-11-21-acme.md"])
    }

    @Test func asksToWatchTheNotesWhenTheClientAllowsIt() throws {
        let dir = try journal()
        for (allowed, expected) in [(true, 1), (false, 0)] {
            var server = LanguageServer(settings: ServerSettings(root: dir.root, today: CalendarDay(iso: "2026-11-20")!))
            var out = RPCOutbox(now: 0)
            _ = try server.request("initialize", params: json(#"{"capabilities":{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":\#(allowed)}}}}"#), out: &out)
            var after = RPCOutbox(now: 0)
            server.notification("initialized", params: json("{}"), out: &after)
            let requests = after.messages.filter { $0["method"]?.stringValue == "client/registerCapability" }
            #expect(requests.count == expected)
            if allowed {
                #expect(text(requests.first?["params"]) == #"{"registrations":[{"id":"journal-watched-files","method":"workspace/didChangeWatchedFiles","registerOptions":{"watchers":[{"globPattern":"**/*.md"},{"globPattern":"**/*.markdown"},{"globPattern":"**/.journal/config.yml"}]}}]}"#)
                #expect(requests.first?["id"] == .string("journal-1"))
            }
        }
    }
}
