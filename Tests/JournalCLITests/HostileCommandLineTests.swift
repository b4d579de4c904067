import Foundation
import Testing
import JournalKit

/// Issue 21 through the binary: what a careless user or a hostile folder does to the
/// command line, the hook and the terminal (docs/robustness.md).
@Suite struct HostileCommandLineTests {
    static func journal(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> JournalRunner.Output {
        try AuthoringCommandTests.journal(arguments, in: directory, environment: environment)
    }

    static func git(_ arguments: [String], in directory: String) throws -> JournalRunner.Output {
        try AuthoringCommandTests.git(arguments, in: directory, home: directory)
    }

    // MARK: - Messages

    @Test func journalDirThatDoesNotExistIsAUsageErrorLikeDashC() throws {
        let viaEnvironment = try JournalRunner.run(["check"], environment: ["JOURNAL_DIR": "/nonexistent"])
        #expect(viaEnvironment.status == 2)
        #expect(viaEnvironment.stderr == "Error: The journal folder '/nonexistent' (from $JOURNAL_DIR) does not exist; create it with `journal init '/nonexistent'` or pass an existing folder.\n")
        let due = try JournalRunner.run(["due", "--exit-code"], environment: ["JOURNAL_DIR": "/nonexistent"])
        #expect(due.status == 2)
        let viaOption = try JournalRunner.run(["check", "-C", "/nonexistent"])
        #expect(viaOption.status == 2)
        #expect(viaOption.stderr == "Error: The journal folder '/nonexistent' does not exist; create it with `journal init '/nonexistent'` or pass an existing folder.\n")
    }

    @Test func dashCOnAFileSaysItIsAFile() throws {
        let result = try JournalRunner.run(["check", "-C", "/etc/passwd"])
        #expect(result.status == 2)
        #expect(result.stderr == "Error: The journal folder '/etc/passwd' is a file, not a folder; pass the folder that holds your notes.\n")
    }

    @Test func checkOfAMissingFileSaysSoWithoutTheUsage() throws {
        let result = try JournalRunner.run(["check", "-C", JournalRunner.exampleJournal, "nonexist.md"])
        #expect(result.status == 2)
        #expect(result.stderr == "Error: No such file: nonexist.md\n")
    }

    @Test func helpForAnUnknownCommandFails() throws {
        let bogus = try JournalRunner.run(["help", "bogus"])
        #expect(bogus.status == 2)
        #expect(bogus.stdout == "")
        // The list grows with the commands: its start, its end and one line are the promise.
        #expect(bogus.stderr.hasPrefix("Error: `journal` has no command 'bogus'; its commands are: init, new, "))
        #expect(bogus.stderr.hasSuffix(", hook.\n") || bogus.stderr.contains(", hook, "))
        #expect(bogus.stderr.split(separator: "\n").count == 1)
        #expect(try JournalRunner.run(["help", "hook", "bogus"]).status == 2)
        #expect(try JournalRunner.run(["help", "hook", "install"]).status == 0)
    }

    @Test func numericOptionsAreBoundedAndNegativeOnesToldTheRule() throws {
        for within in ["-3", "9223372036854775807", "3654"] {
            let result = try JournalRunner.run(["due", "-C", JournalRunner.exampleJournal, "--within", within])
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("Error: --within must be a number of days from 0 to 3653 (ten years), not \(within).\n"), "\(result.stderr)")
        }
        #expect(try JournalRunner.run(["due", "-C", JournalRunner.exampleJournal, "--within", "3653", "--today", "2026-11-23"]).status == 0)
        let limit = try JournalRunner.run(["practice", "-C", JournalRunner.exampleJournal, "--limit", "-2"])
        #expect(limit.status == 2)
        #expect(limit.stderr.hasPrefix("Error: --limit must be at least 1, but it is -2.\n"))
    }

