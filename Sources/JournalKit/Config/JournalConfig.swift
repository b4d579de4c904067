/// Settings from `.journal/config.yml` (DESIGN 7); every key optional.
public struct JournalConfig: Sendable, Hashable {
    /// Extra heading words per section kind.
    public var sections: [SectionKind: [String]] = [:]
    /// Hours after the interview by which a thank-you note is due.
    public var thankYouHours = 24
    /// Days after the interview (or after the last follow-up) before following up.
    public var followUpAfterDays = 7
    /// Follow-ups before suggesting to move on.
    public var maxFollowUps = 2
    /// Days within which notes should be written.
    public var notesFreshDays = 2
    /// Days without a new interview before suggesting to keep applying.
    public var keepApplyingDays = 14
    /// Files larger than this are refused with a clear message.
    public var maxFileBytes = 8 * 1024 * 1024
    /// Default output formats per command (`report: markdown`).
    public var formats: [String: String] = [:]
    /// The schedule of `journal drill` (`drill:`).
    public var drill = DrillSettings()

    /// The `drill:` settings: how `journal drill` schedules reviews (FSRS-6).
    public struct DrillSettings: Sendable, Hashable {
        /// The recall probability the intervals aim at.
        public var desiredRetention = 0.9
        /// The longest interval between two reviews, in days.
        public var maximumInterval = 36500
        /// A question counts as mastered once its stability exceeds this many days.
        public var masteredDays = 21

        public init() {}
    }

    public init() {}

    /// The classifier with this configuration's synonyms.
    public var classifier: SectionClassifier { SectionClassifier(extra: sections) }
}
