/// `journal due --format ics` (and `report --format ics`): the actions of `due`, the
/// rounds coming up and, on request, what is finished, as an RFC 5545 calendar
/// (`ICalendar` writes the syntax).
///
/// - `event` (the default): all-day VEVENTs (`DTSTART;VALUE=DATE`, `DTEND` the next
///   day, `TRANSP:TRANSPARENT`), which Google Calendar, Apple Calendar, the iOS app and
///   Fastmail all show; `todo`: VTODOs (`DUE;VALUE=DATE`, `STATUS:NEEDS-ACTION`) for
///   task apps (Apple Reminders through CalDAV, Thunderbird, todoman).
/// - UIDs are stable and opaque: `StableHash` of the kind, the application
///   (`ApplicationKey`: the company, and the `application:` name) and what tells two
///   items of one kind apart (the round's note for thank-you notes and decision dates,
///   the round and number for follow-ups, the text for the user's own next steps);
///   never the due day, so a moved day updates the item instead of adding one.
/// - DTSTAMP is midnight UTC of the latest day the source note records (its date,
///   follow-ups, thank-you, referees, outcome, feedback asked), so the same notes give
///   the same bytes on every day.
/// - Finished items (`FinishedAction`): done ones are VTODOs with `STATUS:COMPLETED`, or
///   VEVENTs on the day they were done with `STATUS:CONFIRMED` and "Done: " before the
///   summary (VEVENT has no completed status); cancelled ones are `STATUS:CANCELLED`
///   in both forms, which calendar apps hide.
package enum CalendarRenderer {
    /// The component every item becomes: `--ics event` or `--ics todo`.
    package enum Form: String, Sendable, Hashable, CaseIterable {
        case event, todo
    }

    /// The calendar's name (`X-WR-CALNAME`).
    package static let calendarName = "Job search (journal)"

    /// The calendar of `actions` (already selected, in `Action.urgency` order), the
    /// `upcoming` rounds and the `finished` items.
    /// - Parameter entries: every entry of the journal, to name applications and date items.
    package static func ics(_ actions: [Action], upcoming: [UpcomingRound], finished: [FinishedAction] = [],
                           entries: [Entry], config: JournalConfig, form: Form, today: CalendarDay) -> String {
        let index = Index(entries)
        var items: [Item] = []
        for action in actions {
            let application = action.kind == .keepApplying ? "" : index.key(action.path, company: action.company)
            var ordinal: Int?
            if action.kind == .followUp, let app = index.applications[action.path] {
                ordinal = (AdviceEngine.followUpPlan(app, config: config)?.sent.count ?? 0) + 1
            }
            let step = action.kind == .nextStep ? action.message : nil
            items.append(Item(uid: uid(kind: action.kind.rawValue, application: application, path: action.path, ordinal: ordinal, step: step),
                              kind: action.kind.rawValue, day: action.due, summary: summary(action.company, title(action.kind.rawValue, ordinal: ordinal, step: step)),
                              description: action.message + "\n\n" + "\(action.path):\(action.line)", state: .open, stamp: index.stamp(action.path)))
        }
        for round in upcoming {
            items.append(Item(uid: uid(kind: FinishedAction.roundKind, application: index.key(round.path, company: round.company), path: round.path, ordinal: nil, step: nil),
                              kind: FinishedAction.roundKind, day: round.date, summary: summary(round.company, title(FinishedAction.roundKind, name: round.name)),
                              description: "The \(round.name) on \(DayText.short(round.date, today: today)).\n\n\(round.path):\(round.line)",
                              state: .open, stamp: index.stamp(round.path)))
        }
        for done in finished {
            let name = done.kind == FinishedAction.roundKind ? index.entries[done.path].map(AdviceEngine.roundName) : nil
            items.append(Item(uid: uid(kind: done.kind, application: index.key(done.path, company: done.company), path: done.path, ordinal: done.ordinal, step: done.step),
                              kind: done.kind, day: done.day, summary: summary(done.company, title(done.kind, ordinal: done.ordinal, step: done.step, name: name)),
                              description: done.message + "\n\n" + "\(done.path):\(done.line)",
                              state: done.state == .done ? .done : .cancelled, stamp: index.stamp(done.path)))
        }

        var calendar = ICalendar.Component("VCALENDAR", properties: [
            ICalendar.Property("VERSION", value: "2.0"),
            ICalendar.Property("PRODID", value: "-//journal//journal due//EN"),
            ICalendar.Property("CALSCALE", value: "GREGORIAN"),
            ICalendar.Property("METHOD", value: "PUBLISH"),
            .text("X-WR-CALNAME", calendarName),
            ICalendar.Property("REFRESH-INTERVAL", parameters: ["VALUE=DURATION"], value: "PT6H"),
            ICalendar.Property("X-PUBLISHED-TTL", value: "PT6H"),
        ])
        var seen: [String: Int] = [:]
        for var item in items {
            // Two open items of one identity (the same step text in two rounds) get told
            // apart by their order; a finished item that is open again is the open one.
            if let count = seen[item.uid] {
                guard item.state == .open else { continue }
                seen[item.uid] = count + 1
                item.uid = StableHash.hex(item.uid + "#\(count + 1)") + "@journal"
            } else {
                seen[item.uid] = 1
            }
            calendar.components.append(component(item, form: form))
        }
        return calendar.text
    }

    /// The UID of an item: opaque, and the same for as long as the item is the same thing to do.
    package static func uid(kind: String, application: String, path: String, ordinal: Int?, step: String?) -> String {
        let detail: String
        switch Action.Kind(rawValue: kind) {
        case .thankYou?, .askDecisionDate?, .moveOn?, .writeSooner?: detail = path
        case .followUp?: detail = path + "#" + String(ordinal ?? 1)
        case .nextStep?: detail = step ?? ""
        case nil: detail = path // a round
        default: detail = ""
        }
        return StableHash.hex([kind, application, detail].joined(separator: "\u{1F}")) + "@journal"
    }

    // MARK: - Items

    struct Item {
        enum State { case open, done, cancelled }
        var uid: String
        var kind: String
        var day: CalendarDay
        var summary: String
        var description: String
        var state: State
        var stamp: CalendarDay?
    }

    static func component(_ item: Item, form: Form) -> ICalendar.Component {
        var properties: [ICalendar.Property] = [
            ICalendar.Property("UID", value: item.uid),
            .midnightUTC("DTSTAMP", item.stamp ?? CalendarDay(year: 1970, month: 1, day: 1)!),
        ]
        switch form {
        case .event:
            let summary = item.state == .done && item.kind != FinishedAction.roundKind ? "Done: " + item.summary : item.summary
            properties += [
                .date("DTSTART", item.day), .date("DTEND", item.day.adding(days: 1)),
                .text("SUMMARY", summary), .text("DESCRIPTION", item.description), .text("CATEGORIES", item.kind),
                ICalendar.Property("TRANSP", value: "TRANSPARENT"),
                ICalendar.Property("STATUS", value: item.state == .cancelled ? "CANCELLED" : "CONFIRMED"),
            ]
            return ICalendar.Component("VEVENT", properties: properties)
        case .todo:
            properties += [.date("DUE", item.day), .text("SUMMARY", item.summary), .text("DESCRIPTION", item.description), .text("CATEGORIES", item.kind)]
            switch item.state {
            case .open: properties.append(ICalendar.Property("STATUS", value: "NEEDS-ACTION"))
            case .done: properties += [ICalendar.Property("STATUS", value: "COMPLETED"), .midnightUTC("COMPLETED", item.day)]
            case .cancelled: properties.append(ICalendar.Property("STATUS", value: "CANCELLED"))
            }
            return ICalendar.Component("VTODO", properties: properties)
        }
    }

    static func summary(_ company: String, _ title: String) -> String {
        company.isEmpty ? title : "\(company): \(title)"
    }

    /// The short title of an item of `kind` (the advice itself goes in the description).
    static func title(_ kind: String, ordinal: Int? = nil, step: String? = nil, name: String? = nil) -> String {
        guard let known = Action.Kind(rawValue: kind) else {
            let round = name ?? "interview"
            return round.prefix(1).uppercased() + round.dropFirst()
        }
        switch known {
        case .thankYou: return "Send a thank-you note"
        case .askDecisionDate: return "Ask when they will decide"
        case .followUp: return (ordinal ?? 1) > 1 ? "Send a \(AdviceEngine.ordinal(ordinal!)) follow-up" : "Follow up"
        case .moveOn: return "No answer: move on"
        case .notifyReferees: return "Tell your referees"
        case .connect: return "Connect on LinkedIn"
        case .askFeedback: return "Ask for feedback"
        case .offerThanks: return "Thank them for the offer"
        case .offerDetails: return "Write down the offer details"
        case .offerNegotiate: return "Compare and negotiate the offer"
        case .offerAnswer: return "Answer the offer"
        case .withdraw: return "Withdraw politely"
        case .keepApplying: return "Keep applying"
        case .nextStep: return step ?? "Next step"
        case .writeSooner: return "Write your notes sooner"
        }
    }

    /// The applications and entries of the journal, by note path.
    struct Index {
        var applications: [String: Application] = [:]
        var keys: [String: String] = [:]
        var entries: [String: Entry] = [:]

        init(_ all: [Entry]) {
            for application in Application.group(all) {
                let name = application.entries.lazy.compactMap { ApplicationKey.applicationName(in: $0.extra) }.first ?? ""
                let key = ApplicationKey.company(application.company) + "\u{1F}" + ApplicationKey.name(name)
                for entry in application.entries {
                    applications[entry.path] = application
                    keys[entry.path] = key
                }
            }
            for entry in all { entries[entry.path] = entry }
        }

        /// The application key of the note at `path` (else of the company alone).
        func key(_ path: String, company: String) -> String {
            keys[path] ?? ApplicationKey.company(company) + "\u{1F}"
        }

        /// The latest day the note at `path` records: its date, follow-ups, thank-you,
        /// referees, outcome and feedback asked.
        func stamp(_ path: String) -> CalendarDay? {
            guard let entry = entries[path] else { return nil }
            var days: [CalendarDay?] = [entry.date?.value, entry.thankYou?.day, entry.refereesNotified?.day,
                                        entry.recordedDay("outcome_date"), entry.recordedDay("feedback_asked")]
            days += entry.followUps.map { $0 }
            return days.compactMap { $0 }.max()
        }
    }
}
