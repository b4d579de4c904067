/// A problem found in a journal, with where it is and how to fix it.
package struct Diagnostic: Sendable, Hashable, Codable, Comparable {
    package enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error, warning, note

        var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    package var severity: Severity
    package var location: SourceLocation
    /// A full sentence: what is wrong and how to fix it.
    package var message: String
    /// The part of `docs/format.md` that explains the rule, e.g. `docs/format.md#dates`.
    package var help: String?

    package init(_ severity: Severity, _ location: SourceLocation, _ message: String, help: String? = nil) {
        self.severity = severity
        self.location = location
        self.message = message
        self.help = help
    }

    package static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.severity, lhs.message) < (rhs.location, rhs.severity, rhs.message)
    }
}

/// Where in `docs/format.md` each rule is explained.
package enum FormatDoc {
    package static let frontMatter = "docs/format.md#front-matter"
    package static let keys = "docs/format.md#keys"
    package static let dates = "docs/format.md#dates"
    package static let stages = "docs/format.md#stage-and-outcome"
    package static let interviewers = "docs/format.md#interviewers"
    package static let sections = "docs/format.md#sections"
    package static let questions = "docs/format.md#questions"
    package static let difficulty = "docs/format.md#difficulty"
    package static let nextSteps = "docs/format.md#next-steps"
    package static let inference = "docs/format.md#when-something-is-missing"
    package static let encoding = "docs/format.md#files"
    package static let kind = "docs/format.md#kinds-of-notes"
}
