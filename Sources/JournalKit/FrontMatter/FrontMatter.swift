/// The known fields of a front-matter block, decoded and checked.
package struct FrontMatter: Sendable, Hashable {
    package var title: String?
    package var company: String?
    package var role: String?
    package var date: CalendarDay?
    package var time: String?
    package var stage: Stage?
    package var round: Int?
    package var interviewers: [Interviewer] = []
    package var decisionBy: CalendarDay?
    package var thankYou: DoneMark?
    package var followUps: [CalendarDay] = []
    package var refereesNotified: DoneMark?
    package var outcome: Outcome?
    package var fit: Int?
    /// `kind: template`, `kind: question-bank`, `kind: interview`.
    package var kind: EntryKind?
    package var tags: [String] = []
    package var extra: [String: JSONValue] = [:]
    /// The line of each known key, by canonical name.
    package var fieldLines: [String: Int] = [:]

    package init() {}
}
