import Foundation
import Testing

/// `journal lsp` as an editor starts it: the real binary on pipes. The end-to-end protocol
/// tests are pytest-lsp (`Scripts/lsp/`) and a headless Neovim (`Scripts/nvim_lsp_smoke.lua`);
/// each skips with a message when its tool is missing, and fails under `CI=true`.
@Suite struct LspCommandTests {
    static func frame(_ json: String) -> String { "Content-Length: \(json.utf8.count)\r\n\r\n\(json)" }

    static let initialize = frame(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}"#)

    /// The message bodies of `stdout`, failing when anything but framed messages is there.
    static func messages(_ stdout: String) -> [String] {
        var rest = Substring(stdout)
        var bodies: [String] = []
        while !rest.isEmpty {
            guard rest.hasPrefix("Content-Length: "), let end = rest.range(of: "\r\n\r\n") else {
                Issue.record("not a framed message on stdout: \(rest.prefix(80))")
                return bodies
            }
            let length = Int(rest[rest.index(rest.startIndex, offsetBy: 16)..<end.lowerBound]) ?? 0
            let body = Array(rest[end.upperBound...].utf8.prefix(length))
            bodies.append(String(decoding: body, as: UTF8.self))
            rest = Substring(String(decoding: Array(rest[end.upperBound...].utf8.dropFirst(length)), as: UTF8.self))
        }
        return bodies
    }

    @Test func exitWithoutShutdownIsStatusOneAndStdoutHoldsOnlyMessages() throws {
        let dir = try TemporaryDirectory(journal: [".journal/config.yml": "", "a.md": "# A\n"])
        let result = try JournalRunner.run(["lsp", "--journal", dir.root], stdin: Self.initialize + Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#))
        #expect(result.status == 1)
        let bodies = Self.messages(result.stdout)
        #expect(bodies.count == 2)
        #expect(bodies.first?.hasPrefix(#"{"id":1,"jsonrpc":"2.0","result":{"capabilities":{"#) == true)
        #expect(bodies.last == #"{"jsonrpc":"2.0","method":"window/logMessage","params":{"message":"journal lsp: 1 notes in \#(dir.root)","type":4}}"#)
    }

    @Test func shutdownThenExitIsStatusZeroAndARequestAfterShutdownIsInvalid() throws {
        let dir = try TemporaryDirectory(journal: [".journal/config.yml": ""])
        let input = Self.initialize + Self.frame(#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#)
            + Self.frame(#"{"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{}}"#) + Self.frame(#"{"jsonrpc":"2.0","method":"exit"}"#)
        let result = try JournalRunner.run(["lsp", "--journal", dir.root], stdin: input)
        #expect(result.status == 0)
        #expect(Self.messages(result.stdout).suffix(2) == [
            #"{"id":2,"jsonrpc":"2.0","result":null}"#,
            #"{"error":{"code":-32600,"message":"the server is shut down; only `exit` is accepted now"},"id":3,"jsonrpc":"2.0"}"#,
        ])
    }

    @Test func theEndOfInputWithoutExitIsStatusOneAndABadHeaderGoesToStderr() throws {
        let dir = try TemporaryDirectory(journal: [".journal/config.yml": ""])
        let result = try JournalRunner.run(["lsp", "--journal", dir.root], stdin: "Content-Length: x\r\n\r\n{}" + Self.initialize)
        #expect(result.status == 1)
        #expect(result.stderr == "journal lsp: skipped a message with a bad header: Content-Length is not a number of bytes: 'x'\n")
        #expect(Self.messages(result.stdout).count == 2)
    }

    // MARK: External clients

    /// Whether python3 can import pytest-lsp, else nil after saying why the tests skip.
    static let pytestLSP: String? = {
        guard let python = ExternalTool.python,
              (try? ExternalTool.run(python, ["-c", "import pytest_lsp"]))?.status == 0 else {
            print("LspCommandTests: SKIPPED: the pytest-lsp end-to-end tests need python3 with pytest-lsp (pip install pytest-lsp).")
            return nil
        }
        return python
    }()

    static let neovim: String? = {
        guard let found = ExternalTool.find(["nvim"]) else {
            print("LspCommandTests: SKIPPED: the Neovim smoke test needs nvim (apt-get install neovim).")
            return nil
        }
        return found
    }()

    /// Emacs, when it has eglot (built in from Emacs 29; Debian 12's Emacs 28 has elpa-eglot).
    static let emacs: String? = {
        guard let found = ExternalTool.find(["emacs"]) else {
            print("LspCommandTests: SKIPPED: the Emacs smoke test needs emacs with eglot (apt-get install emacs-nox elpa-eglot).")
            return nil
        }
        let probe = "(progn (package-initialize) (dolist (d (file-expand-wildcards \"/usr/share/emacs/site-lisp/elpa/*\")) (add-to-list 'load-path d)) (kill-emacs (if (locate-library \"eglot\") 0 1)))"
        guard (try? ExternalTool.run(found, ["-Q", "--batch", "--eval", probe]))?.status == 0 else {
            print("LspCommandTests: SKIPPED: this Emacs has no eglot (apt-get install elpa-eglot, or Emacs 29).")
            return nil
        }
        return found
    }()

    @Test(.enabled(if: LspCommandTests.pytestLSP != nil || ExternalTool.inCI, "pytest-lsp is not installed (pip install pytest-lsp)"))
    func pytestLSPWithTheNeovimVSCodeAndEmacsCapabilities() throws {
        let python = try #require(Self.pytestLSP, "pytest-lsp must be installed under CI=true (.ci/run installs it)")
        let scripts = ExternalTool.scripts.appendingPathComponent("lsp").path
        var environment = ProcessInfo.processInfo.environment
        environment["JOURNAL_BIN"] = JournalRunner.binary
        let result = try JournalRunner.runProcess(python, ["-m", "pytest", "-q", "-o", "asyncio_mode=auto", "-p", "no:cacheprovider", scripts],
                                                  environment: environment, timeout: 300)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("27 passed"), "\(result.stdout)")
    }

