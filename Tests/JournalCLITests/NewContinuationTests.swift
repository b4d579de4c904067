import Foundation
import Testing

/// `journal new COMPANY` continuing an application it matches (issue 16), run as a user would.
@Suite struct NewContinuationTests {
    static let template = "---\ncompany: {{company}}\nrole: {{role}}\ndate: {{date}}\nstage: {{stage}}\ninterviewers:\n  # - Name (Title)\nthank_you:\n---\n\n# {{title}}\n"

    func journal() throws -> TemporaryDirectory {
        let folder = try TemporaryDirectory()
        try folder.write(".journal/template.md", Self.template)
        try folder.write("2026-03-01-northwind-payments-recruiter.md",
                         "---\ncompany: Northwind Payments\nrole: Staff Engineer\ndate: 2026-03-01\nstage: recruiter\nround: 1\n---\n")
        try folder.write("northwind/technical.md", """
            ---
            company: northwind payments.
            date: 2026-03-04
            stage: technical
            interviewers:
              - Dana Lee (Engineering Manager)
              - name: Raj Patel
                linkedin: https://www.linkedin.com/in/example
            ---
            """)
        try folder.write("globex.md", "---\ncompany: Globex\ndate: 2026-03-02\n---\n")
        return folder
    }

    func new(_ folder: TemporaryDirectory, _ arguments: String...) throws -> JournalRunner.Output {
        try JournalRunner.run(["new"] + arguments + ["-C", folder.path], cwd: folder.path)
    }

    @Test func continuesTheApplicationItMatches() throws {
        let folder = try journal()
        let run = try new(folder, "northwind", "--stage", "onsite", "--today", "2026-03-10")
        #expect(run.status == 0, "\(run.stderr)")
        // Beside the latest note of the application, in the folder the user keeps it in.
        #expect(run.stdout == "northwind/2026-03-10-northwind-payments-onsite.md\n")
        #expect(run.stderr == "journal: continuing northwind payments. (2 notes): round 2, role, interviewers carried over; --new-company starts another application.\n")
        #expect(try folder.read("northwind/2026-03-10-northwind-payments-onsite.md") == """
            ---
            company: northwind payments.
            role: Staff Engineer
            date: 2026-03-10
            stage: onsite
            interviewers: [Dana Lee (Engineering Manager), Raj Patel]
              # - Name (Title)
            thank_you:
            round: 2
            ---

            # northwind payments. — onsite

            """)
        // The new note is one more round of the same application.
        let list = try JournalRunner.run(["prep", "northwind", "--format", "json", "--today", "2026-03-10", "-C", folder.path])
        #expect(list.status == 0)
    }

    @Test func theNextNoteGoesBesideTheLatestOne() throws {
        let folder = try journal()
        // Globex's only note is at the top of the journal: so is its next one.
        let top = try new(folder, "globex", "--stage", "onsite", "--today", "2026-03-10")
        #expect(top.status == 0, "\(top.stderr)")
        #expect(top.stdout == "2026-03-10-globex-onsite.md\n")
        // A new company also starts at the top, whatever the other applications do.
        let fresh = try new(folder, "Initech", "--stage", "recruiter", "--today", "2026-03-10")
        #expect(fresh.stdout == "2026-03-10-initech-recruiter.md\n")
        // Run from elsewhere with -C, the path printed is where the note is.
        let elsewhere = try TemporaryDirectory()
        let away = try JournalRunner.run(["new", "northwind", "--today", "2026-03-11", "-C", folder.path], cwd: elsewhere.path)
        #expect(away.status == 0, "\(away.stderr)")
        #expect(away.stdout.hasSuffix("northwind/2026-03-11-northwind-payments.md\n"))
        #expect(FileManager.default.fileExists(atPath: folder.path + "/northwind/2026-03-11-northwind-payments.md"))
    }

    @Test func aNonLatinCompanyKeepsItsNameInTheFileName() throws {
        let folder = try journal()
        let first = try new(folder, "星云科技", "--stage", "technical", "--today", "2026-03-05")
        #expect(first.stdout == "2026-03-05-星云科技-technical.md\n")
        #expect(first.stderr == "")
        let second = try new(folder, "星云", "--today", "2026-03-06")
        #expect(second.stdout == "2026-03-06-星云科技.md\n")
        #expect(try folder.read("2026-03-06-星云科技.md").contains("company: 星云科技\n"))
        #expect(try folder.read("2026-03-06-星云科技.md").contains("round: 2\n"))
    }

    @Test func ambiguityAndAFreshStart() throws {
        let folder = try journal()
        try folder.write("northwind-traders.md", "---\ncompany: Northwind Traders\ndate: 2026-03-03\n---\n")
        let ambiguous = try new(folder, "northwind", "--today", "2026-03-10")
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr == "Error: 'northwind' matches several companies: northwind payments., Northwind Traders. Type more of the name. Or start a new company with --new-company.\n")
        let fresh = try new(folder, "Northwind", "--new-company", "--today", "2026-03-10")
        #expect(fresh.status == 0)
        #expect(fresh.stderr == "")
        #expect(try folder.read("2026-03-10-northwind.md").hasPrefix("---\ncompany: Northwind\nrole:\n"))
    }

    @Test func twoApplicationsAtOneCompanyNeedAName() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a.md", "---\ncompany: Acme\nrole: Backend\napplication: backend\ndate: 2026-03-01\nround: 1\n---\n")
        try folder.write("b.md", "---\ncompany: Acme\nrole: Data\napplication: data\ndate: 2026-03-02\nround: 2\n---\n")
        let unnamed = try new(folder, "acme", "--today", "2026-03-10")
        #expect(unnamed.status == 2)
        #expect(unnamed.stderr.hasPrefix("Error: Acme has several applications (backend, data); say which with --application NAME.\n"))
        let named = try new(folder, "acme", "--application", "Data", "--today", "2026-03-10")
        #expect(named.status == 0, "\(named.stderr)")
        let text = try folder.read("2026-03-10-acme.md")
        #expect(text.contains("role: Data\n") && text.contains("round: 3\n") && text.contains("application: Data\n"))
    }
}
