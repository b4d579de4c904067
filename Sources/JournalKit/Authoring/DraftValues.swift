/// The values a draft template's `{{placeholders}}` stand for, read from one note of an
/// application. A value the note does not give is empty (and `DraftTemplate` leaves out
/// the line that uses it); `company`, `greeting`, `the_role` and `the_round` always have one.
package struct DraftValues: Sendable, Hashable {
    /// Each placeholder, in the order the documentation lists them, with what it holds.
    package static let placeholders: [(name: String, meaning: String)] = [
        ("company", "the company, as written in the latest note"),
        ("role", "the role, or empty"),
        ("the_role", "\"the Senior Backend Engineer role\", else \"the position\""),
        ("interviewers", "the interviewers' first names, \"Dana, Raj and Mei\", or empty"),
        ("first_interviewer", "the first interviewer's first name, or empty"),
        ("greeting", "the interviewers' first names, else \"Acme Corp team\""),
        ("stage", "the round as words (\"final round\", \"phone screen\"), or empty"),
        ("the_round", "\"the final round\", else \"the interview\""),
        ("round", "the round number, or empty"),
        ("date", "the day of the interview, \"November 18\", or empty"),
        ("decision_date", "the day they said they would decide by (`decision_by`), or empty"),
        ("topic", "one topic discussed, from the questions asked (\"how to shard a write-heavy table\"), or empty"),
        ("topics", "one or two topics, \"X and Y\", or empty"),
        ("asked", "the first of the questions you asked them (a \"Questions I asked\" section), or empty"),
    ]

    /// Placeholder names to values ("" when the note does not say).
    package var values: [String: String]

    package init(_ values: [String: String]) {
        self.values = values
    }

    /// The values of `entry`, a note of `application`; dates are written relative to `today`'s year.
    package init(application: Application, entry: Entry, today: CalendarDay) {
        let company = EntryTemplate.clean(application.company)
        let role = EntryTemplate.clean(entry.role ?? application.role)
        let names = AdviceEngine.firstNames(entry.interviewers).map(EntryTemplate.clean).filter { !$0.isEmpty }
        let stage = entry.stage.map(DraftValues.stageWords) ?? ""
        let topics = DraftTopic.topics(entry)
        values = [
            "company": company,
            "role": role,
            "the_role": role.isEmpty ? "the position" : "the \(role) role",
            "interviewers": AdviceEngine.list(names),
            "first_interviewer": names.first ?? "",
            "greeting": names.isEmpty ? "\(company) team" : AdviceEngine.list(names),
            "stage": stage,
            "the_round": "the " + (stage.isEmpty ? "interview" : stage),
            "round": entry.round.map(String.init) ?? "",
            "date": entry.date.map { DraftValues.words($0.value, today: today) } ?? "",
            "decision_date": entry.decisionBy.map { DraftValues.words($0, today: today) } ?? "",
            "topic": topics.first ?? "",
            "topics": AdviceEngine.list(topics),
            "asked": entry.askedThem.first.map { EntryTemplate.clean($0.text) } ?? "",
        ]
    }

    package subscript(name: String) -> String? { values[name] }

    /// The stage as words: the advice's round names for known stages, else as written.
    static func stageWords(_ stage: Stage) -> String {
        stage.isKnown ? AdviceEngine.roundName(stage: stage.name) : EntryTemplate.clean(stage.name.replacingOccurrences(of: "-", with: " "))
    }

    private static let months = ["January", "February", "March", "April", "May", "June", "July",
                                 "August", "September", "October", "November", "December"]

    /// "November 18", with the year when it is not `today`'s year ("December 30, 2025").
    package static func words(_ day: CalendarDay, today: CalendarDay) -> String {
        let text = "\(months[day.month - 1]) \(day.day)"
        return day.year == today.year ? text : "\(text), \(day.year)"
    }
}