    /// Runs an editor's smoke script on `2026-11-18-bj.md` of `dir`: the script attaches
    /// `journal lsp` and writes the diagnostics it received to `diagnostics.txt`.
    func runEditor(_ editor: String, _ arguments: [String], on dir: TemporaryDirectory) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["JOURNAL_BIN"] = JournalRunner.binary
        environment["JOURNAL_ROOT"] = dir.root
        environment["NOTE"] = "2026-11-18-bj.md"
        environment["OUT"] = dir.path("diagnostics.txt")
        environment["HOME"] = dir.root
        let result = try JournalRunner.runProcess(editor, arguments, environment: environment, timeout: 60)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test(.enabled(if: LspCommandTests.neovim != nil || ExternalTool.inCI, "Neovim is not installed (apt-get install neovim)"))
    func headlessNeovimReceivesTheDiagnostics() throws {
        let nvim = try #require(Self.neovim, "nvim must be installed under CI=true (.ci/run installs it)")
        let dir = try TemporaryDirectory(journal: [
            ".journal/config.yml": "",
            "2026-11-18-bj.md": "---\ncompany: 北京科技\ndate: 2026-11-18\nstage: 面试 😀 onsit\nthank_you: true\n---\n# 北京科技\n\n## Questions\n- 你好?\n",
        ])
        let script = ExternalTool.scripts.appendingPathComponent("nvim_lsp_smoke.lua").path
        try runEditor(nvim, ["--headless", "--clean", "-c", "luafile \(script)"], on: dir)
        // Neovim keeps 0-based lines and byte columns.
        #expect(try dir.read("diagnostics.txt") == "3:7: warning: '面试 😀 onsit' is not a stage journal knows; it is kept as written but has no place in the funnel. "
                + "Known stages: phone-screen, recruiter, technical, take-home, onsite, final, reference-check, offer\n")
    }

    @Test(.enabled(if: LspCommandTests.emacs != nil || ExternalTool.inCI, "Emacs with eglot is not installed (apt-get install emacs-nox elpa-eglot)"))
    func batchEmacsWithEglotReceivesTheDiagnostics() throws {
        let emacs = try #require(Self.emacs, "emacs with eglot must be installed under CI=true (.ci/run installs it)")
        let dir = try TemporaryDirectory(journal: [
            ".journal/config.yml": "",
            // The bidi override comes after Chinese and an emoji: `check` counts bytes (column 15),
            // the server sends UTF-16 units to eglot (8), Emacs counts characters (7).
            "2026-11-18-bj.md": "---\ncompany: 北京科技\ndate: 2026-11-18\nstage: onsit\nthank_you: true\n---\n# 北京科技\n\n## Questions\n- 你好 😀 \u{202E}evil?\n",
        ])
        let script = ExternalTool.scripts.appendingPathComponent("emacs_eglot_smoke.el").path
        try runEditor(emacs, ["-Q", "--batch", "-l", script], on: dir)
        // The diagnostics of `journal check` (4:8 and 10:15, 1-based bytes), 0-based in characters.
        let check = try JournalRunner.run(["check", "2026-11-18-bj.md", "-C", dir.root], cwd: dir.root)
        #expect(check.stdout.contains("2026-11-18-bj.md:4:8: warning: 'onsit'") && check.stdout.contains("2026-11-18-bj.md:10:15: warning: this file contains a bidirectional"), "\(check.stdout)")
        #expect(try dir.read("diagnostics.txt") == """
            3:7: warning: journal [stage-and-outcome]: 'onsit' is not a stage journal knows; it is kept as written but has no place in the funnel. \
            Known stages: phone-screen, recruiter, technical, take-home, onsite, final, reference-check, offer
            9:7: warning: journal [files]: this file contains a bidirectional control character (U+202A–U+202E, U+2066–U+2069), \
            which shows text in another order than it is stored; journal shows them as <U+…>, remove them unless they are meant

            """)
    }
}
