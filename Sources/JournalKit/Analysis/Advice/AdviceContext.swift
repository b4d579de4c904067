/// The settings of one call of the advice engine: the day and the configuration, and
/// what every rule derives from them.
struct AdviceContext {
    let today: CalendarDay
    let config: JournalConfig
    /// How to record an action as done.
    let recorder: RecordCommand

    /// `thankYouHours` rounded up to whole days: 24 hours is the day after the interview.
    var thankYouDays: Int { max(0, (config.thankYouHours + 23) / 24) }
    /// `followUpAfterDays`, at least one day.
    var interval: Int { max(1, config.followUpAfterDays) }

    /// The next working day on or after `day`.
    func workday(_ day: CalendarDay) -> CalendarDay { config.workingDay(onOrAfter: day) }

    /// Whether a next step's text says it was the thank-you note, in the words of the
    /// configuration (`thank_you_words`): a word of the text starts with one of them.
    /// Words in a script without spaces between words (Chinese) match anywhere.
    func saysThanks(_ text: String) -> Bool {
        let lower = Array(text.lowercased().unicodeScalars)
        return config.thankYouWords.contains { word in
            let w = Array(word.unicodeScalars)
            guard let first = w.first, w.count <= lower.count else { return false }
            let spaced = first.properties.isAlphabetic && first.value < 0x2E80
            var i = 0
            while i + w.count <= lower.count {
                if lower[i] == first, Array(lower[i..<(i + w.count)]) == w,
                   !spaced || i == 0 || !lower[i - 1].properties.isAlphabetic {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// An action about `application`, pointing at `line` of `entry` (else its date line).
    /// - Parameter record: the `journal log` event (and value) that records it as done; the
    ///   message then ends by saying so, in the words of `journal log`.
    func action(_ kind: Action.Kind, _ application: Application, _ entry: Entry, due: CalendarDay, line: Int?, _ message: String,
                record event: String? = nil) -> Action {
        let command = event.map { recorder.command(application, $0, file: application.latestNote(onOrBefore: today).path) }
        return Action(kind: kind, company: application.company, role: application.role, due: due, overdue: due < today,
                      message: command.map { message + Action.recordSentence($0) } ?? message,
                      path: entry.path, line: line ?? entry.fieldLines["date"] ?? 1, record: command)
    }
}
