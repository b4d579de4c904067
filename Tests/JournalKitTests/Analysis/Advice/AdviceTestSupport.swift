import Foundation
import JournalKit
import Testing

/// One row of a rule's table: on `today`, the rule gives an action due `due` (nil: none).
struct AdviceCase: Sendable, CustomTestStringConvertible {
    var today: String
    var due: String?
    var overdue = false
    var message: String?
    var testDescription: String { "today \(today) → \(due ?? "nothing")" }

    init(_ today: String, _ due: String?, overdue: Bool = false, _ message: String? = nil) {
        self.today = today
        self.due = due
        self.overdue = overdue
        self.message = message
    }
}

/// Builds entries from Markdown and runs the engine, as `journal due` does.
enum Advice {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    static func entry(_ frontMatter: String, _ body: String = "", path: String = "acme.md") -> Entry {
        let text = "---\n" + frontMatter + "\n---\n" + body
        let result = EntryReader().read(path: path, bytes: Array(text.utf8))
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        return result.entry!
    }

    static func actions(_ entries: [Entry], today: String, config: JournalConfig = JournalConfig(),
                        commits: [String: CalendarDay] = [:], kind: Action.Kind? = nil) -> [Action] {
        AdviceEngine.actions(for: entries, today: day(today), config: config, firstCommitDays: commits)
            .filter { kind == nil || $0.kind == kind }
    }

    /// Checks one table row: exactly one action of `kind` (or none), with its due day, flag and message.
    static func check(_ c: AdviceCase, _ entries: [Entry], _ kind: Action.Kind, config: JournalConfig = JournalConfig(),
                      commits: [String: CalendarDay] = [:], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = actions(entries, today: c.today, config: config, commits: commits, kind: kind)
        guard let due = c.due else {
            #expect(found.isEmpty, "expected no \(kind.rawValue) on \(c.today), got \(found.map(\.message))", sourceLocation: sourceLocation)
            return
        }
        #expect(found.count == 1, "expected one \(kind.rawValue) on \(c.today), got \(found.map(\.message))", sourceLocation: sourceLocation)
        guard let action = found.first else { return }
        #expect(action.due.description == due, sourceLocation: sourceLocation)
        #expect(action.overdue == c.overdue, sourceLocation: sourceLocation)
        if let message = c.message { #expect(action.message == message, sourceLocation: sourceLocation) }
    }
}

/// Front-matter of sample interviews shared by the rule tests.
enum AdviceSamples {
    static let onsite = """
        company: Acme Corp
        role: Backend Engineer
        date: 2026-11-18
        stage: onsite
        interviewers:
          - Dana Lee (Engineering Manager)
          - Raj Patel (Staff Engineer)
        decision_by: 2026-11-25
        outcome: pending
        """

    static let noDecision = onsite.replacingOccurrences(of: "decision_by: 2026-11-25\n", with: "") + "\nthank_you: 2026-11-18"

    static let thanked = onsite + "\nthank_you: 2026-11-18"

    static let thankedNoDecision = thanked.replacingOccurrences(of: "decision_by: 2026-11-25\n", with: "")

    static let final = thanked.replacingOccurrences(of: "stage: onsite", with: "stage: final")

    static let panel = """
        company: Acme Corp
        role: Backend Engineer
        date: 2026-11-18
        stage: final
        thank_you: 2026-11-18
        decision_by: 2026-11-25
        referees_notified: true
        interviewers:
          - Dana Lee (Engineering Manager)
          - name: Raj Patel
            linkedin: https://www.linkedin.com/in/example-raj
            connected: true
          - name: Mei Chen
            linkedin: https://www.linkedin.com/in/example-mei
        """

    static let rejected = """
        company: Globex
        role: Platform Engineer
        date: 2026-11-02
        stage: technical
        interviewers: Hank Scorpio (VP Engineering), Lena Ortiz (Senior Engineer)
        decision_by: 2026-11-09
        thank_you: 2026-11-03
        outcome: rejected
        """

    static let offer = """
        company: Initech
        role: Backend Engineer
        date: 2026-11-10
        stage: offer
        thank_you: 2026-11-10
        outcome: offer
        fit: 3
        """

    static func application(_ company: String, _ date: String, outcome: String = "pending") -> Entry {
        Advice.entry("company: \(company)\ndate: \(date)\nthank_you: true\ndecision_by: 2026-12-31\noutcome: \(outcome)", path: "\(company.lowercased()).md")
    }
}
