import Foundation
import Testing

/// Every action of `journal due` that names a `journal log` command is gone from `due`
/// once that command, copied as it is printed, has run: the loop from "what is due" to
/// "done" needs no hand-edited front-matter.
@Suite struct RecordCommandRoundTripTests {
    struct Action: Decodable, Hashable { var kind: String; var company: String; var message: String; var record: String? }
    struct Due: Decodable { var actions: [Action] }

    static func actions(_ root: String) throws -> [Action] {
        let out = try JournalRunner.run(["due", "-C", root, "--today", "2026-11-23", "--within", "30", "--format", "json"])
        #expect(out.status == 0, "\(out.stderr)")
        return try JSONDecoder().decode(Due.self, from: Data(out.stdout.utf8)).actions
    }

    @Test func eachPrintedCommandRecordsItsAction() throws {
        let journal = try TemporaryDirectory()
        _ = try JournalRunner.runProcess("/bin/cp", ["-R", JournalRunner.exampleJournal + "/.", journal.path])
        let commands = try Self.actions(journal.path).compactMap { action in action.record.map { (action, $0) } }
            // Placeholders (a date or a name the user must supply) are not run.
            .filter { !$0.1.contains("DATE") && !$0.1.contains("NAME") }
        #expect(commands.count >= 5)
        let bin = URL(fileURLWithPath: JournalRunner.binary).deletingLastPathComponent().path
        for (action, command) in commands {
            let out = try JournalRunner.runProcess("/bin/sh", ["-c", command + " --today 2026-11-23"], cwd: journal.path,
                                                   environment: ["PATH": bin + ":/usr/bin:/bin", "HOME": journal.path])
            #expect(out.status == 0, "\(command): \(out.stderr)")
            let after = try Self.actions(journal.path)
            // The same advice is gone (a second follow-up, with a message of its own, may follow).
            let left = after.contains { $0.kind == action.kind && $0.company == action.company && $0.message == action.message }
            #expect(!left, "\(command) left \(action.kind) in due: \(out.stdout)")
        }
    }
}
