import Foundation
import JournalKit
import Testing

/// `journal init`, `journal new`, `journal hook` and `journal check --staged`, run as a user would,
/// with real git in a temporary folder (HOME there too, so no global git setting interferes).
@Suite struct AuthoringCommandTests {
    let day = "2026-11-23"

    /// The folder that holds every `TemporaryDirectory`: git never looks for a repository there
    /// or above, so the tests do not depend on what surrounds them.
    static let ceiling = FileManager.default.temporaryDirectory.path

    /// Runs git in `directory` with a clean environment.
    @discardableResult
    static func git(_ arguments: [String], in directory: String, home: String) throws -> JournalRunner.Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=Test User", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false",
                             "-c", "init.defaultBranch=main"] + arguments
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") && $0.key != "JOURNAL_DIR" }
        environment["HOME"] = home
        environment["XDG_CONFIG_HOME"] = home
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_CEILING_DIRECTORIES"] = Self.ceiling
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The outputs are small (a commit message, a hook's diagnostics): read one after the other.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return JournalRunner.Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                    stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs journal with HOME in the temporary folder.
    @discardableResult
    static func journal(_ arguments: [String], in directory: String, environment: [String: String] = [:]) throws -> JournalRunner.Output {
        // git looks for a repository no higher than the temporary folder, whatever is above it.
        var env = ["HOME": directory, "XDG_CONFIG_HOME": directory, "GIT_CONFIG_NOSYSTEM": "1",
                   "GIT_CEILING_DIRECTORIES": Self.ceiling]
        for (key, value) in environment { env[key] = value }
        return try JournalRunner.run(arguments, cwd: directory, environment: env)
    }

    static func bytes(_ path: String) -> Data? { readWholeFile(path).map { Data($0) } }

    // MARK: - init and new

    @Test func initThenNewTwiceMakesTwoEntriesThatPassCheck() throws {
        let temp = try TemporaryDirectory()
        let initialized = try Self.journal(["init", "search"], in: temp.path)
        #expect(initialized.status == 0)
        #expect(initialized.stderr == "")
        #expect(initialized.stdout == """
            Journal folder search:
              created  .journal/config.yml
              created  .journal/template.md
              created  .gitignore
              created  .gitattributes
              created  .journalignore
              created  README.md
              git      ran `git init`: a new repository
            Next: cd search && journal new "Company name" --stage phone-screen --edit
                  journal hook install   (checks the staged notes before each commit)

            """)
        let root = temp.path + "/search"
        #expect(try temp.read("search/.journal/config.yml") == JournalScaffold.configText)
        #expect(try temp.read("search/.journal/template.md") == EntryTemplate.builtIn.text)
        #expect(try temp.read("search/.gitignore").contains("\n.journal/cache/\n"))
        #expect(try temp.read("search/.gitattributes").contains("\n.journal/reviews.tsv merge=union\n"))
        #expect(FileManager.default.fileExists(atPath: root + "/.git/HEAD"))

        let first = try Self.journal(["new", "Acme Corp", "--role", "Senior Backend Engineer", "--stage", "on-site", "--today", day], in: root)
        #expect(first.status == 0)
        #expect(first.stdout == "2026-11-23-acme-corp-onsite.md\n")
        #expect(first.stderr == "")
        let firstBytes = try #require(Self.bytes(root + "/2026-11-23-acme-corp-onsite.md"))
        try Golden.check(String(decoding: firstBytes, as: UTF8.self), "new-acme-onsite.md")

        let second = try Self.journal(["new", "Acme Corp", "--role", "Senior Backend Engineer", "--stage", "onsite", "--today", day], in: root)
        #expect(second.status == 0)
        #expect(second.stdout == "2026-11-23-acme-corp-onsite-2.md\n")
        #expect(second.stderr == "journal: continuing Acme Corp (1 note): round 2, role carried over; --new-company starts another application.\n")
        #expect(Self.bytes(root + "/2026-11-23-acme-corp-onsite.md") == firstBytes)
        // The second note continues the application: the same text, one round on.
        let continued = String(decoding: firstBytes, as: UTF8.self).replacingOccurrences(of: "tags: []\n---\n", with: "tags: []\nround: 2\n---\n")
        #expect(Self.bytes(root + "/2026-11-23-acme-corp-onsite-2.md") == Data(continued.utf8))

        let check = try Self.journal(["check"], in: root)
        #expect(check.stdout == "2 entries checked: no problems.\n")
        #expect(check.status == 0)

        // --date wins over --today; from another folder the path printed is absolute.
        let dated = try Self.journal(["new", "Globex", "--date", "2026-11-20", "--today", day, "--journal", root], in: temp.path)
        #expect(dated.stdout == "search/2026-11-20-globex.md\n")
        let outside = try JournalRunner.run(["new", "Initech", "--today", day, "--journal", root], cwd: "/")
        #expect(outside.stdout == root + "/2026-11-23-initech.md\n")
    }

    @Test func initNeverOverwritesAnything() throws {
        let temp = try TemporaryDirectory()
        let config = "# mine\nadvice:\n  thank_you_hours: 12\n"
        try temp.write(".journal/config.yml", config)
        try temp.write(".gitignore", "*.swp\n")
        try temp.write("README.md", "# My own notes\n")
        let result = try Self.journal(["init", "--no-git"], in: temp.path)
        #expect(result.status == 0)
        #expect(result.stdout == """
            Journal folder (the current folder):
              kept     .journal/config.yml (already there)
              created  .journal/template.md
              kept     .gitignore (already there; add the line `.journal/cache/` to it so that derived data stays out of git)
              created  .gitattributes
              created  .journalignore
              kept     README.md (already there)
              git      not set up (--no-git)
            Next: journal new "Company name" --stage phone-screen --edit

            """)
        #expect(try temp.read(".journal/config.yml") == config)
        #expect(try temp.read(".gitignore") == "*.swp\n")
        #expect(try temp.read("README.md") == "# My own notes\n")
        #expect(!FileManager.default.fileExists(atPath: temp.path + "/.git"))

        let template = try temp.read(".journal/template.md")
        let again = try Self.journal(["init", ".", "--no-git"], in: temp.path)
        #expect(again.status == 0)
        #expect(again.stdout.components(separatedBy: "  kept ").count == 7)
        #expect(!again.stdout.contains("created"))
        #expect(try temp.read(".journal/template.md") == template)
    }

    @Test func initInsideARepositoryLeavesGitAloneAndCanInstallTheHook() throws {
        let temp = try TemporaryDirectory()
        try Self.git(["init", "-q"], in: temp.path, home: temp.path)
        let result = try Self.journal(["init", "notes/jobs", "--hook"], in: temp.path)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n  git      already in the repository at .\n"))
        #expect(result.stdout.contains("\n  hook     Installed the pre-commit hook .git/hooks/pre-commit: each commit now runs `journal check --staged`.\n"))
        #expect(!result.stdout.contains("journal hook install   ("))
        #expect(!FileManager.default.fileExists(atPath: temp.path + "/notes/jobs/.git"))
        #expect(try temp.read(".git/hooks/pre-commit").hasSuffix("exec \"$journal\" check --staged --journal './notes/jobs'\n"))
    }

    @Test func initUsageErrors() throws {
        let temp = try TemporaryDirectory()
        try temp.write("file", "x")
        let onFile = try Self.journal(["init", "file", "--no-git"], in: temp.path)
        #expect(onFile.status == 2)
        #expect(onFile.stderr.hasPrefix("Error: 'file' is a file, not a folder; choose another name for the journal folder.\n"))
        let both = try Self.journal(["init", "--hook", "--no-git"], in: temp.path)
        #expect(both.status == 2)
        #expect(both.stderr.hasPrefix("Error: --hook installs a git hook, so it cannot go with --no-git.\n"))
    }

    @Test func hostileCompanyNamesMakeSafeFileNamesInsideTheJournal() throws {
        let temp = try TemporaryDirectory()
        try temp.write(".journal/config.yml", "")
        let names = ["../../etc/passwd", ".hidden", "a/b", String(repeating: "Very Long Company ", count: 17), "🚀🎉", "A\nB", "..",
                     "/", "Foo: \"Bar\"", "\u{202E}evil", "C:\\Windows\\System32", "-"]
        var created: [String] = []
        for name in names {
            let result = try Self.journal(["new", "--new-company", "--today", day, "--", name], in: temp.path)
            #expect(result.status == 0, "\(name): \(result.stderr)")
            #expect(result.stderr == "")
            let file = String(result.stdout.dropLast())
            #expect(result.stdout.hasSuffix(".md\n"))
            #expect(file.hasPrefix("2026-11-23-") && !file.contains("/") && !file.contains("..") && file.count <= 90, "\(file)")
            #expect(file.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." })
            #expect(FileManager.default.fileExists(atPath: temp.path + "/" + file))
            created.append(file)
        }
        #expect(created == ["2026-11-23-etc-passwd.md", "2026-11-23-hidden.md", "2026-11-23-a-b.md",
                            "2026-11-23-very-long-company-very-long-company-very-long-company-very.md",
                            "2026-11-23-interview.md", "2026-11-23-a-b-2.md", "2026-11-23-interview-2.md", "2026-11-23-interview-3.md",
                            "2026-11-23-foo-bar.md", "2026-11-23-evil.md", "2026-11-23-c-windows-system32.md", "2026-11-23-interview-4.md"])
        let listing = try FileManager.default.contentsOfDirectory(atPath: temp.path).sorted()
        #expect(listing == ([".journal"] + created).sorted())

        let check = try Self.journal(["check"], in: temp.path)
        // The company is kept as given, so check points at its bidirectional override.
        #expect(check.stdout == """
            2026-11-23-evil.md:2:11: warning: this file contains 2 bidirectional control characters (U+202A–U+202E, U+2066–U+2069), which show text in another order than it is stored; journal shows them as <U+…>, remove them unless they are meant (see docs/format.md#files)
            12 entries checked: 0 errors, 1 warning.

            """)
        #expect(check.status == 0)
        // The company is kept exactly as given (on one line) in the front-matter.
        let export = try Self.journal(["export", "2026-11-23-foo-bar.md", "2026-11-23-a-b-2.md"], in: temp.path)
        #expect(export.stdout.contains("\"value\" : \"Foo: \\\"Bar\\\"\""))
        #expect(export.stdout.contains("\"value\" : \"A B\""))

        for empty in ["", "\n", "  \t "] {
            let result = try Self.journal(["new", empty], in: temp.path)
            #expect(result.status == 2)
            #expect(result.stderr.hasPrefix("Error: The company name is empty; give it as the first argument, e.g. journal new \"Acme Corp\".\n"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temp.path).count == created.count + 1)
    }

    @Test func newFillsTheJournalsOwnTemplate() throws {
        let temp = try TemporaryDirectory()
        try temp.write(".journal/template.md", """
            ---
            company: "{{company}}"
            role: {{role}}
            date: {{date}}
            ---
            # {{title}}

            ## Questions

            """)
        let result = try Self.journal(["new", "Foo: \"Bar\"", "--role", "It's #1", "--stage", "tech", "--today", day], in: temp.path)
        #expect(result.stdout == "2026-11-23-foo-bar-technical.md\n")
        #expect(try temp.read("2026-11-23-foo-bar-technical.md") == """
            ---
            company: "Foo: \\"Bar\\""
            role: "It's #1"
            date: 2026-11-23
            ---
            # Foo: "Bar" — technical

            ## Questions

            """)
        #expect(try Self.journal(["check"], in: temp.path).status == 0)

        // A template that makes a broken note is reported at once.
        try temp.write(".journal/template.md", "---\ndate: {{date}}\nfit: 9\n---\n# {{title}}\n")
        let broken = try Self.journal(["new", "Globex", "--today", day], in: temp.path)
        #expect(broken.status == 0)
        #expect(broken.stdout == "2026-11-23-globex.md\n")
        #expect(broken.stderr == "2026-11-23-globex.md:3:6: error: 'fit' is 9, but it should be a whole number from 1 (poor fit) to 5 (great fit) (see docs/format.md#keys)\n")

        let unknownStage = try Self.journal(["new", "Hooli", "--stage", "pairing", "--today", day], in: temp.path)
        #expect(unknownStage.stdout == "2026-11-23-hooli-pairing.md\n")
        #expect(unknownStage.stderr.hasPrefix("journal: warning: 'pairing' is not a stage journal knows; it is kept as written."))
    }

    @Test func editOpensTheEditorAtTheFirstEmptySection() throws {
        let temp = try TemporaryDirectory()
        let bin = temp.path + "/bin"
        for name in ["vim", "code"] {
            try temp.write("bin/\(name)", "#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\" > '\(temp.path)/args'\n")
            chmod(bin + "/" + name, 0o755)
        }
        try temp.write("j/.journal/config.yml", "")
        let root = temp.path + "/j"

        let vim = try Self.journal(["new", "Acme", "--today", day, "--edit"], in: root, environment: ["EDITOR": bin + "/vim", "VISUAL": ""])
        #expect(vim.status == 0)
        #expect(vim.stdout == "2026-11-23-acme.md\n")
        let text = try temp.read("j/2026-11-23-acme.md")
        let line = try #require(EntryTemplate.firstEmptySectionLine(in: text))
        #expect(try temp.read("args") == "\(bin)/vim\n+\(line)\n\(root)/2026-11-23-acme.md\n")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[line - 4] == "## Questions")

        let code = try Self.journal(["new", "Acme", "--new-company", "--today", day, "--edit"], in: root, environment: ["VISUAL": bin + "/code --wait", "EDITOR": "vim"])
        #expect(code.stdout == "2026-11-23-acme-2.md\n")
        #expect(try temp.read("args") == "\(bin)/code\n--wait\n--goto\n\(root)/2026-11-23-acme-2.md:\(line)\n")

        // No editor and no terminal: the file is made, and the message says what to set.
        let none = try Self.journal(["new", "Acme", "--new-company", "--today", day, "--edit"], in: root, environment: ["VISUAL": "", "EDITOR": ""])
        #expect(none.status == 1)
        #expect(none.stdout == "2026-11-23-acme-3.md\n")
        #expect(none.stderr == "journal: no editor to open it with: set VISUAL or EDITOR (e.g. export EDITOR=vim), or open the file yourself.\n")
        #expect(FileManager.default.fileExists(atPath: root + "/2026-11-23-acme-3.md"))
    }

    // MARK: - check --staged and the pre-commit hook

    @Test func thePreCommitHookBlocksABrokenEntryAndLetsAFixedOneThrough() throws {
        let temp = try TemporaryDirectory()
        #expect(try Self.journal(["init", "search"], in: temp.path).status == 0)
        let root = temp.path + "/search"
        let install = try Self.journal(["hook", "install"], in: root)
        #expect(install.status == 0)
        #expect(install.stdout == "Installed the pre-commit hook .git/hooks/pre-commit: each commit now runs `journal check --staged`.\n")
        let hook = try temp.read("search/.git/hooks/pre-commit")
        #expect(hook == PreCommitHook.script(binary: JournalRunner.binary, journalPath: "."))
        #expect(FileManager.default.isExecutableFile(atPath: root + "/.git/hooks/pre-commit"))
        let again = try Self.journal(["hook", "install"], in: root)
        #expect(again.stdout == "The pre-commit hook .git/hooks/pre-commit is already installed; nothing changed.\n")
        #expect(try temp.read("search/.git/hooks/pre-commit") == hook)

        let entry = try Self.journal(["new", "Acme", "--stage", "onsite", "--today", day], in: root).stdout.trimmingCharacters(in: .newlines)
        try Self.git(["add", "-A"], in: root, home: temp.path)
        let first = try Self.git(["commit", "-q", "-m", "First interview"], in: root, home: temp.path)
        #expect(first.status == 0, "\(first.stderr)")

        let good = try temp.read("search/" + entry)
        try temp.write("search/" + entry, good.replacingOccurrences(of: "date: 2026-11-23", with: "date: 2026-13-45"))
        try Self.git(["add", entry], in: root, home: temp.path)
        let blocked = try Self.git(["commit", "-q", "-m", "Broken"], in: root, home: temp.path)
        #expect(blocked.status == 1)
        #expect((blocked.stdout + blocked.stderr).contains("""
            2026-11-23-acme-onsite.md:4:7: error: 'date' is '2026-13-45', which is not a real date: there is no month 13. Write the date as YYYY-MM-DD, e.g. 2026-11-18 (see docs/format.md#dates)
            """))
        #expect(try Self.git(["rev-list", "--count", "HEAD"], in: root, home: temp.path).stdout == "1\n")

        try temp.write("search/" + entry, good.replacingOccurrences(of: "date: 2026-11-23", with: "date: 2026-11-24"))
        try Self.git(["add", entry], in: root, home: temp.path)
        let fixed = try Self.git(["commit", "-q", "-m", "Fixed"], in: root, home: temp.path)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        #expect(try Self.git(["rev-list", "--count", "HEAD"], in: root, home: temp.path).stdout == "2\n")

        let uninstall = try Self.journal(["hook", "uninstall"], in: root)
        #expect(uninstall.stdout == "Removed the pre-commit hook .git/hooks/pre-commit.\n")
        #expect(!FileManager.default.fileExists(atPath: root + "/.git/hooks/pre-commit"))
        #expect(try Self.journal(["hook", "uninstall"], in: root).stdout == "No pre-commit hook at .git/hooks/pre-commit; nothing to remove.\n")
    }

    @Test func stagedChecksTheStagedContentNotTheWorkingCopy() throws {
        let temp = try TemporaryDirectory()
        let top = temp.path
        try Self.git(["init", "-q"], in: top, home: top)
        // The journal is a sub-folder of the repository; a broken note outside it does not count.
        try temp.write("notes/.journal/config.yml", "")
        try temp.write("notes/2026-11-20-acme.md", "---\ncompany: Acme\ndate: 2026-11-20\n---\n# Acme\n")
        try temp.write("other/2026-11-20-broken.md", "---\ndate: 2026-02-30\n---\n")
        try Self.git(["add", "-A"], in: top, home: top)

        let clean = try Self.journal(["check", "--staged", "--journal", "notes"], in: top)
        #expect(clean.stdout == "1 entry checked: no problems.\n")
        #expect(clean.status == 0)

        // Broken in the index, fixed in the working copy: --staged sees the index.
        try temp.write("notes/2026-11-20-acme.md", "---\ncompany: Acme\ndate: 2026-11-31\n---\n# Acme\n")
        try Self.git(["add", "notes"], in: top, home: top)
        try temp.write("notes/2026-11-20-acme.md", "---\ncompany: Acme\ndate: 2026-11-30\n---\n# Acme\n")
        let staged = try Self.journal(["check", "--staged"], in: top + "/notes")
        #expect(staged.status == 1)
        #expect(staged.stdout == """
            2026-11-20-acme.md:3:7: error: 'date' is '2026-11-31', which is not a real date: month 11 of 2026 has 30 days. Write the date as YYYY-MM-DD, e.g. 2026-11-18 (see docs/format.md#dates)
            1 entry checked: 1 error, 0 warnings; 1 note on inferred values (see them with --verbose).

            """)
        #expect(try Self.journal(["check"], in: top + "/notes").status == 0)

        // Fixed in the index, broken in the working copy: --staged passes.
        try Self.git(["add", "notes"], in: top, home: top)
        try temp.write("notes/2026-11-20-acme.md", "---\ncompany: Acme\ndate: 2026-11-31\n---\n")
        #expect(try Self.journal(["check", "--staged", "-C", "notes"], in: top).status == 0)

        // A staged configuration is checked as staged too; ignored and hidden files are not entries.
        try temp.write("notes/.journal/config.yml", "advise:\n  thank_you_hours: 2\n")
        try temp.write("notes/.journalignore", "drafts/\n")
        try temp.write("notes/drafts/2026-11-21-x.md", "---\ndate: 2026-99-99\n---\n")
        try temp.write("notes/2026-11-20-acme.md", "---\ncompany: Acme\ndate: 2026-11-30\n---\n# Acme\n")
        try Self.git(["add", "-A", "notes"], in: top, home: top)
        try temp.write("notes/.journal/config.yml", "")
        let config = try Self.journal(["check", "--staged", "-C", "notes"], in: top)
        #expect(config.status == 1)
        #expect(config.stdout == """
            .journal/config.yml:1:1: error: unknown setting 'advise'; known settings: sections, advice, drill, formats, max_file_size (see docs/format.md#configuration)
            1 entry checked: 1 error, 0 warnings.

            """)
    }

    @Test func stagedUsageErrors() throws {
        let temp = try TemporaryDirectory()
        let outside = try Self.journal(["check", "--staged"], in: temp.path)
        #expect(outside.status == 2)
        #expect(outside.stderr == "journal: \(temp.path) is not inside a git repository, so nothing is staged; run `git init` there first, or check the working copy with `journal check`\n")
        let withFiles = try Self.journal(["check", "--staged", "a.md"], in: temp.path)
        #expect(withFiles.status == 2)
        #expect(withFiles.stderr.hasPrefix("Error: --staged checks what git has staged; leave out the FILES (a.md).\n"))
    }

    @Test func hookInstallRespectsOtherHooksAndHooksPath() throws {
        let temp = try TemporaryDirectory()
        let root = temp.path
        try Self.git(["init", "-q"], in: root, home: root)
        let theirs = "#!/bin/sh\nnpm test\n"
        try temp.write(".git/hooks/pre-commit", theirs)
        let refused = try Self.journal(["hook", "install"], in: root)
        #expect(refused.status == 1)
        #expect(refused.stderr == "journal: \(root)/.git/hooks/pre-commit already exists and is not journal's hook; add `journal check --staged` to it yourself, or pass --force to replace it (the old hook is kept beside it)\n")
        #expect(try temp.read(".git/hooks/pre-commit") == theirs)
        let notOurs = try Self.journal(["hook", "uninstall"], in: root)
        #expect(notOurs.status == 1)
        #expect(notOurs.stderr == "journal: \(root)/.git/hooks/pre-commit is not journal's hook; it is left alone\n")

        let forced = try Self.journal(["hook", "install", "--force"], in: root)
        #expect(forced.status == 0)
        #expect(forced.stdout == "Installed the pre-commit hook .git/hooks/pre-commit; the hook that was there is kept as .git/hooks/pre-commit.before-journal and runs first (the commit stops if it fails); `journal hook uninstall` puts it back.\n")
        #expect(try temp.read(".git/hooks/pre-commit.before-journal") == theirs)
        #expect(try temp.read(".git/hooks/pre-commit").contains(PreCommitHook.marker))

        try Self.git(["config", "core.hooksPath", "githooks"], in: root, home: root)
        try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
        let custom = try Self.journal(["hook", "install", "-C", "sub"], in: root)
        #expect(custom.stdout == "Installed the pre-commit hook githooks/pre-commit: each commit now runs `journal check --staged`.\n")
        #expect(try temp.read("githooks/pre-commit").hasSuffix("--journal './sub'\n"))
        // Our own hook for another folder is updated in place.
        let moved = try Self.journal(["hook", "install"], in: root)
        #expect(moved.stdout == "Updated the pre-commit hook githooks/pre-commit: each commit runs `journal check --staged`.\n")
        #expect(try temp.read("githooks/pre-commit").hasSuffix("--journal '.'\n"))
    }

    // MARK: - configuration, help and completion

    @Test func checkReportsConfigurationErrors() throws {
        let temp = try TemporaryDirectory()
        try temp.write(".journal/config.yml", """
            sections:
              questions: [Fragen]
              answers: [Antworten]
            advice:
              thank_you_hours: soon
              follow_up_days: 3
            formats:
              report: pdf
            colour: never

            """)
        try temp.write("2026-11-20-acme.md", "---\ncompany: Acme\ndate: 2026-11-20\n---\n# Acme\n\n## Fragen\n- Why us?\n")
        let result = try Self.journal(["check"], in: temp.path)
        #expect(result.status == 1)
        try Golden.check(result.stdout, "check-config-errors.txt")
        let json = try Self.journal(["check", "--format", "json"], in: temp.path)
        #expect(json.stdout.contains("\"path\" : \".journal/config.yml\""))
    }

    @Test func checkTakesItsDefaultFormatFromTheConfiguration() throws {
        let temp = try TemporaryDirectory()
        try temp.write(".journal/config.yml", "formats:\n  check: json\n")
        let result = try Self.journal(["check"], in: temp.path)
        #expect(result.stdout.hasPrefix("{\n"))
        #expect(try Self.journal(["check", "--format", "text"], in: temp.path).stdout == "0 entries checked: no problems.\n")
    }

    @Test(arguments: [["--help"], ["check", "--help"], ["init", "--help"], ["new", "--help"], ["log", "--help"], ["hook", "--help"],
                      ["hook", "install", "--help"], ["hook", "uninstall", "--help"], ["list", "--help"], ["export", "--help"]])
    func helpHasASummaryAndExamples(_ arguments: [String]) throws {
        let result = try JournalRunner.run(arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasPrefix("OVERVIEW: ") && lines[0].count > 20)
        if !["list"].contains(arguments[0]) {
            // Summary and discussion fit in 80 columns: nothing is wrapped there that a wider terminal would not.
            let wide = try JournalRunner.run(arguments, environment: ["COLUMNS": "400"])
            #expect(wide.stdout.components(separatedBy: "USAGE:")[0] == result.stdout.components(separatedBy: "USAGE:")[0], "\(arguments)")
        }
        let examples = result.stdout.components(separatedBy: "Examples:\n").last?.split(separator: "\n")
            .prefix { $0.hasPrefix("  journal ") || $0.hasPrefix("  code ") } ?? []
        #expect(result.stdout.contains("Examples:\n") && examples.count >= 2, "\(arguments)")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsKnowEveryCommand(_ shell: String) throws {
        let result = try JournalRunner.run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        let option = shell == "fish" ? "'" : "--"
        for word in ["init", "new", "hook", "install", "\(option)staged", "\(option)no-git", "\(option)edit"] {
            #expect(result.stdout.contains(word), "\(shell) completion lacks \(word)")
        }
    }
}
