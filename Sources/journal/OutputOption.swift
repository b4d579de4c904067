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

    /// A report written over a note would destroy it: an existing `.md` file with
    /// front-matter, or any file journal reads as an entry (`isEntry`), is replaced only with --force.
    func refuseToReplaceANote(_ path: String, isEntry: Bool = false) throws {
        guard !force else { return }
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return }
        var reason: String?
        if isEntry { reason = "it is an entry of the journal" }
        else if EntryDiscovery.isEntryName((path as NSString).lastPathComponent), let head = readPrefix(path, 5),
                head.starts(with: Array("---".utf8)) || head.starts(with: Array("+++".utf8)) {
            reason = "it is a Markdown note with front-matter"
        }
        guard let reason else { return }
        printError("journal: will not replace \(TerminalSafe.path(path)): \(reason), and the output would overwrite it; write elsewhere, or pass --force to replace it.")
        throw ExitCode.failure
    }

    private func readPrefix(_ path: String, _ count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress!, count) }
        return n > 0 ? Array(bytes.prefix(n)) : nil
    }
}
