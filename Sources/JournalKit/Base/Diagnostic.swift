/// A problem found in a journal, with where it is and how to fix it.
public struct Diagnostic: Sendable, Hashable, Codable, Comparable {
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, note

        var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// A full sentence: what is wrong and how to fix it.
    public var message: String
    /// The part of `docs/format.md` that explains the rule, e.g. `docs/format.md#dates`.
    public var help: String?

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String, help: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.help = help
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message) < (rhs.location, rhs.severity, rhs.message)
    }
}

/// Where in `docs/format.md` each rule is explained.
public enum FormatDoc {
    public static let frontMatter = "docs/format.md#front-matter"
    public static let keys = "docs/format.md#keys"
    public static let dates = "docs/format.md#dates"
    public static let stages = "docs/format.md#stage-and-outcome"
    public static let interviewers = "docs/format.md#interviewers"
    public static let sections = "docs/format.md#sections"
    public static let questions = "docs/format.md#questions"
    public static let difficulty = "docs/format.md#difficulty"
    public static let nextSteps = "docs/format.md#next-steps"
    public static let inference = "docs/format.md#when-something-is-missing"
    public static let encoding = "docs/format.md#files"
    public static let kind = "docs/format.md#kinds-of-notes"
}
