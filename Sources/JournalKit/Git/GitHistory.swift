import Foundation

/// Reads from git what the notes do not say: when each file was first committed.
package enum GitHistory {
    /// The day each file (relative to `root`) was first committed, from one `git log` call.
    /// Empty when `root` is not in a git repository or git is missing.
    package static func firstCommitDays(root: String) -> [String: CalendarDay] {
        // Starting git costs more than reading a small journal: only when there is a repository.
        guard isInRepository(root) else { return [:] }
        // -z: names as they are, NUL-terminated (no C-style quoting of unusual names); each
        // commit starts with its day behind a \u{01} mark, the first name of it behind a newline.
        guard let run = GitCommand.run(["log", "-z", "--diff-filter=A", "--relative", "--no-renames",
                                           "--format=%x01%as", "--name-only", "--", "."], in: root),
              run.status == 0 else { return [:] }
        var result: [String: CalendarDay] = [:]
        var current: CalendarDay?
        // Newest first: later names (older commits) overwrite earlier ones.
        for field in run.stdout.split(separator: 0, omittingEmptySubsequences: true) {
            var token = field[...]
            if token.first == 1 {
                current = CalendarDay(iso: String(decoding: token.dropFirst(), as: UTF8.self))
                continue
            }
            if token.first == 10 { token = token.dropFirst() }
            if let day = current, !token.isEmpty { result[String(decoding: token, as: UTF8.self)] = day }
        }
        return result
    }

    /// Whether `path` or a folder above it has `.git` (a folder, or a file for worktrees),
    /// or `$GIT_DIR` is set.
    static func isInRepository(_ path: String) -> Bool {
        if let dir = environmentValue("GIT_DIR"), !dir.isEmpty { return true }
        var folder = (path as NSString).standardizingPath
        while true {
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".git")) { return true }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return false }
            folder = parent
        }
    }

}
