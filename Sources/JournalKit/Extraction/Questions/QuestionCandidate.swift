/// One block the question classifier judged, for `journal check --explain`.
public struct QuestionCandidate: Sendable, Hashable {
    public var location: SourceLocation
    /// "list item", "paragraph", "sub-heading", "label".
    public var shape: String
    public var text: String
    public var isQuestion: Bool
    public var reasons: [String]

    public init(location: SourceLocation, shape: String, text: String, isQuestion: Bool, reasons: [String]) {
        self.location = location
        self.shape = shape
        self.text = text
        self.isQuestion = isQuestion
        self.reasons = reasons
    }
}
