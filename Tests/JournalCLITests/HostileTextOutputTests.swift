import Foundation
import Testing

/// Text from notes and file names never reaches a terminal as commands (issue 21): every
/// text output of every command, coloured or not, piped or not.
@Suite struct HostileTextOutputTests {
    /// A window title, a clear screen, an OSC 8 link, the alternate screen, CR and backspace overwrites.
    static let escapes = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\\u{1B}[?1049h\r\u{08}\u{9B}31m"
    static let bidi = "\u{202E}evil\u{202C}"

    static func journal() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write(".journal/config.yml", "")
        try dir.write("2026-11-18-acme.md", """
            ---
            company: "Acme\\e]0;pwned\\a\\e[2J Corp"
            role: "Eng\\u202Eevil\\u202Cineer"
            stage: onsite
            date: 2026-11-18
            ---
            ## Questions
            - Design \(escapes) a feed #hard
            ## Next steps
            - [ ] Send \(bidi) thanks by 2026-11-19

            """)
        try dir.write("2026-11-12-\u{1B}[2Jname\u{202E}.md", "---\ncompany: Hooli\ndate: 2026-11-12\n---\n## Questions\n- Why?\n")
        return dir
    }

    /// Controls a terminal would act on: anything below U+0020 but tab and newline, DEL, C1, and bidi controls.
    static func unsafe(_ text: String, allowingColour: Bool = false) -> [String] {
        var text = text
        if allowingColour {
            for code in ["0", "1", "2", "31", "32", "33", "34", "35", "36"] { text = text.replacingOccurrences(of: "\u{1B}[\(code)m", with: "") }
        }
        return text.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }.map { String(format: "U+%04X", $0.value) }
    }

    /// Every text output; `C` stands for `--color <choice>`.
    static let commands: [[String]] = [
        ["report", "--format", "text", "--today", "2026-11-23", "C"], ["report", "--format", "markdown", "--today", "2026-11-23"],
        ["due", "--today", "2026-11-23", "C"], ["practice", "--format", "text", "C"], ["practice", "--format", "markdown"],
        ["practice", "--format", "anki"], ["prep", "acme", "--today", "2026-11-23", "C"], ["prep", "acme", "--format", "markdown", "--today", "2026-11-23"],
        ["list"], ["list", "--format", "csv"], ["check", "C"], ["drill", "--due", "--today", "2026-11-23", "C"],
    ]

    @Test(arguments: ["never", "always"])
    func terminalEscapesAndBidiControlsAreShownNotRun(_ color: String) throws {
        let dir = try Self.journal()
        for command in Self.commands {
            let arguments = command.flatMap { $0 == "C" ? ["--color", color] : [$0] } + ["-C", dir.path]
            let result = try JournalRunner.run(arguments)
            #expect(result.status <= 1, "\(command): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(command)")
            #expect(Self.unsafe(result.stdout, allowingColour: color == "always") == [], "\(command)")
            #expect(Self.unsafe(result.stderr) == [], "\(command)")
        }
        let list = try JournalRunner.run(["list", "-C", dir.path])
        #expect(list.stdout.contains("Acme<U+001B>]0;pwned<U+0007><U+001B>[2J"))
        #expect(list.stdout.contains("Eng<U+202E>evil<U+202C>ineer"))
    }

    @Test func checkWarnsAboutBidiControlsAndEscapesAndQuotesOddFileNames() throws {
        let dir = try Self.journal()
        try dir.write("x\n2026-11-01-forged.md:1:1: error: forged.md", "# Forged, 2026-11-01\n")
        let check = try JournalRunner.run(["check", "-C", dir.path])
        #expect(check.stdout == """
            '2026-11-12-<U+001B>[2Jname<U+202E>.md':1:1: warning: this file name contains control characters, bidirectional controls or bytes that are not UTF-8 (shown escaped, in quotes); rename the file (see docs/format.md#files)
            2026-11-18-acme.md:8:10: warning: this file contains 2 bidirectional control characters (U+202A–U+202E, U+2066–U+2069), which show text in another order than it is stored and 7 terminal escape characters (ESC); journal shows them as <U+…>, remove them unless they are meant (see docs/format.md#files)
            'x<U+000A>2026-11-01-forged.md:1:1: error: forged.md':1:1: warning: this file name contains control characters, bidirectional controls or bytes that are not UTF-8 (shown escaped, in quotes); rename the file (see docs/format.md#files)
            3 entries checked: 0 errors, 3 warnings; 2 notes on inferred values (see them with --verbose).

            """)
        // Every diagnostic is one line that starts with a path: a name cannot forge another.
        #expect(check.stdout.split(separator: "\n").filter { $0.contains(": error:") && !$0.hasPrefix("'") } == [])
    }

    @Test func csvCellsThatASpreadsheetWouldRunAreNeutralised() throws {
        let dir = try TemporaryDirectory()
        for (name, company) in [("a", "=HYPERLINK(\"http://evil\")"), ("b", "+1+1"), ("c", "-2"), ("d", "@SUM(A1)"), ("f", "Plain")] {
            try dir.write("2026-11-10-\(name).md", "---\ncompany: '\(company)'\ndate: 2026-11-10\n---\n")
        }
        let csv = try JournalRunner.run(["list", "--format", "csv", "-C", dir.path])
        #expect(csv.status == 0)
        let companies = csv.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", maxSplits: 2)[1] }
        #expect(companies == ["\"'=HYPERLINK(\"\"http://evil\"\")\"", "'+1+1", "'-2", "'@SUM(A1)", "Plain"])
    }

    /// A file name with a newline is quoted wherever journal shows a path, not only in
    /// diagnostics: it cannot forge a line of `due`, `prep` or `check --explain` either.
    @Test func aFileNameWithANewlineCannotForgeALineOfAnyOutput() throws {
        let dir = try TemporaryDirectory()
        try dir.write(".journal/config.yml", "")
        let name = "x\n- [ ] forged.md"
        try dir.write(name, "---\ncompany: Acme\nstage: onsite\ndate: 2026-11-18\n---\n## Questions\n- Why Acme?\n## Next steps\n- [ ] Call Dana by 2026-11-20\n")
        let quoted = "'x<U+000A>- [ ] forged.md'"
        for command in [["due", "--today", "2026-11-23"], ["prep", "acme", "--today", "2026-11-23"], ["prep", "acme", "--format", "markdown", "--today", "2026-11-23"],
                        ["check", "--explain", dir.path(name)]] {
            let result = try JournalRunner.run(command + ["-C", dir.path])
            #expect(result.status <= 1, "\(command): \(result.stderr)")
            #expect(result.stdout.contains(quoted), "\(command): \(result.stdout)")
            #expect(!result.stdout.split(separator: "\n").contains { $0.hasPrefix("- [ ] forged") }, "\(command): \(result.stdout)")
        }
    }

    /// A browser honours bidirectional overrides too: in the HTML report they, and control
    /// characters, are shown as `<U+202E>`, in the fields and in the notes cmark renders.
    @Test func bidiControlsAndEscapesInTheHTMLReportAreShownNotApplied() throws {
        let dir = try Self.journal()
        let html = try JournalRunner.run(["report", "--format", "html", "--today", "2026-11-23", "-C", dir.path])
        #expect(html.status == 0)
        #expect(Self.unsafe(html.stdout.replacingOccurrences(of: "\r", with: "")) == [])
        #expect(html.stdout.contains("Eng&lt;U+202E&gt;evil&lt;U+202C&gt;ineer"))
        #expect(html.stdout.contains("Design &lt;U+001B&gt;]0;pwned&lt;U+0007&gt;"))
        #expect(html.stdout.contains("Send &lt;U+202E&gt;evil&lt;U+202C&gt; thanks"))
    }
}
