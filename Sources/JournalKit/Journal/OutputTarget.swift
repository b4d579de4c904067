import Foundation

/// What `-o FILE` may do to a file already there (docs/robustness.md, "Writing files"): a
/// report written over a note would destroy it, so a note is replaced only with `--force`.
package enum OutputTarget {
    /// The path of `file` relative to the journal at `root` when journal reads it as an
    /// entry (a Markdown file inside the journal folder, not ignored), else nil. The file
    /// need not exist yet.
    package static func entryPath(of file: String, root: String) -> String? {
        let relative = Journal.relativePath(resolved(file), root: root)
        guard !relative.hasPrefix("/"), EntryDiscovery.isEntry(relative, rules: IgnoreRules.load(root: root)) else { return nil }
        return relative
    }

    /// Why `file` must not be replaced without `--force`, as a sentence for the user, or nil
    /// when it may be: it exists, is a regular file, and is an entry of the journal
    /// (`isEntry`) or a `.md`/`.markdown` file that starts with front-matter (`---` or `+++`).
    /// A symbolic link is judged by the file it names, which is what `-o` would replace.
    /// An entry that journal wrote itself (`JournalOutput`: `practice -o practice.md` made
    /// again in the journal folder, so that its ticks count) may be replaced.
    package static func refusal(_ file: String, isEntry: Bool) -> String? {
        var st = stat()
        guard stat(file, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        let target = resolved(file)
        let reason: String
        if isEntry {
            if let head = readPrefix(target, 64), JournalOutput.isJournalOutput(head) { return nil }
            reason = "it is an entry of the journal"
        } else if EntryDiscovery.isEntryName((target as NSString).lastPathComponent), let head = readPrefix(target, 3),
                  head == Array("---".utf8) || head == Array("+++".utf8) {
            reason = "it is a Markdown note with front-matter"
        } else {
            return nil
        }
        return "will not replace \(TerminalSafe.path(file)): \(reason), and the output would overwrite it; write elsewhere, or pass --force to replace it."
    }

    /// The note for a new output file that journal will read back as an interview.
    package static func readBackNote(_ relative: String) -> String {
        "note: \(TerminalSafe.path(relative)) is inside the journal folder, so journal will read it as an interview; add it to .journalignore or write it elsewhere."
    }

    /// `file` with every symbolic link resolved when it exists, else as it is.
    private static func resolved(_ file: String) -> String {
        guard let real = realpath(file, nil) else { return file }
        defer { free(real) }
        return String(cString: real)
    }

    /// The first `count` bytes of `path` (fewer when it is shorter), without blocking on a
    /// file swapped for a pipe.
    private static func readPrefix(_ path: String, _ count: Int) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress!, count) }
        return n > 0 ? Array(bytes.prefix(n)) : nil
    }
}
