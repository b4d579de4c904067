import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func exampleJournalPassesCheck() throws {
        let result = try JournalRunner.run(["check", "--journal", JournalRunner.exampleJournal])
        #expect(result.status == 0)
        #expect(result.stdout == "8 entries checked: no problems; 2 notes on inferred values (see them with --verbose).\n")
    }

    @Test func usageErrorExitsWithTwo() throws {
        let result = try JournalRunner.run(["check", "--format", "yaml", "--journal", JournalRunner.exampleJournal])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--format"))
    }

    @Test func missingJournalFolderIsAUsageError() throws {
        let result = try JournalRunner.run(["check", "--journal", "/nonexistent/journal"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("The journal folder '/nonexistent/journal' does not exist"))
    }
}
