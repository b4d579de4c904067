import ArgumentParser
import Foundation
import JournalKit

/// `-o FILE`, written atomically (docs/robustness.md, "Writing files").
struct OutputOption: ParsableArguments {
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Write to FILE (atomically) instead of standard output; - is standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "With -o: replace FILE even when it is a note (an entry of the journal, or Markdown with front-matter).")
    var force = false

    /// The file to write, or nil for standard output (`-o -` included).
    var file: String? { output == "-" ? nil : output }

    /// Writes `text` to FILE or standard output. Text formats (`raw` false) pass through
    /// `TerminalSafe`: controls and bidirectional overrides from notes are made visible;
    /// with `color`, journal's own colour codes are kept. JSON and HTML (`raw`) are
    /// escaped by their writers and go out as they are.
    func emit(_ text: String, raw: Bool = false, color: Bool = false, isEntry: Bool = false) throws {
        let safe = raw ? text : TerminalSafe.text(text, keepingStyle: color)
        if let file {
            try refuseToReplaceANote(file, isEntry: isEntry)
            do { try AtomicFile.write(safe, to: file) } catch {
                printError("journal: \(error)")
                throw ExitCode.failure
            }
        } else {
            var bytes = safe
            bytes.withUTF8 { FileHandle.standardOutput.write(Data(buffer: $0)) }
        }
    }

    /// A report written over a note would destroy it: `OutputTarget.refusal` says when
    /// FILE is one; it is replaced only with --force.
    func refuseToReplaceANote(_ path: String, isEntry: Bool = false) throws {
        guard !force, let refusal = OutputTarget.refusal(path, isEntry: isEntry) else { return }
        printError("journal: " + refusal)
        throw ExitCode.failure
    }
}
