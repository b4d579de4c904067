import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Make a journal folder: settings, template, .gitignore, README, git.",
            discussion: """
            Creates DIR when needed, with .journal/config.yml (every setting at its
            default, explained), .journal/template.md (the template of `journal new`),
            a .gitignore for .journal/cache/, a .journalignore and a short README.md;
            then runs `git init` unless DIR is already in a git repository or --no-git
            is given. Nothing that exists is overwritten: such files are listed as kept.

            Examples:
              journal init ~/job-search
              journal init --hook
              journal init notes --no-git
            """
        )

        @Argument(help: ArgumentHelp("The journal folder to make (default: the current folder).", valueName: "DIR"))
        var directory: String?
        @Flag(help: "Do not run `git init`.") var noGit = false
        @Flag(help: "Also install the git pre-commit hook (`journal hook install`).") var hook = false

        func validate() throws {
            if hook && noGit {
                throw ValidationError("--hook installs a git hook, so it cannot go with --no-git.")
            }
        }

        func run() throws {
            let given = directory ?? "."
            let cwd = FileManager.default.currentDirectoryPath
            let expanded = (given as NSString).expandingTildeInPath
            let root = ((expanded.hasPrefix("/") ? expanded : (cwd as NSString).appendingPathComponent(expanded)) as NSString).standardizingPath
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), !isDirectory.boolValue {
                throw ValidationError("'\(given)' is a file, not a folder; choose another name for the journal folder.")
            }

            let steps: [JournalScaffold.Step]
            do {
                try AtomicFile.makeFolders(root)
                steps = try JournalScaffold.create(at: root)
            } catch {
                printError("journal: \(error)")
                throw ExitCode.failure
            }

            var lines = ["Journal folder \(given == "." ? "(the current folder)" : given):"]
            for step in steps {
                var line = "  \(step.action == .created ? "created" : "kept   ")  \(step.path)"
                if step.action == .kept { line += " (already there" + (step.hint.map { "; \($0)" } ?? "") + ")" }
                lines.append(line)
            }

            var failed = false
            var inRepository = false
            if noGit {
                lines.append("  git      not set up (--no-git)")
            } else if let top = GitCommand.topLevel(of: root) {
                inRepository = true
                lines.append("  git      already in the repository at \(top == cwd ? "." : displayPath(top))")
            } else if let output = GitCommand.run(["init", "--quiet", root]) {
                if output.status == 0 {
                    inRepository = true
                    lines.append("  git      ran `git init`: a new repository")
                } else {
                    failed = true
                    lines.append("  git      `git init` failed: \(output.firstErrorLine)")
                }
            } else {
                lines.append("  git      not found; install git to keep the notes' history")
            }

            if hook {
                if inRepository {
                    do {
                        let installed = try PreCommitHook.install(root: root, binary: currentExecutablePath(), force: false)
                        lines.append("  hook     " + Hook.describe(installed))
                    } catch {
                        failed = true
                        lines.append("  hook     not installed: \(error)")
                    }
                } else {
                    lines.append("  hook     not installed: there is no git repository")
                }
            }

            let cd = given == "." ? "" : "cd \(Init.shellWord(given)) && "
            lines.append("Next: \(cd)journal new \"Company name\" --stage phone-screen --edit")
            if inRepository && !hook {
                lines.append("      journal hook install   (checks the staged notes before each commit)")
            }
            print(lines.joined(separator: "\n"))
            if failed { throw ExitCode.failure }
        }

        /// A word safe to paste into a shell.
        static func shellWord(_ text: String) -> String {
            let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./~+@%:,")
            if !text.isEmpty, text.allSatisfy({ safe.contains($0) }) { return text }
            return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
    }
}
