import ArgumentParser
import Foundation
import JournalKit

@main
struct JournalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal",
        abstract: "Turn interview notes into practice questions, a report and to-dos.",
        discussion: """
        Keep one Markdown file per interview in a folder (commit it to git). journal
        reads them all; it never changes a note (`init` and `new` only create files).

        Examples:
          journal init ~/job-search && cd ~/job-search
          journal new "Acme Corp" --stage onsite --edit
          journal check --journal ~/job-search
        """,
        version: "0.1.0",
        subcommands: [Init.self, New.self, Log.self, Draft.self, Check.self, Due.self, Report.self, Practice.self, Drill.self, Prep.self, List.self, Export.self, Hook.self, Lsp.self]
    )

    /// Parses and runs, mapping usage errors to exit status 2.
    static func main() {
        // `journal --version` alone answers before anything else: swift-argument-parser would
        // first reflect over the command (8 of its 12 million instructions, 2-3 ms).
        if CommandLine.arguments.count == 2, CommandLine.arguments[1] == "--version" {
            return print(configuration.version)
        }
        let warm = readsEntries(CommandLine.arguments) && environmentValue("JOURNAL_PREWARM") != "0" ? Prewarm.start() : nil
        defer { warm?.wait(); printTimings() }
        do {
            PhaseTimer.mark("start")
            if let problem = unknownHelpTopic(Array(CommandLine.arguments.dropFirst())) {
                printError("Error: " + problem)
                Foundation.exit(2)
            }
            var command = try parseAsRoot()
            PhaseTimer.mark("parse arguments")
            try command.run()
        } catch {
            // Both ways out exit at once (skipping the `defer`): the warm-up is waited for here.
            warm?.wait()
            printTimings()
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    /// `journal help bogus` (or `help hook bogus`): the problem, when a word after `help`
    /// names no command (the parser would print the general help and exit 0).
    static func unknownHelpTopic(_ arguments: [String]) -> String? {
        guard arguments.first == "help" else { return nil }
        var commands: [any ParsableCommand.Type] = configuration.subcommands
        var path = ["journal"]
        for word in arguments.dropFirst() where !word.hasPrefix("-") {
            guard let next = commands.first(where: { $0._commandName == word }) else {
                let names = commands.map { command in command._commandName }.joined(separator: ", ")
                return "`\(path.joined(separator: " "))` has no command '\(TerminalSafe.line(word))'; its commands are: \(names)."
            }
            path.append(word)
            commands = next.configuration.subcommands
        }
        return nil
    }

    /// The phase times that `JOURNAL_TIMINGS=1` asked for, on standard error.
    static func printTimings() {
        guard PhaseTimer.isEnabled else { return }
        let lines = PhaseTimer.takeLines()
        if !lines.isEmpty { FileHandle.standardError.write(Data((lines.joined(separator: "\n") + "\n").utf8)) }
    }

    /// Whether the command line names a command that reads the entries (worth warming up for).
    static func readsEntries(_ arguments: [String]) -> Bool {
        guard let command = arguments.dropFirst().first else { return false }
        return ["report", "practice", "due", "list", "check", "export", "prep", "log", "draft", "drill"].contains(command)
    }
}
