import Foundation
import Testing

/// A journal of notes without front-matter in the shapes people write (a phone screen named
/// as `journal new` names it, a README under the company's folder, a template, a question
/// bank, a list of questions to ask), through the binary, compared whole with golden files.
/// The notes are copied out of the repository first, so that no git history (the day a
/// checkout was committed) reaches the advice.
@Suite struct EntryKindCommandTests {
    static let fixture = JournalRunner.packageRoot.appendingPathComponent("Tests/JournalCLITests/Fixtures/kinds-journal").path
    let journal: TemporaryDirectory

    init() throws {
        journal = try TemporaryDirectory()
        let files = FileManager.default.enumerator(atPath: Self.fixture)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".md") {
            try journal.write(file, try String(contentsOfFile: (Self.fixture as NSString).appendingPathComponent(file), encoding: .utf8))
        }
    }

    private func run(_ arguments: [String]) throws -> JournalRunner.Output {
        try JournalRunner.run(arguments + ["--journal", journal.path, "--no-cache"])
    }

    @Test func listShowsInterviewsOnly() throws {
        let result = try run(["list"])
        #expect(result.status == 0)
        try Golden.check(result.stdout, "kinds-list.txt")
    }

    @Test func listAllShowsEveryNoteWithItsKind() throws {
        try Golden.check(try run(["list", "--all"]).stdout, "kinds-list-all.txt")
        try Golden.check(try run(["list", "--all", "--format", "json"]).stdout, "kinds-list-all.json")
    }

    @Test func practiceKeepsBankQuestionsApart() throws {
        try Golden.check(try run(["practice", "--format", "markdown"]).stdout, "kinds-practice.md")
        try Golden.check(try run(["practice", "--format", "json"]).stdout, "kinds-practice.json")
        try Golden.check(try run(["practice", "--format", "text", "--color", "never"]).stdout, "kinds-practice.txt")
    }

    @Test func checkExplainsEveryInferredValueAndTheTemplate() throws {
        let result = try run(["check", "--verbose"])
        #expect(result.status == 0)
        try Golden.check(result.stdout, "kinds-check.txt")
    }

    @Test func dueHasNothingFromTheTemplate() throws {
        let result = try run(["due", "--today", "2026-03-05"])
        try Golden.check(result.stdout, "kinds-due.txt")
        #expect(!result.stdout.contains("debrief"))
    }

    @Test func reportCountsOnlyTheInterviews() throws {
        let result = try run(["report", "--format", "markdown", "--today", "2026-03-05"])
        try Golden.check(result.stdout, "kinds-report.md")
    }
}
