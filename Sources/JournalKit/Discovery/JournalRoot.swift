import Foundation

/// Finds the journal root (DESIGN 2).
package enum JournalRoot {
    /// `--journal DIR` (`explicit`), else `$JOURNAL_DIR` (`journalDir`), else the nearest ancestor of `cwd` with a
    /// `.journal/` folder, else `cwd`. Returns an absolute, standardized path.
    package static func find(explicit: String?, journalDir: String?, cwd: String) -> String {
        func absolute(_ p: String) -> String {
            let expanded = (p as NSString).expandingTildeInPath
            let full = expanded.hasPrefix("/") ? expanded : (cwd as NSString).appendingPathComponent(expanded)
            return (full as NSString).standardizingPath
        }
        if let explicit, !explicit.isEmpty { return absolute(explicit) }
        if let journalDir, !journalDir.isEmpty { return absolute(journalDir) }
        var dir = absolute(cwd)
        while true {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent(".journal"), isDirectory: &isDir), isDir.boolValue {
                return dir
            }
            let parent = (dir as NSString).deletingLastPathComponent
            if parent == dir || parent.isEmpty { break }
            dir = parent
        }
        return absolute(cwd)
    }

    /// Why the folder `--journal DIR` (`explicit`) or else `$JOURNAL_DIR` (`journalDir`)
    /// names cannot be the journal, as a sentence, or nil when it can (or neither is set).
    /// One rule for both: the folder must exist and be a folder, so a typo never reads as
    /// "0 entries checked: no problems" (docs/robustness.md). Relative paths are taken from
    /// the working directory.
    package static func problem(explicit: String?, journalDir: String?) -> String? {
        let (given, source): (String?, String) = explicit.map { ($0, "") }
            ?? (journalDir.flatMap { $0.isEmpty ? nil : $0 }, " (from $JOURNAL_DIR)")
        guard let given else { return nil }
        if given.isEmpty { return "The journal folder is an empty name; pass a folder with -C DIR." }
        let shown = "'" + TerminalSafe.line(given) + "'"
        var st = stat()
        guard stat((given as NSString).expandingTildeInPath, &st) == 0 else {
            return "The journal folder \(shown)\(source) does not exist; create it with `journal init \(shown)` or pass an existing folder."
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR else {
            return "The journal folder \(shown)\(source) is a file, not a folder; pass the folder that holds your notes."
        }
        return nil
    }
}
