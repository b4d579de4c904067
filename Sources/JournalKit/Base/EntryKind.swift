/// What a note is: a write-up of an interview, a bank of questions to prepare, or a
/// blank form to fill in. Only interviews are applications (pipeline, funnel, `due`);
/// a template yields no practice question; a bank's questions are practice "to prepare".
package enum EntryKind: String, Sendable, Hashable, Codable, CaseIterable {
    case interview
    case questionBank = "question-bank"
    case template

    private static let aliases: [String: String] = [
        "experience": "interview", "interview-experience": "interview", "interview-notes": "interview", "notes": "interview",
        "bank": "question-bank", "questions-bank": "question-bank", "questions": "question-bank", "question-list": "question-bank",
        "practice": "question-bank", "prep": "question-bank",
        "form": "template", "blank": "template", "checklist": "template",
    ]

    /// `kind:` as a user writes it: `question-bank`, `Question bank`, `bank`, `questions`, `template`, `form`.
    package init?(stated text: String) {
        let known = EntryKind.allCases.map(\.rawValue)
        self.init(rawValue: KnownName.canonical(text, known: known, aliases: EntryKind.aliases))
    }
}
