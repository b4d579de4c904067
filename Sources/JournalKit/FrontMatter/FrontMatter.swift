/// The known fields of a front-matter block, decoded and checked.
public struct FrontMatter: Sendable, Hashable {
    public var title: String?
    public var company: String?
    public var role: String?
    public var date: CalendarDay?
    public var time: String?
    public var stage: Stage?
    public var round: Int?
    public var interviewers: [Interviewer] = []
    public var decisionBy: CalendarDay?
    public var thankYou: DoneMark?
    public var followUps: [CalendarDay] = []
    public var refereesNotified: DoneMark?
    public var outcome: Outcome?
    public var fit: Int?
    /// `kind: template`, `kind: question-bank`, `kind: interview`.
    public var kind: EntryKind?
    public var tags: [String] = []
    public var extra: [String: JSONValue] = [:]
    /// The line of each known key, by canonical name.
    public var fieldLines: [String: Int] = [:]

    public init() {}
}
