import Foundation
import Testing

/// A whole job search, from the first phone screen to an accepted offer, driven only by
/// the commands a user runs: `journal new` for each round, `journal log` for each thing
/// done, and `journal due` every morning. The output of every morning is one golden
/// file, so the advice of each day is checked whole: weekends, a round written ahead,
/// an offer with a deadline, a rejection with feedback asked, withdrawing after accepting.
@Suite struct WholeSearchTests {
    /// One morning: `journal due` is read, then the day's commands are run.
    struct Day {
        var day: String
        var commands: [Command]
    }

    enum Command {
        /// `journal new COMPANY --role ROLE --stage STAGE --date DATE` (a round may be written ahead).
        case new(company: String, role: String, stage: String, date: String)
        /// `journal log APPLICATION EVENT [VALUE]` on that day.
        case log(application: String, event: String, value: String?)
    }

    static let search: [Day] = [
        Day(day: "2026-11-02", commands: [.new(company: "Acme Corp", role: "Backend Engineer", stage: "phone-screen", date: "2026-11-02")]),
        Day(day: "2026-11-03", commands: [.log(application: "Acme Corp", event: "thank-you", value: nil),
                                          .log(application: "Acme Corp", event: "decision-by", value: "2026-11-06")]),
        // A Friday round: what is due the next day is due on Monday.
        Day(day: "2026-11-06", commands: [.new(company: "Globex", role: "Platform Engineer", stage: "technical", date: "2026-11-06")]),
        // Acme's decision date (Friday) has passed: the follow-up is due Monday.
        Day(day: "2026-11-09", commands: [.log(application: "Globex", event: "thank-you", value: nil),
                                          .log(application: "Globex", event: "decision-by", value: "2026-11-13"),
                                          .log(application: "Acme Corp", event: "follow-up", value: nil),
                                          .new(company: "Acme Corp", role: "Backend Engineer", stage: "onsite", date: "2026-11-12"),
                                          .new(company: "Initech", role: "Backend Engineer", stage: "final", date: "2026-11-10")]),
        Day(day: "2026-11-10", commands: [.log(application: "Initech", event: "thank-you", value: nil),
                                          .log(application: "Initech", event: "referees-told", value: nil)]),
        // The onsite is tomorrow, upcoming: tell the referees today.
        Day(day: "2026-11-11", commands: [.log(application: "Acme Corp", event: "referees-told", value: nil),
                                          .log(application: "Initech", event: "decision-by", value: "2026-11-13")]),
        Day(day: "2026-11-12", commands: [.log(application: "Acme Corp", event: "thank-you", value: nil)]),
        // The offer comes on a Friday, in a call of its own, with a deadline on a Sunday.
        Day(day: "2026-11-13", commands: [.log(application: "Acme Corp", event: "decision-by", value: "2026-11-18"),
                                          .new(company: "Initech", role: "Backend Engineer", stage: "offer", date: "2026-11-13"),
                                          .log(application: "Initech", event: "outcome", value: "offer"),
                                          .log(application: "Initech", event: "offer-deadline", value: "2026-11-22")]),
        // A Saturday: nothing falls due on it.
        Day(day: "2026-11-14", commands: []),
        Day(day: "2026-11-16", commands: [.log(application: "Initech", event: "thank-you", value: nil),
                                          .log(application: "Globex", event: "outcome", value: "rejected")]),
        Day(day: "2026-11-17", commands: [.log(application: "Globex", event: "feedback-asked", value: nil)]),
        Day(day: "2026-11-18", commands: []),
        Day(day: "2026-11-19", commands: [.log(application: "Initech", event: "outcome", value: "accepted")]),
        Day(day: "2026-11-20", commands: [.log(application: "Acme Corp", event: "outcome", value: "withdrawn")]),
        Day(day: "2026-11-23", commands: []),
    ]

    @Test func everyMorningOfASearch() throws {
        let journal = try TemporaryDirectory()
        try journal.write(".journal/config.yml", "advice:\n  keep_applying_days: 30\n")
        var mornings = ""
        for day in Self.search {
            let due = try JournalRunner.run(["due", "-C", journal.path, "--today", day.day, "--within", "1"])
            #expect(due.status == 0, "\(day.day): \(due.stderr)")
            #expect(due.stderr == "", "\(day.day)")
            mornings += "$ journal due --today \(day.day) --within 1\n" + due.stdout + "\n"
            for command in day.commands {
                switch command {
                case let .new(company, role, stage, date):
                    let result = try JournalRunner.run(["new", company, "--role", role, "--stage", stage, "--date", date,
                                                        "--today", day.day, "-C", journal.path])
                    #expect(result.status == 0, "\(result.stderr)")
                case let .log(application, event, value):
                    let result = try JournalRunner.run(["log", application, event] + (value.map { [$0] } ?? []) + ["--today", day.day, "-C", journal.path])
                    #expect(result.status == 0, "\(day.day) log \(application) \(event): \(result.stderr)")
                    #expect(result.stdout.hasPrefix("Recorded "), "\(result.stdout)")
                }
            }
        }
        try Golden.check(mornings, "due-whole-search.txt")
    }
}
