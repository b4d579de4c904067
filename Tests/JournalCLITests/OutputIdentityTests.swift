import Foundation
import Testing

/// Every command's output on `journal-example/`, byte for byte (issue 20): optimisations of
/// the reading path must not change a byte of what any command prints. The same list of
/// commands runs in `Benchmarks/identity.sh REF`, which compares two builds on the
/// 10,000-entry corpus as well.
@Suite struct OutputIdentityTests {
    static let today = "2026-11-23"

    /// (golden name, arguments after `--journal DIR --no-cache`).
    static let commands: [(String, [String])] = [
        ("report-text.txt", ["report", "--today", today, "--format", "text", "--color", "never"]),
        ("report.md", ["report", "--today", today, "--format", "markdown"]),
        ("report.html", ["report", "--today", today, "--format", "html"]),
        ("report.json", ["report", "--today", today, "--format", "json"]),
        ("report.ics", ["report", "--today", today, "--format", "ics", "--include-done"]),
        ("practice.md", ["practice", "--today", today, "--format", "markdown"]),
        ("practice.json", ["practice", "--today", today, "--format", "json"]),
        ("practice-anki.tsv", ["practice", "--today", today, "--format", "anki"]),
        ("practice-due.txt", ["practice", "--today", today, "--due", "--format", "text", "--color", "never"]),
        ("due.txt", ["due", "--today", today, "--format", "text", "--color", "never"]),
        ("due.json", ["due", "--today", today, "--format", "json", "--within", "30"]),
        ("list.txt", ["list", "--format", "table"]),
        ("list.json", ["list", "--format", "json"]),
        ("list-all.csv", ["list", "--format", "csv", "--all"]),
        ("list-applications.txt", ["list", "--applications", "--all"]),
        ("export.json", ["export"]),
        ("export-compact.json", ["export", "--compact"]),
        ("prep-acme.txt", ["prep", "acme", "--today", today, "--format", "text", "--color", "never"]),
        ("prep-acme.json", ["prep", "acme", "--today", today, "--format", "json"]),
        ("check-verbose.txt", ["check", "--verbose", "--color", "never"]),
        ("check.json", ["check", "--format", "json"]),
        ("drill-due.txt", ["drill", "--due", "--today", today, "--color", "never"]),
        ("drill-due.json", ["drill", "--due", "--today", "2099-01-01", "--format", "json"]),
    ]

    @Test(arguments: commands.map(\.0))
    func exampleOutputIsUnchanged(_ name: String) throws {
        let arguments = try #require(Self.commands.first { $0.0 == name }?.1)
        let result = try JournalRunner.run(arguments + ["--journal", JournalRunner.exampleJournal, "--no-cache"])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.stderr == "")
        try Golden.check(result.stdout, "example-outputs/" + name)
    }

    /// `check --explain` over every note: the classifier's decision and its cues, block by block.
    @Test func explainIsUnchanged() throws {
        let notes = try FileManager.default.subpathsOfDirectory(atPath: JournalRunner.exampleJournal)
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(notes.count == 8)
        let result = try JournalRunner.run(["check", "--journal", ".", "--no-cache", "--explain", "--color", "never"] + notes,
                                           cwd: JournalRunner.exampleJournal)
        #expect(result.status == 0, "\(result.stderr)")
        try Golden.check(result.stdout, "example-outputs/check-explain.txt")
    }

    /// Read from the cache, every command says what it says cold.
    @Test func warmOutputEqualsCold() throws {
        let dir = try TemporaryDirectory()
        let copy = dir.path("journal")
        try FileManager.default.copyItem(atPath: JournalRunner.exampleJournal, toPath: copy)
        for (name, arguments) in Self.commands where !arguments.contains("check") {
            let cold = try JournalRunner.run(arguments + ["--journal", copy, "--no-cache"])
            _ = try JournalRunner.run(arguments + ["--journal", copy])
            let warm = try JournalRunner.run(arguments + ["--journal", copy])
            #expect(warm.stdout == cold.stdout, "\(name) differs when read from the cache")
        }
    }
}
