/// Something the candidate did or learned, as `journal log` records it: the event, its
/// front-matter key, and the changes that record it.
package enum LogEvent: String, Sendable, Hashable, CaseIterable {
    case thankYou = "thank-you"
    case followUp = "follow-up"
    case connected
    case refereesTold = "referees-told"
    case feedbackAsked = "feedback-asked"
    case feedback
    case decisionBy = "decision-by"
    case outcome
    case offerDeadline = "offer-deadline"

    /// The outcomes `outcome VALUE` accepts.
    package static let outcomes = ["advanced", "rejected", "offer", "accepted", "declined", "withdrawn", "ghosted"]

    /// What VALUE is, for events that need one (usage text).
    package var valueName: String? {
        switch self {
        case .connected: "NAME"
        case .feedback: "TEXT"
        case .decisionBy, .offerDeadline: "DATE"
        case .outcome: "VALUE"
        case .thankYou, .followUp, .refereesTold, .feedbackAsked: nil
        }
    }

    /// The front-matter key the event writes.
    package var key: String {
        switch self {
        case .thankYou: "thank_you"
        case .followUp: "follow_ups"
        case .connected: "interviewers"
        case .refereesTold: "referees_notified"
        case .feedbackAsked: "feedback_asked"
        case .feedback: "feedback"
        case .decisionBy: "decision_by"
        case .outcome: "outcome"
        case .offerDeadline: "offer_deadline"
        }
    }

    /// A problem with VALUE as a full sentence, or nil when it is right for the event.
    package func problem(with value: String?) -> String? {
        let given = value?.trimmingSpaces() ?? ""
        guard let name = valueName else {
            return given.isEmpty ? nil : "'\(rawValue)' takes no value, but '\(given)' was given; the day is --on DATE (default: today)."
        }
        if given.isEmpty { return "'\(rawValue)' needs a \(name): journal log APPLICATION \(rawValue) \(name)." }
        switch self {
        case .decisionBy where CalendarDay(iso: given) == nil, .offerDeadline where CalendarDay(iso: given) == nil:
            return "'\(given)' is not a date; write it as YYYY-MM-DD, e.g. \(rawValue) 2026-11-25."
        case .outcome where !LogEvent.outcomes.contains(Outcome(given).name):
            return "'\(given)' is not an outcome journal records; use one of \(LogEvent.outcomes.joined(separator: ", "))."
        default:
            return nil
        }
    }

    /// The changes that record the event with `value` (checked by `problem(with:)`) on `day`.
    package func changes(value: String?, on day: CalendarDay) -> [FrontMatterChange] {
        let given = value?.trimmingSpaces() ?? ""
        let aliases = FrontMatterChange.knownAliases(of: key)
        func change(_ operation: FrontMatterChange.Operation) -> FrontMatterChange {
            FrontMatterChange(key: key, aliases: aliases, operation: operation)
        }
        switch self {
        case .thankYou, .refereesTold, .feedbackAsked: return [change(.set(.date(day), .keepDone))]
        case .followUp: return [change(.append(.date(day)))]
        case .connected: return [change(.interviewer(name: given, field: "connected", value: .date(day)))]
        case .feedback: return [change(.set(.text(given), .keepDifferent))]
        case .decisionBy, .offerDeadline: return [change(.set(.date(CalendarDay(iso: given) ?? day), .replace))]
        case .outcome:
            return [change(.set(.text(Outcome(given).name), .replace)),
                    FrontMatterChange(key: "outcome_date", operation: .set(.date(day), .replace))]
        }
    }

    /// What was recorded, for messages and the commit: "thank-you sent 2026-11-19".
    package func summary(value: String?, on day: CalendarDay) -> String {
        let given = value?.trimmingSpaces() ?? ""
        switch self {
        case .thankYou: return "thank-you sent \(day)"
        case .followUp: return "follow-up sent \(day)"
        case .connected: return "connected with \(given) \(day)"
        case .refereesTold: return "referees told \(day)"
        case .feedbackAsked: return "feedback asked \(day)"
        case .feedback: return "feedback: \(given)"
        case .decisionBy: return "decision expected by \(given)"
        case .outcome: return "outcome \(Outcome(given).name) \(day)"
        case .offerDeadline: return "offer deadline \(given)"
        }
    }
}
