/// What extraction finds in one body (DESIGN 3.4): the parts of an entry that come from
/// the Markdown rather than the front-matter, each with its position.
public struct Extraction: Sendable, Hashable {
    public var questions: [Question] = []
    public var askedThem: [TextItem] = []
    public var nextSteps: [NextStep] = []
    public var wentWell: [TextItem] = []
    public var toImprove: [TextItem] = []
    public var reflection: [TextItem] = []
    public var feedback: [TextItem] = []
    public var offer: [TextItem] = []
    /// Tags written in the body's prose.
    public var bodyTags: [String] = []
    /// The title heading, when the file has one.
    public var firstHeading: MarkdownBlock?
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// Copies the extracted parts into `entry`; its tags are the front-matter's and the body's.
    public func apply(to entry: inout Entry, frontMatterTags: [String]) {
        entry.questions = questions
        entry.askedThem = askedThem
        entry.nextSteps = nextSteps
        entry.wentWell = wentWell
        entry.toImprove = toImprove
        entry.reflection = reflection
        entry.feedback = feedback
        entry.offer = offer
        entry.tags = TagList.sortedUnique(frontMatterTags + bodyTags)
    }
}
