import Foundation
@testable import JournalKit
import Testing

/// `OutputTarget` and `OutputFormatChoice`: what `-o FILE` may replace and which format it
/// gets (issue 21; the binary's side is in OutputFileTests).
@Suite struct OutputTargetTests {
    @Test func notesAreRefusedOtherFilesAndMissingOnesAreNot() throws {
        let dir = try TemporaryDirectory(journal: ["a.md": "---\ncompany: Acme\n---\n", "toml.md": "+++\ncompany = 'Acme'\n+++\n",
                                                   "report.md": "# Interview report\n", "data.txt": "---\n", "ignored/b.md": "x\n"])
        try dir.write(".journalignore", "ignored/\n")
        #expect(OutputTarget.entryPath(of: dir.path("a.md"), root: dir.root) == "a.md")
        #expect(OutputTarget.entryPath(of: dir.path("new/c.md"), root: dir.root) == "new/c.md", "a file to be made is an entry too")
        #expect(OutputTarget.entryPath(of: dir.path("ignored/b.md"), root: dir.root) == nil)
        #expect(OutputTarget.entryPath(of: dir.path(".journal/x.md"), root: dir.root) == nil)
        #expect(OutputTarget.entryPath(of: "/etc/x.md", root: dir.root) == nil)

        #expect(OutputTarget.refusal(dir.path("report.md"), isEntry: true)
                == "will not replace \(dir.path("report.md")): it is an entry of the journal, and the output would overwrite it; write elsewhere, or pass --force to replace it.")
        for name in ["a.md", "toml.md"] {
            #expect(OutputTarget.refusal(dir.path(name), isEntry: false)?.contains("it is a Markdown note with front-matter") == true, "\(name)")
        }
        #expect(OutputTarget.refusal(dir.path("report.md"), isEntry: false) == nil)
        #expect(OutputTarget.refusal(dir.path("data.txt"), isEntry: false) == nil)
        #expect(OutputTarget.refusal(dir.path("missing.md"), isEntry: true) == nil)
        #expect(OutputTarget.refusal("/dev/null", isEntry: true) == nil)
        // A link is judged by the file it names: -o would replace that file.
        try dir.link("link.txt", to: "a.md")
        #expect(OutputTarget.refusal(dir.path("link.txt"), isEntry: false)?.contains("it is a Markdown note with front-matter") == true)
        #expect(OutputTarget.entryPath(of: dir.path("link.txt"), root: dir.root) == "a.md")
    }

    @Test func journalsOwnOutputIsKnownByHowItBegins() {
        #expect(JournalOutput.isJournalOutput(Array("# Practice questions\n\n20 questions from 8 interviews".utf8)))
        #expect(JournalOutput.isJournalOutput(Array("# Interview report\n\nAs of 2026-12-07: 8 interviews".utf8)))
        #expect(!JournalOutput.isJournalOutput(Array("# Practice questions\n\nMine.".utf8)))
        #expect(!JournalOutput.isJournalOutput(Array("# Practice questions\n".utf8)))
        #expect(!JournalOutput.isJournalOutput(Array("---\ncompany: Acme\n---\n# Interview report\n\nAs of ".utf8)))
        #expect(!JournalOutput.isJournalOutput(Array("# Interview report\nAs of 2026".utf8)))
    }

    @Test func theFormatComesFromTheOptionTheNameTheConfigurationThenTheFallback() throws {
        func choice(_ explicit: ListFormat? = nil, _ output: String?, configured: String? = nil, terminal: Bool = true) throws -> OutputFormatChoice.Choice<ListFormat> {
            try OutputFormatChoice.resolve(explicit, output: output, configured: configured, terminal: terminal)
        }
        #expect(try choice(.json, "x.csv").format == .json)
        #expect(try choice(nil, "x.csv", configured: "json").format == .csv)
        #expect(try choice(nil, "x.txt").format == .table)
        #expect(try choice(nil, "-", configured: "json").format == .json)
        #expect(try choice(nil, nil).format == ListFormat.fallback(terminal: true))
        let pdf = try choice(nil, "x.pdf")
        #expect(pdf.warning == "warning: -o x.pdf: journal does not know the extension .pdf; writing table (choose with --format; known: .md, .txt, .json, .html, .csv, .ics).")
        #expect(try choice(nil, "/dev/null.pdf").warning != nil, "a missing file named .pdf is warned about")
        #expect(throws: OutputFormatChoice.Failure.usage("-o x.html names an html file, but `journal list` writes table, json or csv; name the file for one of those, or choose with --format.")) {
            try choice(nil, "x.html")
        }
        #expect(throws: OutputFormatChoice.Failure.configuration(".journal/config.yml sets the list format to 'pdf'; use one of: table, json, csv.")) {
            try choice(nil, nil, configured: "pdf")
        }
        #expect(try OutputFormatChoice.check("x.json", writes: "json", command: "export") == nil)
        #expect(throws: OutputFormatChoice.Failure.self) { try OutputFormatChoice.check("x.md", writes: "json", command: "export") }
    }
}
