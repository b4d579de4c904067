import Testing
@testable import JournalKit

@Suite struct StagedEntriesTests {
    @Test func onlyEntriesCount() {
        let rules = IgnoreRules("/README.md\ndrafts/\n*.tmp.md\n")
        let entries = ["a.md", "acme/notes.markdown", "README.md", "sub/README.md", "drafts/x.md", "deep/drafts/y.md",
                       "x.tmp.md", ".journal/template.md", ".hidden.md", "node_modules/p/readme.md", "notes.txt", ".journal/config.yml"]
            .filter { EntryDiscovery.isEntry($0, rules: rules) }
        #expect(entries == ["a.md", "acme/notes.markdown", "sub/README.md"])
    }

    @Test func catFileBatchOutputIsSplitByObject() {
        let a = "1111111111111111111111111111111111111111", b = "2222222222222222222222222222222222222222"
        let body = "line one\nline two\n"
        let output = Array("\(a) blob \(body.utf8.count)\n\(body)\n\(b) blob 0\n\n3333 missing\n".utf8)
        let parsed = StagedEntries.parseBatch(output)
        #expect(parsed[a] == Array(body.utf8))
        #expect(parsed[b] == [])
        #expect(parsed.count == 2)
    }

    @Test func theHookScriptQuotesItsPaths() {
        let script = PreCommitHook.script(binary: "/opt/it's here/journal", journalPath: "./my notes")
        #expect(script.contains("journal='/opt/it'\\''s here/journal'\n"))
        #expect(script.hasSuffix("exec \"$journal\" check --staged --journal './my notes'\n"))
        #expect(script.hasPrefix("#!/bin/sh\n\(PreCommitHook.marker):"))
    }
}
