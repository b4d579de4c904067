/// Something to do, as shown in the report's actions section.
///
/// The report does not compute these itself: the advice rules (`journal due`, DESIGN 8)
/// produce them and pass them to `ReportModel`.
public struct ReportAction: Sendable, Hashable, Encodable {
    /// What to do, as a sentence.
    public var text: String
    /// The day it is due, when it has one.
    public var due: CalendarDay?
    /// The entry it comes from (path relative to the journal root), when it has one.
    public var entry: String?

    public init(text: String, due: CalendarDay? = nil, entry: String? = nil) {
        self.text = text
        self.due = due
        self.entry = entry
    }

    enum CodingKeys: String, CodingKey { case text, due, entry }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encode(due, forKey: .due)
        try c.encode(entry, forKey: .entry)
    }
}
