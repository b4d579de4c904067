import Foundation

/// Reads from git what the notes do not say: when each file was first committed.
public enum GitHistory {
    /// The day each file (relative to `root`) was first committed, from one `git log` call.
    /// Empty when `root` is not in a git repository or git is missing.
    public static func firstCommitDays(root: String) -> [String: CalendarDay] {
        // Starting git costs more than reading a small journal: only when there is a repository.
        guard isInRepository(root) else { return [:] }
        guard let run = GitCommand.run(["log", "--diff-filter=A", "--relative", "--no-renames",
                                           "--format=%x00%as", "--name-only", "--", "."], in: root),
              run.status == 0 else { return [:] }
        let output = String(decoding: run.stdout, as: UTF8.self)
        var result: [String: CalendarDay] = [:]
        var current: CalendarDay?
        // Newest first: later lines (older commits) overwrite earlier ones.
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("\0") {
                current = CalendarDay(iso: line.dropFirst())
            } else if let day = current {
                result[unquote(String(line))] = day
            }
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

    private static func unquote(_ path: String) -> String {
        guard path.hasPrefix("\""), path.hasSuffix("\""), path.count >= 2 else { return path }
        // git quotes unusual names with C-style octal escapes.
        var bytes: [UInt8] = []
        let inner = Array(path.utf8.dropFirst().dropLast())
        var i = 0
        while i < inner.count {
            if inner[i] == UInt8(ascii: "\\"), i + 1 < inner.count {
                let next = inner[i + 1]
                if next >= 48, next <= 55, i + 3 < inner.count,
                   let v = UInt8(String(decoding: inner[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                    bytes.append(v); i += 4; continue
                }
                switch next {
                case UInt8(ascii: "n"): bytes.append(10)
                case UInt8(ascii: "t"): bytes.append(9)
                default: bytes.append(next)
                }
                i += 2
                continue
            }
            bytes.append(inner[i]); i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

}
