/// Settings from `.journal/config.yml` (DESIGN 7); every key optional.
package struct JournalConfig: Sendable, Hashable {
    /// Extra heading words per section kind.
    package var sections: [SectionKind: [String]] = [:]
    /// Hours after the interview by which a thank-you note is due.
    package var thankYouHours = 24
    /// Days after the interview before the first follow-up when no decision date was
    /// given (with one, the first is due the working day after it), and days between
    /// follow-ups.
    package var followUpAfterDays = 7
    /// Follow-ups before suggesting to move on.
    package var maxFollowUps = 2
    /// Days within which notes should be written.
    package var notesFreshDays = 2
    /// Days without a new interview before suggesting to keep applying.
    package var keepApplyingDays = 14
    /// Files larger than this are refused with a clear message.
    package var maxFileBytes = 8 * 1024 * 1024
    /// Days of the week that are not working days (ISO numbers, 1 Monday … 7 Sunday):
    /// advice due on one of them is due the next working day.
    package var weekendDays: Set<Int> = [6, 7]
    /// Words that make a ticked next step the thank-you note (case-insensitive, at the
    /// start of a word): English, Spanish, German, French, Portuguese and Chinese.
    package var thankYouWords = JournalConfig.defaultThankYouWords
    package static let defaultThankYouWords = ["thank", "gracias", "agradec", "dank", "bedank", "merci", "remerci", "obrigad", "agradeç", "谢"]
    /// Default output formats per command (`report: markdown`).
    package var formats: [String: String] = [:]
    /// The schedule of `journal drill` (`drill:`).
    package var drill = DrillSettings()

    /// The `drill:` settings: how `journal drill` schedules reviews (FSRS-6).
    package struct DrillSettings: Sendable, Hashable {
        /// The recall probability the intervals aim at.
        package var desiredRetention = 0.9
        /// The longest interval between two reviews, in days.
        package var maximumInterval = 36500
        /// A question counts as mastered once its stability exceeds this many days.
        package var masteredDays = 21

        package init() {}
    }

    package init() {}

    /// The classifier with this configuration's synonyms.
    package var classifier: SectionClassifier { SectionClassifier(extra: sections) }
}
