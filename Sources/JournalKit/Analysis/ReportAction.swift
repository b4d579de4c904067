/// Something to do, as shown in the report's actions section.
///
/// The report does not compute these itself: the advice engine (`AdviceEngine`, the
/// same rules as `journal due`, DESIGN 8) produces them. In JSON an action has exactly
/// the fields of `journal due --format json`.
package struct ReportAction: Sendable, Hashable, Encodable {
    /// What to do, as a sentence.
    package var text: String
    /// The day it is due, when it has one.
    package var due: CalendarDay?
    /// The entry it comes from (path relative to the journal root), when it has one.
    package var entry: String?
    /// The advice behind it, when it comes from the advice engine.
    package var action: Action?

    package init(text: String, due: CalendarDay? = nil, entry: String? = nil) {
        self.text = text
        self.due = due
        self.entry = entry
    }

    /// The report's form of an advice action.
    package init(_ action: Action) {
        // Among the actions of every application, name the company when the message does not.
        let named = action.company.isEmpty || action.advice.includes(action.company)
        self.init(text: named ? action.message : action.company + ": " + action.message, due: action.due, entry: action.path)
        self.action = action
    }

    enum CodingKeys: String, CodingKey { case kind, company, role, due, overdue, message, path, line, record }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(action?.kind.rawValue, forKey: .kind)
        try c.encode(action?.company, forKey: .company)
        try c.encode(action?.role, forKey: .role)
        try c.encode(due, forKey: .due)
        try c.encode(action?.overdue, forKey: .overdue)
        try c.encode(action?.message ?? text, forKey: .message)
        try c.encode(entry, forKey: .path)
        try c.encode(action?.line, forKey: .line)
        try c.encode(action?.record, forKey: .record)
    }
}