    /// Every numeric option of every command: a negative number is told the rule, never "Missing value".
    @Test func everyNumericOptionToldTheRuleForANegativeNumber() throws {
        let cases: [([String], String)] = [
            (["due", "--within", "-1"], "Error: --within must be a number of days from 0 to 3653 (ten years), not -1.\n"),
            (["practice", "--limit", "-1"], "Error: --limit must be at least 1, but it is -1.\n"),
            (["drill", "--due", "--limit", "-2"], "Error: --limit must be at least 1, but it is -2.\n"),
            (["drill", "--due", "--limit", "0"], "Error: --limit must be at least 1, but it is 0.\n"),
            (["lsp", "--debounce", "-5"], "Error: --debounce must be between 0 and 10000 milliseconds, not -5.\n"),
            (["lsp", "--debounce", "10001"], "Error: --debounce must be between 0 and 10000 milliseconds, not 10001.\n"),
        ]
        for (arguments, message) in cases {
            let result = try JournalRunner.run(arguments + ["-C", JournalRunner.exampleJournal])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("Missing value"), "\(arguments)")
        }
    }

    @Test func hugeAdviceSettingsAreRefusedInsteadOfOverflowing() throws {
        let dir = try TemporaryDirectory()
        try dir.write("2026-11-18-acme.md", "---\ncompany: Acme\ndate: 2026-11-18\n---\n## Next steps\n- [ ] Call\n")
        let huge = "9223372036854775807"
        try dir.write(".journal/config.yml", "advice:\n  thank_you_hours: \(huge)\n  follow_up_after_days: \(huge)\n  max_follow_ups: \(huge)\n  notes_fresh_days: \(huge)\n  keep_applying_days: \(huge)\n")
        let due = try JournalRunner.run(["due", "-C", dir.path, "--today", "2026-11-23"])
        #expect(due.status == 0)
        #expect(due.stderr == """
            .journal/config.yml:2:20: error: 'thank_you_hours' should be a whole number from 1 to 8784 (see docs/format.md#configuration)
            .journal/config.yml:3:25: error: 'follow_up_after_days' should be a whole number from 1 to 3653 (see docs/format.md#configuration)
            .journal/config.yml:4:19: error: 'max_follow_ups' should be a whole number from 0 to 100 (see docs/format.md#configuration)
            .journal/config.yml:5:21: error: 'notes_fresh_days' should be a whole number from 0 to 3653 (see docs/format.md#configuration)
            .journal/config.yml:6:23: error: 'keep_applying_days' should be a whole number from 1 to 3653 (see docs/format.md#configuration)

            """)
    }

    @Test func initAndHookSayWhatFileIsInTheWay() throws {
        let temp = try TemporaryDirectory()
        try temp.write("search/.journal", "a file\n")
        let initialized = try Self.journal(["init", "search", "--no-git"], in: temp.path)
        #expect(initialized.status == 1)
        #expect(initialized.stderr == "journal: cannot make the folder \(temp.path)/search/.journal: \(temp.path)/search/.journal is a file in the way, not a folder; move it away or rename it\n")

        let repository = temp.path + "/repo"
        try temp.write("repo/.journal/config.yml", "")
        #expect(try Self.git(["init", "-q"], in: repository).status == 0)
        try? FileManager.default.removeItem(atPath: repository + "/.git/hooks")
        try temp.write("repo/.git/hooks", "a file\n")
        let hook = try Self.journal(["hook", "install"], in: repository)
        #expect(hook.status == 1)
        #expect(hook.stderr == "journal: cannot install the hook: cannot make the folder \(repository)/.git/hooks: \(repository)/.git/hooks is a file in the way, not a folder; move it away or rename it\n")
    }

    @Test func hookInstallForceChainsTheOldHookAndUninstallRestoresIt() throws {
        let temp = try TemporaryDirectory()
        let root = temp.path
        try temp.write(".journal/config.yml", "")
        try temp.write("2026-11-20-acme.md", "---\ncompany: Acme\ndate: 2026-11-20\n---\n# Acme\n")
        #expect(try Self.git(["init", "-q"], in: root).status == 0)
        let old = "#!/bin/sh\necho old hook ran >> \"$(git rev-parse --git-dir)/old-hook.log\"\n[ ! -f block ]\n"
        try temp.write(".git/hooks/pre-commit", old)
        #expect(chmod(root + "/.git/hooks/pre-commit", 0o755) == 0)

        let install = try Self.journal(["hook", "install", "--force"], in: root)
        #expect(install.status == 0)
        #expect(install.stdout == "Installed the pre-commit hook .git/hooks/pre-commit; the hook that was there is kept as .git/hooks/pre-commit.before-journal and runs first (the commit stops if it fails); `journal hook uninstall` puts it back.\n")
        // Installing again keeps the chain.
        #expect(try Self.journal(["hook", "install"], in: root).stdout == "The pre-commit hook .git/hooks/pre-commit is already installed; nothing changed.\n")

        #expect(try Self.git(["add", "2026-11-20-acme.md"], in: root).status == 0)
        let first = try Self.git(["commit", "-q", "-m", "First"], in: root)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try temp.read(".git/old-hook.log") == "old hook ran\n")
        // The old hook fails: the commit stops, even though the notes are fine.
        try temp.write("block", "")
        try temp.write("2026-11-21-hooli.md", "---\ncompany: Hooli\ndate: 2026-11-21\n---\n# Hooli\n")
        #expect(try Self.git(["add", "2026-11-21-hooli.md"], in: root).status == 0)
        #expect(try Self.git(["commit", "-q", "-m", "Second"], in: root).status != 0)
        #expect(try temp.read(".git/old-hook.log") == "old hook ran\nold hook ran\n")

        let uninstall = try Self.journal(["hook", "uninstall"], in: root)
        #expect(uninstall.status == 0)
        #expect(uninstall.stdout == "Removed journal's pre-commit hook and put back the hook it ran first (.git/hooks/pre-commit.before-journal is .git/hooks/pre-commit again).\n")
        #expect(try temp.read(".git/hooks/pre-commit") == old)
        #expect(!FileManager.default.fileExists(atPath: root + "/.git/hooks/pre-commit.before-journal"))
    }

    /// git ignores a hook that is not executable; chained behind journal's, it stays ignored
    /// instead of failing every commit with "Permission denied".
    @Test func aChainedHookThatIsNotExecutableIsIgnoredAsGitWould() throws {
        let temp = try TemporaryDirectory()
        let root = temp.path
        try temp.write(".journal/config.yml", "")
        try temp.write("2026-11-20-acme.md", "---\ncompany: Acme\ndate: 2026-11-20\n---\n# Acme\n")
        #expect(try Self.git(["init", "-q"], in: root).status == 0)
        try temp.write(".git/hooks/pre-commit", "#!/bin/sh\necho old hook ran >> \"$(git rev-parse --git-dir)/old-hook.log\"\n")
        #expect(chmod(root + "/.git/hooks/pre-commit", 0o644) == 0)
        #expect(try Self.journal(["hook", "install", "--force"], in: root).status == 0)
        #expect(try Self.git(["add", "2026-11-20-acme.md"], in: root).status == 0)
        let commit = try Self.git(["commit", "-q", "-m", "First"], in: root)
        #expect(commit.status == 0, "\(commit.stderr)")
        #expect(!commit.stderr.contains("Permission denied"))
        #expect(!FileManager.default.fileExists(atPath: root + "/.git/old-hook.log"))
        // Made executable, it runs first, as git would run it.
        #expect(chmod(root + "/.git/hooks/pre-commit.before-journal", 0o755) == 0)
        try temp.write("2026-11-21-hooli.md", "---\ncompany: Hooli\ndate: 2026-11-21\n---\n# Hooli\n")
        #expect(try Self.git(["add", "2026-11-21-hooli.md"], in: root).status == 0)
        #expect(try Self.git(["commit", "-q", "-m", "Second"], in: root).status == 0)
        #expect(try temp.read(".git/old-hook.log") == "old hook ran\n")
    }

    @Test func stagedContentHasTheFileLimitsAndAStagedLinkIsItsText() throws {
        let temp = try TemporaryDirectory()
        let root = temp.path
        try temp.write(".journal/config.yml", "max_file_size: 1KB\n")
        #expect(try Self.git(["init", "-q"], in: root).status == 0)
        try temp.write("big.md", "# Big, 2026-11-18\n" + String(repeating: "x", count: 2_000) + "\n")
        try FileManager.default.createSymbolicLink(atPath: root + "/passwd.md", withDestinationPath: "/etc/passwd")
        #expect(try Self.git(["add", "-A"], in: root).status == 0)
        let check = try Self.journal(["check", "--staged"], in: root)
        #expect(check.status == 1)
        // The link is read as git stores it ("/etc/passwd", one line), never the file it names.
        #expect(check.stdout == """
            big.md:1:1: error: this file is 2 KB, more than the limit of 1 KB for one entry; split it, or raise max_file_size in .journal/config.yml (see docs/format.md#files)
            passwd.md:1:1: warning: no interview date found; add `date: YYYY-MM-DD` to the front-matter or put the date in the file name (see docs/format.md#dates)
            1 entry checked: 1 error, 1 warning; 1 note on inferred values (see them with --verbose).

            """)
        #expect(!check.stdout.contains("root:"))
    }

    /// A staged name that is not UTF-8 is shown escaped, as `check` shows it on disk.
    @Test func aStagedFileNameThatIsNotUTF8IsShownEscapedAsOnDisk() throws {
        let temp = try TemporaryDirectory()
        let root = temp.path
        try temp.write(".journal/config.yml", "")
        #expect(try Self.git(["init", "-q"], in: root).status == 0)
        let full = (Array(root.utf8) + Array("/caf".utf8) + [0xE9] + Array(".md".utf8) + [0]).map { CChar(bitPattern: $0) }
        let file = full.withUnsafeBufferPointer { open($0.baseAddress!, O_CREAT | O_WRONLY | O_TRUNC, 0o644) }
        try #require(file >= 0)
        let note = "---\ncompany: Cafe\ndate: 2026-13-18\n---\n"
        _ = note.withCString { write(file, $0, strlen($0)) }
        close(file)
        #expect(try Self.git(["add", "-A"], in: root).status == 0)
        let staged = try Self.journal(["check", "--staged"], in: root)
        let onDisk = try Self.journal(["check"], in: root)
        #expect(staged.stdout == onDisk.stdout)
        #expect(staged.stdout.hasPrefix("'caf\\xE9.md':1:1: warning: this file name contains control characters"), "\(staged.stdout)")
        #expect(staged.stdout.contains("'caf\\xE9.md':3:7: error: 'date' is '2026-13-18'"))
    }
}
