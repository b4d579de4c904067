/// What extraction finds in one body (DESIGN 3.4): the parts of an entry that come from
/// the Markdown rather than the front-matter, each with its position.
package struct Extraction: Sendable, Hashable {
    package var questions: [Question] = []
    package var askedThem: [TextItem] = []
    package var nextSteps: [NextStep] = []
    package var wentWell: [TextItem] = []
    package var toImprove: [TextItem] = []
    package var reflection: [TextItem] = []
    package var feedback: [TextItem] = []
    package var offer: [TextItem] = []
    /// Tags written in the body's prose.
    package var bodyTags: [String] = []
    /// The title heading, when the file has one.
    package var firstHeading: MarkdownBlock?
    package var diagnostics: [Diagnostic] = []
    /// Every block the question classifier judged, with its decision (only when asked for: `check --explain`).
    package var candidates: [QuestionCandidate] = []

    package init() {}

    /// Copies the extracted parts into `entry`; its tags are the front-matter's and the body's.
    package func apply(to entry: inout Entry, frontMatterTags: [String]) {
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
