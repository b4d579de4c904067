import Foundation
import Testing
@testable import JournalKit

/// `GitHistory` reads each file's first commit with `git log -z`, so names with spaces,
/// newlines, quotes and non-ASCII letters arrive as they are (git quotes them otherwise).
@Suite struct GitHistoryTests {
    static func git(_ arguments: [String], in root: String, date: String = "2026-11-02T10:00:00") -> Int32 {
        guard let git = ExternalTool.find(["git"]) else { return -1 }
        let environment = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "HOME": root,
                           "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date]
        let output = try? JournalRunner.runProcess(git, ["-c", "user.name=T", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"] + arguments,
                                                   cwd: root, environment: environment)
        return output?.status ?? -1
    }

    @Test(.enabled(if: ExternalGit.available, "git is not installed"))
    func unusualFileNamesGetTheirFirstCommitDay() throws {
        let journal = try TemporaryDirectory()
        #expect(Self.git(["init", "-q"], in: journal.root) == 0)
        let names = ["plain.md", "a b.md", "new\nline.md", "\"quoted\".md", "é-ü 面试.md", "tab\there.md"]
        for name in names { try journal.write(name, Array("# x\n".utf8)) }
        #expect(Self.git(["add", "-A"], in: journal.root) == 0)
        #expect(Self.git(["commit", "-q", "-m", "first"], in: journal.root, date: "2026-11-02T10:00:00") == 0)
        try journal.write("later.md", Array("# y\n".utf8))
        // Changing a file later does not move its first day.
        try journal.write("plain.md", Array("# changed\n".utf8))
        #expect(Self.git(["add", "-A"], in: journal.root) == 0)
        #expect(Self.git(["commit", "-q", "-m", "second"], in: journal.root, date: "2026-11-09T10:00:00") == 0)

        let days = GitHistory.firstCommitDays(root: journal.root)
        var expected = Dictionary(uniqueKeysWithValues: names.map { ($0, CalendarDay(iso: "2026-11-02")!) })
        expected["later.md"] = CalendarDay(iso: "2026-11-09")!
        #expect(days == expected)
    }
}

enum ExternalGit {
    static let available = ExternalTool.find(["git"]) != nil
}
