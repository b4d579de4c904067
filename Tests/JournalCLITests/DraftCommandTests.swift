import Foundation
import Testing

/// `journal draft`, run as a user would: every kind on `journal-example/` as text and as a
/// mailto: link (goldens under Golden/draft/), a template of the journal's own, the
/// usage errors, and the warnings for unusual drafts.
@Suite struct DraftCommandTests {
    func draft(_ arguments: [String], journal: String = JournalRunner.exampleJournal) throws -> JournalRunner.Output {
        try JournalRunner.run(["draft"] + arguments + ["-C", journal])
    }

    /// Each kind on the application and day it fits, and the warning it gives there (none but one).
    static let kinds: [(kind: String, application: String, today: String, stderr: String)] = [
        ("thank-you", "acme", "2026-11-19",
         "journal: warning: acme/2026-11-18-acme-onsite.md: a thank-you for this round is already recorded (2026-11-18).\n"),
        ("follow-up", "acme", "2026-11-26", ""),
        ("feedback", "globex", "2026-11-12", ""),
        ("withdraw", "umbrella", "2026-11-23", ""),
    ]

    @Test(arguments: kinds.indices)
    func everyKindOnTheExample(_ index: Int) throws {
        let (kind, application, today, stderr) = Self.kinds[index]
        let text = try draft([kind, application, "--today", today])
        #expect(text.status == 0)
        #expect(text.stderr == stderr)
        try Golden.check(text.stdout, "draft/\(kind)-\(application).txt")
        let link = try draft([kind, application, "--today", today, "--mailto"])
        #expect(link.status == 0)
        #expect(link.stderr == stderr)
        try Golden.check(link.stdout, "draft/\(kind)-\(application)-mailto.txt")
        // The link percent-decodes back to the printed draft (its line breaks as CRLF).
        let url = link.stdout.trimmingCharacters(in: .newlines)
        let query = try #require(url.split(separator: "?", maxSplits: 1).last)
        var fields: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            fields[String(kv[0])] = String(kv[1]).removingPercentEncoding
        }
        let body = try #require(fields["body"]).replacingOccurrences(of: "\r\n", with: "\n")
        #expect("Subject: \(try #require(fields["subject"]))\n\n\(body)\n" == text.stdout)
        // Brief, as the advice says: well under 120 words.
        #expect(text.stdout.split(whereSeparator: \.isWhitespace).count < 120)
    }

    @Test func aNoteWithoutInterviewersGreetsTheTeam() throws {
        let run = try draft(["thank-you", "hooli", "--today", "2026-11-13"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        try Golden.check(run.stdout, "draft/thank-you-hooli.txt")
        #expect(run.stdout.contains("\nDear Hooli team,\n"))
    }

    @Test func aTemplateOfTheJournalReplacesTheBuiltInOne() throws {
        let folder = try TemporaryDirectory()
        let journal = (folder.path as NSString).appendingPathComponent("journal")
        try FileManager.default.copyItem(atPath: JournalRunner.exampleJournal, toPath: journal)
        try folder.write("journal/.journal/drafts/thank-you.txt", """
            Subject: {{company}}: thanks for {{the_round}} (round {{round}})

            Hi {{first_interviewer}},
            Dear {{greeting}},

            Thanks to {{interviewers}} for {{date}}; I liked talking about {{topics}}.
            My question "{{asked}}" was answered well.
            This line needs a decision date: {{decision_date}}.
            And this one a role: {{role}}.

            Sam

            """)
        let run = try draft(["thank-you", "acme", "--today", "2026-11-18"], journal: journal)
        #expect(run.status == 0, "\(run.stderr)")
        try Golden.check(run.stdout, "draft/override-thank-you-acme.txt")
        // Lines whose values the note does not give are left out; in the subject the value alone.
        let hooli = try draft(["thank-you", "hooli", "--today", "2026-11-12"], journal: journal)
        #expect(hooli.status == 0, "\(hooli.stderr)")
        try Golden.check(hooli.stdout, "draft/override-thank-you-hooli.txt")
        // Only thank-you has a template of its own; the others stay built in.
        let followUp = try draft(["follow-up", "acme", "--today", "2026-11-26"], journal: journal)
        try Golden.check(followUp.stdout, "draft/follow-up-acme.txt")
    }

    @Test func aTemplateWithAnUnknownPlaceholderIsAnErrorAtItsPlace() throws {
        let folder = try TemporaryDirectory()
        try folder.write("acme.md", "---\ncompany: Acme\ndate: 2026-11-18\n---\n# Acme\n")
        try folder.write(".journal/drafts/withdraw.txt", "Subject: Withdrawing\n\nDear {{greeting}},\n\nI am leaving {{compnay}} behind.\n")
        let run = try draft(["withdraw", "acme", "--today", "2026-11-20"], journal: folder.path)
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == ".journal/drafts/withdraw.txt:5:14: error: unknown placeholder {{compnay}}; the placeholders are company, role, the_role, interviewers, first_interviewer, greeting, stage, the_round, round, date, decision_date, topic, topics, asked.\n")
    }

    @Test func anAmbiguousApplicationIsAUsageErrorListingTheMatches() throws {
        let folder = try TemporaryDirectory()
        try folder.write("a.md", "---\ncompany: Northwind Payments\ndate: 2026-11-02\n---\n")
        try folder.write("b.md", "---\ncompany: Northwind Traders\ndate: 2026-11-03\n---\n")
        try folder.write("c.md", "---\ncompany: Acme\nrole: Backend\napplication: backend\ndate: 2026-11-03\n---\n")
        try folder.write("d.md", "---\ncompany: Acme\nrole: Data\napplication: data\ndate: 2026-11-04\n---\n")
        let ambiguous = try draft(["thank-you", "northwind", "--today", "2026-11-05"], journal: folder.path)
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stdout == "")
        try Golden.check(ambiguous.stderr, "draft/ambiguous.txt")
        let roles = try draft(["thank-you", "acme", "--today", "2026-11-05"], journal: folder.path)
        #expect(roles.status == 2)
        #expect(roles.stderr == "Error: 'acme' matches several applications: Acme — Backend (c.md); Acme — Data (d.md). Name the note with --file PATH.\n")
        let byFile = try draft(["thank-you", "acme", "--file", "d.md", "--today", "2026-11-05"], journal: folder.path)
        #expect(byFile.status == 0, "\(byFile.stderr)")
        #expect(byFile.stdout.hasPrefix("Subject: Thank you for the interview\n\nDear Acme team,\n\nThank you for your time in the interview for the Data role.\n"))
        let unknown = try draft(["thank-you", "zzz", "--today", "2026-11-05"], journal: folder.path)
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "Error: No company matches 'zzz'. Known companies: Acme, Northwind Payments, Northwind Traders.\n")
        #expect(try draft(["thanks", "acme"], journal: folder.path).status == 2)
        let toAlone = try draft(["withdraw", "acme", "--to", "x@y.example"], journal: folder.path)
        #expect(toAlone.status == 2)
        #expect(toAlone.stderr.contains("--to is the recipient of the mailto: link; use it with --mailto."))
    }

    @Test func theRecipientIsToElseTheNotesEmail() throws {
        let folder = try TemporaryDirectory()
        try folder.write("2026-11-02-globex.md", "---\ncompany: Globex\ndate: 2026-11-02\nemail: hank@globex.example\noutcome: rejected\n---\n")
        try folder.write("2026-11-09-globex.md", "---\ncompany: Globex\ndate: 2026-11-09\ncontact: Lena Ortiz\noutcome: rejected\n---\n")
        let fromNote = try draft(["feedback", "globex", "--mailto", "--today", "2026-11-10"], journal: folder.path)
        #expect(fromNote.status == 0)
        #expect(fromNote.stdout.hasPrefix("mailto:hank@globex.example?subject=Thank%20you%2C%20and%20a%20short%20request&body=Dear%20Globex%20team%2C%0D%0A%0D%0A"))
        let given = try draft(["feedback", "globex", "--mailto", "--to", "lena@globex.example, hank@globex.example", "--today", "2026-11-10"], journal: folder.path)
        #expect(given.stdout.hasPrefix("mailto:lena@globex.example,hank@globex.example?subject="))
    }

    @Test func unusualDraftsAreSaidOnStandardErrorAndStillPrinted() throws {
        let late = try draft(["thank-you", "pied", "--today", "2026-11-25"])
        #expect(late.status == 0)
        #expect(late.stderr == "journal: warning: 2026-11-20-pied-piper-recruiter.md: the interview was 5 days ago (2026-11-20); a thank-you is best sent within 24 hours. It is still worth sending; keep it short.\n")
        #expect(late.stdout.hasPrefix("Subject: Thank you for the recruiter call\n\nDear Monica,\n\n"))
        let early = try draft(["follow-up", "acme", "--today", "2026-11-20"])
        #expect(early.stderr == "journal: warning: acme/2026-11-18-acme-onsite.md: they said they would decide by 2026-11-25; following up before that date has passed can read as pressure. Wait until the working day after it.\n")
        #expect(early.stdout.hasPrefix("Subject: Following up on the Senior Backend Engineer role at Acme Corp\n"))
        let notRejected = try draft(["feedback", "umbrella", "--today", "2026-11-23"])
        #expect(notRejected.stderr == "journal: warning: 2026-11-06-umbrella-onsite.md: the outcome is pending, not rejected; a feedback request usually follows a rejection.\n")
        let closed = try draft(["withdraw", "globex", "--today", "2026-11-23"])
        #expect(closed.stderr == "journal: warning: 2026-11-02-globex-technical.md: the application is already closed (outcome: rejected); there is nothing to withdraw from.\n")
    }

    @Test func fileMustBeAnInterviewNoteOfTheJournal() throws {
        let missing = try draft(["thank-you", "acme", "--file", "nope.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "Error: No such file: nope.md\n")
        let folder = try TemporaryDirectory()
        try folder.write("elsewhere.md", "# Somewhere else\n")
        let outside = try draft(["thank-you", "acme", "--file", (folder.path as NSString).appendingPathComponent("elsewhere.md")])
        #expect(outside.status == 2)
        #expect(outside.stderr == "Error: \(folder.path)/elsewhere.md is not an interview note of the journal in \(JournalRunner.exampleJournal).\n")
    }

    @Test func fileChoosesAnEarlierNote() throws {
        let run = try draft(["thank-you", "acme", "--file", "acme/2026-11-04-acme-technical.md", "--today", "2026-11-04"])
        #expect(run.status == 0)
        #expect(run.stderr == "journal: warning: acme/2026-11-04-acme-technical.md: a thank-you for this round is already recorded (2026-11-04).\n")
        #expect(run.stdout == """
            Subject: Thank you for the technical interview

            Dear Raj,

            Thank you for your time in the technical interview for the Senior Backend Engineer role.

            I especially enjoyed our conversation about implementing an LRU cache with O(1) get and put.

            Our conversation made me even more interested in joining Acme Corp. Please let me know if I can send anything else that would help.

            Best regards,

            """)
    }
}
