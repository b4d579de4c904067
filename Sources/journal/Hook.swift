import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Hook: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hook",
            abstract: "Install or remove the git pre-commit hook (journal check --staged).",
            discussion: """
            The hook checks the notes staged for a commit, as they are staged, and stops
            the commit when one has an error (skip it once with `git commit --no-verify`).
            It is written where git looks for hooks (core.hooksPath is respected).

            Examples:
              journal hook install
              journal hook install --journal ~/job-search --force
              journal hook uninstall
            """,
            subcommands: [Install.self, Uninstall.self]
        )

        struct Install: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "install",
                abstract: "Write the pre-commit hook (installing twice changes nothing).",
                discussion: """
                Refuses to replace a hook that is not journal's unless --force is given;
                the old hook is then kept as pre-commit.before-journal and run first (the
                commit stops when it fails), and `journal hook uninstall` puts it back.

                Examples:
                  journal hook install
                  journal hook install --force
                """
            )

            @OptionGroup var journalOptions: JournalOptions
            @Flag(help: "Replace another pre-commit hook: it is kept as pre-commit.before-journal and run first.") var force = false

            func run() throws {
                let installed: (path: String, result: PreCommitHook.Installed)
                do {
                    installed = try PreCommitHook.install(root: journalOptions.root, binary: currentExecutablePath(), force: force)
                } catch {
                    printError("journal: \(error)")
                    throw ExitCode.failure
                }
                print(Hook.describe(installed))
            }
        }

        struct Uninstall: ParsableCommand {
            static let configuration = CommandConfiguration(
                commandName: "uninstall",
                abstract: "Remove journal's pre-commit hook (any other hook is left alone).",
                discussion: """
                Examples:
                  journal hook uninstall
                  journal hook uninstall --journal ~/job-search
                """
            )

            @OptionGroup var journalOptions: JournalOptions

            func run() throws {
                do {
                    let (path, result) = try PreCommitHook.uninstall(root: journalOptions.root)
                    switch result {
                    case .removed: print("Removed the pre-commit hook \(displayPath(path)).")
                    case .restored(let backup): print("Removed journal's pre-commit hook and put back the hook it ran first (\(displayPath(backup)) is \(displayPath(path)) again).")
                    case .absent: print("No pre-commit hook at \(displayPath(path)); nothing to remove.")
                    }
                } catch {
                    printError("journal: \(error)")
                    throw ExitCode.failure
                }
            }
        }

        /// One sentence about what `install` did.
        static func describe(_ installed: (path: String, result: PreCommitHook.Installed)) -> String {
            let path = displayPath(installed.path)
            switch installed.result {
            case .created: return "Installed the pre-commit hook \(path): each commit now runs `journal check --staged`."
            case .updated: return "Updated the pre-commit hook \(path): each commit runs `journal check --staged`."
            case .unchanged: return "The pre-commit hook \(path) is already installed; nothing changed."
            case .replaced(let backup):
                return "Installed the pre-commit hook \(path); the hook that was there is kept as \(displayPath(backup)) and runs first (the commit stops if it fails); `journal hook uninstall` puts it back."
            }
        }
    }
}

/// The absolute path of the running `journal`, as it was invoked (a symbolic link on PATH
/// stays a link, so the hook survives upgrades); `/proc/self/exe` when that fails.
func currentExecutablePath() -> String {
    let invoked = CommandLine.arguments.first ?? "journal"
    let fileManager = FileManager.default
    if invoked.contains("/") {
        let absolute = invoked.hasPrefix("/") ? invoked : (fileManager.currentDirectoryPath as NSString).appendingPathComponent(invoked)
        let standardized = (absolute as NSString).standardizingPath
        if fileManager.isExecutableFile(atPath: standardized) { return standardized }
    } else if let path = ProcessInfo.processInfo.environment["PATH"] {
        for folder in path.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = (String(folder) as NSString).appendingPathComponent(invoked)
            if fileManager.isExecutableFile(atPath: candidate) { return candidate }
        }
    }
    if let resolved = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
    return Bundle.main.executablePath ?? "journal"
}
