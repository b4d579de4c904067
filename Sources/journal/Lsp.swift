import ArgumentParser
import Foundation
import JournalKit

extension JournalCommand {
    struct Lsp: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "Run the language server (LSP over stdio) for an editor.",
            discussion: """
            Speaks the Language Server Protocol on standard input and output for the
            journal the editor opened (root found as for every command: --journal, else
            $JOURNAL_DIR, else the nearest folder with .journal/). Diagnostics as you type
            (those of `journal check FILE`), completion, hover, an outline, definition and
            references of questions, quick fixes and "record thank-you sent today".
            Standard output carries only protocol messages; logs go to standard error.
            Set-up for Neovim, VS Code, Helix and Emacs: docs/editors.md.

            Exit status: 0 after `shutdown` then `exit`, 1 when the input ends or `exit`
            comes without `shutdown`.

            Examples:
              journal lsp
              journal lsp --journal ~/job-search --debounce 50
            """
        )

        @OptionGroup var journalOptions: JournalOptions
        @OptionGroup var todayOption: TodayOption
        // Unconditional, so that `--debounce -5` reaches validate() and is told the rule.
        @Option(parsing: .unconditional, help: ArgumentHelp("Milliseconds to wait after the last change before checking a buffer again, 0 to 10000 (default 0: as soon as no change is waiting; changes that arrive during a check are checked once, together).", valueName: "MS"))
        var debounce: Int = 0
        @Option(help: ArgumentHelp("Base URL of the documentation the diagnostics link to (default: the installed docs, else the source tree's).", valueName: "URL"))
        var docsURL: String?

        func validate() throws {
            if debounce < 0 || debounce > 10_000 { throw ValidationError("--debounce must be between 0 and 10000 milliseconds, not \(debounce).") }
        }

        func run() throws {
            let settings = ServerSettings(root: journalOptions.root, today: todayOption.day, debounce: Double(debounce) / 1000,
                                          docsURL: docsURL ?? Self.installedDocs(), useCache: !journalOptions.noCache)
            var session = RPCSession(handler: LanguageServer(settings: settings))
            let status = RPCStdio.serve(&session) { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
            throw ExitCode(status)
        }

        /// `file://` URL of the docs folder: installed next to the binary (share/doc/journal),
        /// else the source tree the binary was built from; nil when neither is there.
        static func installedDocs() -> String? {
            let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
            let installed = executable.deletingLastPathComponent().appendingPathComponent("../share/doc/journal").standardizedFileURL
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs").standardizedFileURL
            for folder in [installed, source] where FileManager.default.fileExists(atPath: folder.appendingPathComponent("format.md").path) {
                return folder.absoluteString.hasSuffix("/") ? folder.absoluteString : folder.absoluteString + "/"
            }
            return nil
        }
    }
}
