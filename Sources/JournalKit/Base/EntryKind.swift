/// What a note is: a write-up of an interview, a bank of questions to prepare, or a
/// blank form to fill in. Only interviews are applications (pipeline, funnel, `due`);
/// a template yields no practice question; a bank's questions are practice "to prepare".
public enum EntryKind: String, Sendable, Hashable, Codable, CaseIterable {
    case interview
    case questionBank = "question-bank"
    case template

    /// `kind:` as a user writes it: `question-bank`, `Question bank`, `bank`, `questions`, `template`, `form`.
    public init?(stated text: String) {
        let key = Stage.normalize(text)
        switch key {
        case "interview", "experience", "interview-experience", "interview-notes", "notes": self = .interview
        case "question-bank", "questions-bank", "bank", "questions", "question-list", "practice", "prep": self = .questionBank
        case "template", "form", "blank", "checklist": self = .template
        default: return nil
        }
    }
}
