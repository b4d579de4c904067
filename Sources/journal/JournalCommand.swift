import ArgumentParser
import Foundation
import JournalKit

@main
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Turn a folder of Markdown interview notes into practice questions, a reflection report and today's to-dos.",
        discussion: """
        Keep one Markdown file per interview in a folder (commit it to git). journal reads
        them all and never changes them.

        Examples:
          journal check                    validate every entry, with path:line:col diagnostics
          journal list --journal ~/job-search
          journal check notes/acme.md --strict
        """,
        version: "0.1.0",
        subcommands: [Check.self, List.self, Export.self, Due.self, Prep.self]
    )

    /// Parses and runs, mapping usage errors to exit status 2.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
