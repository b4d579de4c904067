import Foundation
import Testing

/// Issue 7: the real binary gives the same bytes whatever the number of threads and
/// whether the cache is cold, being written or warm; a warm run sees every change.
@Suite struct ParallelAndCacheTests {
    /// A journal of a few dozen varied entries (the example journal, the practice fixture
    /// and generated ones) with a `.journal/` folder, so that the cache is used.
    static func makeJournal() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("journal-parallel-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/.journal", withIntermediateDirectories: true)
        for source in [JournalRunner.exampleJournal, JournalRunner.practiceJournal] {
            let name = (source as NSString).lastPathComponent
            try FileManager.default.copyItem(atPath: source, toPath: root + "/" + name)
            try? FileManager.default.removeItem(atPath: root + "/" + name + "/.journal")
        }
        let companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Zürich Re"]
        let questions = ["Tell me about a project that failed. #behavioral", "Design a rate limiter #system-design",
                         "How do you mentor juniors?", "Implement an LRU cache with `O(1)` get #algorithms #hard",
                         "Why do you want to leave? ❌", "Estimate piano tuners in Zürich"]
        for i in 0..<40 {
            let company = companies[i % companies.count]
            var text = i % 7 == 3 ? "" : """
            ---
            company: \(company)
            role: Engineer \(i % 3)
            date: 2026-\(String(format: "%02d", 1 + i % 11))-\(String(format: "%02d", 1 + i % 27))
            stage: \(["phone-screen", "technical", "onsite", "final"][i % 4])
            outcome: \(["pending", "advanced", "rejected", "offer"][i % 4])
            tags: [t\(i % 5)]
            ---

            """
            text += "# \(company) interview \(i)\n\n## Questions\n\n"
            for k in 0..<(2 + i % 5) {
                text += "\(k + 1). \(questions[(i + k) % questions.count])\n"
                if (i + k) % 3 == 0 { text += "   - note \(k) on answer \(i)\n" }
            }
            text += "\n## Difficult answers\n\n- **\(questions[i % questions.count].split(separator: "#")[0].trimmingCharacters(in: .whitespaces))** — ran out of time \(i % 4)\n"
            text += "\n## Next steps\n\n- [ ] Follow up by 2026-12-0\(1 + i % 9)\n- [x] Thank-you note\n"
            text += "\n## Reflection\n\n### Went well\n\n- Calm \(i % 3)\n\n### To improve\n\n- Shorter answers \(i % 2)\n"
            if i % 5 == 0 { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            try text.write(toFile: root + "/generated-\(String(format: "%02d", i)).md", atomically: true, encoding: .utf8)
        }
        return root
    }

    /// Everything the reporting commands print, run with `environment` and `extra` options.
    static func outputs(_ root: String, threads: String?, extra: [String]) throws -> String {
        let environment = threads.map { ["JOURNAL_THREADS": $0] } ?? [:]
        var all = ""
        for command in [["report", "--format", "json", "--today", "2026-11-23"], ["report", "--format", "markdown", "--today", "2026-11-23"],
                        ["practice", "--format", "markdown"], ["due", "--format", "json", "--today", "2026-11-23"],
                        ["list"], ["export"], ["check", "--format", "json"]] {
            let out = try JournalRunner.run(command + ["-C", root] + extra, environment: environment)
            #expect(out.status == 0 || out.status == 1, "\(command): \(out.stderr)")
            all += "== \(command.joined(separator: " "))\n" + out.stdout + "\n-- stderr\n" + out.stderr
        }
        return all
    }

    @Test func threadsAndCacheNeverChangeTheOutput() throws {
        let root = try Self.makeJournal()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let reference = try Self.outputs(root, threads: "1", extra: ["--no-cache"])
        #expect(reference.contains("Zürich Re"))
        #expect(try Self.outputs(root, threads: "2", extra: ["--no-cache"]) == reference)
        #expect(try Self.outputs(root, threads: "3", extra: ["--no-cache"]) == reference)
        // First run writes the cache, the next ones read it.
        #expect(try Self.outputs(root, threads: nil, extra: []) == reference)
        #expect(FileManager.default.fileExists(atPath: root + "/.journal/cache"))
        #expect(try Self.outputs(root, threads: "2", extra: []) == reference)
        #expect(try Self.outputs(root, threads: "1", extra: []) == reference)
    }

    @Test func warmRunSeesModifiedDeletedAndAddedFiles() throws {
        let root = try Self.makeJournal()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let before = try Self.outputs(root, threads: nil, extra: [])  // writes the cache
        #expect(try Self.outputs(root, threads: nil, extra: []) == before)
        #expect(before.contains("generated-11.md"))
        #expect(!before.contains("Newco"))

        let modified = root + "/generated-04.md"
        var text = try String(contentsOfFile: modified, encoding: .utf8)
        text = text.replacingOccurrences(of: "## Questions\n\n", with: "## Questions\n\n1. What is a brand-new question? #fresh\n")
        try text.write(toFile: modified, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: root + "/generated-11.md")
        try "---\ncompany: Newco\ndate: 2026-11-20\n---\n\n## Questions\n\n- Added question?\n".write(toFile: root + "/added.md", atomically: true, encoding: .utf8)

        let warm = try Self.outputs(root, threads: nil, extra: [])
        let cold = try Self.outputs(root, threads: "1", extra: ["--no-cache"])
        #expect(warm == cold)
        #expect(warm != before)
        #expect(warm.contains("What is a brand-new question?"))
        #expect(warm.contains("Newco"))
        #expect(!warm.contains("generated-11.md"))
    }
}
