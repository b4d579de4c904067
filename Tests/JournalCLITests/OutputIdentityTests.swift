import Foundation
import Testing

/// Every command's output on `journal-example/`, byte for byte (issue 20): optimisations of
/// the reading path must not change a byte of what any command prints. The same list of
/// commands runs in `Benchmarks/identity.sh REF`, which compares two builds on the
/// 10,000-entry corpus as well.
@Suite struct OutputIdentityTests {
    static let today = "2026-11-23"

    /// (golden file under Golden/, arguments after `--journal DIR --no-cache`). The report in
    /// Markdown, JSON and HTML is the golden that ReportCommandTests and HTMLReportCommandTests
    /// already keep for journal-example (same day, same arguments): one file per output.
    static let commands: [(String, [String])] = [
        ("example-outputs/report-text.txt", ["report", "--today", today, "--format", "text", "--color", "never"]),
        ("report-example.md", ["report", "--today", today, "--format", "markdown"]),
        ("report-example.html", ["report", "--today", today, "--format", "html"]),
        ("report-example.json", ["report", "--today", today, "--format", "json"]),
        ("example-outputs/report.ics", ["report", "--today", today, "--format", "ics", "--include-done"]),
        ("example-outputs/practice.md", ["practice", "--today", today, "--format", "markdown"]),
        ("example-outputs/practice.json", ["practice", "--today", today, "--format", "json"]),
        ("example-outputs/practice-anki.tsv", ["practice", "--today", today, "--format", "anki"]),
        ("example-outputs/practice-due.txt", ["practice", "--today", today, "--due", "--format", "text", "--color", "never"]),
        ("example-outputs/due.txt", ["due", "--today", today, "--format", "text", "--color", "never"]),
        ("example-outputs/due.json", ["due", "--today", today, "--format", "json", "--within", "30"]),
        ("example-outputs/list.txt", ["list", "--format", "table"]),
        ("example-outputs/list.json", ["list", "--format", "json"]),
        ("example-outputs/list-all.csv", ["list", "--format", "csv", "--all"]),
        ("example-outputs/list-applications.txt", ["list", "--applications", "--all"]),
        ("example-outputs/export.json", ["export"]),
        ("example-outputs/export-compact.json", ["export", "--compact"]),
        ("example-outputs/prep-acme.txt", ["prep", "acme", "--today", today, "--format", "text", "--color", "never"]),
        ("example-outputs/prep-acme.json", ["prep", "acme", "--today", today, "--format", "json"]),
        ("example-outputs/check-verbose.txt", ["check", "--verbose", "--color", "never"]),
        ("example-outputs/check.json", ["check", "--format", "json"]),
        ("example-outputs/drill-due.txt", ["drill", "--due", "--today", today, "--color", "never"]),
        ("example-outputs/drill-due.json", ["drill", "--due", "--today", "2099-01-01", "--format", "json"]),
    ]

    @Test(arguments: commands.map(\.0))
    func exampleOutputIsUnchanged(_ name: String) throws {
        let arguments = try #require(Self.commands.first { $0.0 == name }?.1)
        let result = try JournalRunner.run(arguments + ["--journal", JournalRunner.exampleJournal, "--no-cache"])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.stderr == "")
        try Golden.check(result.stdout, name)
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
