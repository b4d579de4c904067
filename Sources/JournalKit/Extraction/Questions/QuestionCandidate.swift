/// One block the question classifier judged, for `journal check --explain`.
package struct QuestionCandidate: Sendable, Hashable {
    package var location: SourceLocation
    /// "list item", "paragraph", "sub-heading", "label".
    package var shape: String
    package var text: String
    package var isQuestion: Bool
    package var reasons: [String]

    package init(location: SourceLocation, shape: String, text: String, isQuestion: Bool, reasons: [String]) {
        self.location = location
        self.shape = shape
        self.text = text
        self.isQuestion = isQuestion
        self.reasons = reasons
    }
}
