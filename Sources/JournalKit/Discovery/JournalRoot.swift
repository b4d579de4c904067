import Foundation

/// Finds the journal root (DESIGN 2).
public enum JournalRoot {
    /// `--journal DIR` (`explicit`), else `$JOURNAL_DIR` (`journalDir`), else the nearest ancestor of `cwd` with a
    /// `.journal/` folder, else `cwd`. Returns an absolute, standardized path.
    public static func find(explicit: String?, journalDir: String?, cwd: String) -> String {
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
}
