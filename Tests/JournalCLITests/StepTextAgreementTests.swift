import Foundation
import Testing

/// `journal due` and `journal report` show a next step in the same words, whatever
/// due marker it carries (`DueMarker`, issue 17).
@Suite struct StepTextAgreementTests {
    static let steps = [
        ("Acme", "Send the thank-you note 📅 2026-11-24", "Send the thank-you note"),
        ("Globex", "Follow up [due:: 2026-11-25] with Dana", "Follow up with Dana"),
        ("Hooli", "Send Monica my portfolio link by 2026-11-24", "Send Monica my portfolio link"),
        ("Initech", "Prepare the system design, due: 2026-11-26", "Prepare the system design"),
        ("Umbrella", "Read the blog [priority:: high] ⏳ 2026-11-22 📅 2026-11-27", "Read the blog"),
    ]

    @Test func dueAndReportShowTheSameStepText() throws {
        let journal = try TemporaryDirectory()
        for (company, step, _) in Self.steps {
            try journal.write("\(company.lowercased()).md", """
                ---
                company: \(company)
                date: 2026-11-20
                thank_you: true
                decision_by: 2026-12-20
                ---
                ## Next steps
                - [ ] \(step)

                """)
        }
        let due = try JournalRunner.run(["due", "-C", journal.path, "--today", "2026-11-23", "--format", "json"])
        #expect(due.status == 0, "\(due.stderr)")
        let report = try JournalRunner.run(["report", "-C", journal.path, "--today", "2026-11-23", "--format", "json"])
        #expect(report.status == 0, "\(report.stderr)")
        let actions = try #require(JSONSerialization.jsonObject(with: Data(due.stdout.utf8)) as? [String: Any])["actions"] as? [[String: Any]]
        let pipeline = try #require(JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])["pipeline"] as? [[String: Any]]
        for (company, _, shown) in Self.steps {
            let inDue = actions?.filter { $0["company"] as? String == company && $0["kind"] as? String == "next-step" }.compactMap { $0["message"] as? String }
            let inReport = pipeline?.filter { $0["company"] as? String == company }.compactMap { $0["next_action"] as? String }
            #expect(inDue == [shown + "."], "\(company)")
            #expect(inReport == [shown], "\(company)")
        }
    }
}
