import Foundation
import Testing

/// Whole-entry goldens: each `Tests/Fixtures/extraction/NAME.md` is exported on its own and
/// compared with `NAME.json` beside it. Adding an extraction case is dropping the two files
/// (`make golden` records the JSON; review it with git).
@Suite struct ExtractionGoldenTests {
    static let folder = JournalRunner.packageRoot.appendingPathComponent("Tests/Fixtures/extraction")

    static var cases: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 10)
    }

    @Test(arguments: cases)
    func exportMatchesGolden(_ name: String) throws {
        // Read from a copy outside any git repository, so that nothing (a first-commit date) comes from git.
        let dir = try TemporaryDirectory()
        try dir.write(name + ".md", String(contentsOf: Self.folder.appendingPathComponent(name + ".md"), encoding: .utf8))
        let result = try JournalRunner.run(["export", "-C", dir.path, "--no-cache", name + ".md"])
        #expect(result.status == 0, "\(result.stderr)")
        let golden = Self.folder.appendingPathComponent(name + ".json")
        if ProcessInfo.processInfo.environment["JOURNAL_RECORD"] == "1" {
            try result.stdout.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        if result.stdout != expected {
            let a = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, e.count)
            Issue.record("export of \(name).md differs from \(name).json at line \(line + 1):\n  expected: \(line < e.count ? String(e[line]) : "<end>")\n  actual:   \(line < a.count ? String(a[line]) : "<end>")")
        }
    }

    /// `check --explain` names each candidate with its decision and cues, line by line.
    @Test func explainShowsDecisionsAndCues() throws {
        let result = try JournalRunner.run(["check", "--explain", "-C", Self.folder.path, "--no-cache", "narrative-round.md"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains("narrative-round.md:5:3: not question (list item) Started with a quick intro about my current team."))
        #expect(lines.contains("    because: in a round; narrative 'started'"))
        #expect(lines.contains("narrative-round.md:7:3: question     (list item) What is the difference between a mutex and a semaphore?"))
        #expect(lines.contains("narrative-round.md:13:3: question     (list item) He asked me how I would roll back a bad schema change."))
        #expect(lines.contains("    because: in a round; reported speech 'asked me how'; narrative 'he'"))
    }

    @Test func explainNeedsFiles() throws {
        let result = try JournalRunner.run(["check", "--explain", "-C", Self.folder.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--explain needs the FILES"))
    }
}
