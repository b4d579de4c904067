/// Something the notes record as finished: a thank-you note sent, a follow-up sent, a
/// ticked next step, referees told, a round that took place; or cancelled: a step crossed
/// out (`- [-]`), the open steps and the next follow-up of a closed application, a round
/// still to come of a closed application.
///
/// `journal due --format ics --include-done` writes these so that a calendar or task app
/// that imported an item while it was open sees it finished (importing again updates an
/// item with the same UID but never deletes one). Each carries what names the open
/// action it finishes (kind, application, round, follow-up number, step text), never
/// the advice itself: it is read from the records, not from the rules.
package struct FinishedAction: Sendable, Hashable {
    package enum State: String, Sendable, Hashable {
        case done, cancelled
    }

    /// The kind of the action it finishes (`Action.Kind` raw values), or `round` for a round.
    package var kind: String
    package var company: String
    package var role: String
    /// The day it was done (the day recorded, else the day it was due, else the round's day).
    package var day: CalendarDay
    package var state: State
    /// A short sentence saying what was done.
    package var message: String
    /// The note that records it, relative to the journal root, and the line.
    package var path: String
    package var line: Int
    /// For `follow-up`: which follow-up after the round (1 for the first).
    package var ordinal: Int?
    /// For `next-step`: the step as `due` words it (`AdviceEngine.stepSentence`).
    package var step: String?

    /// The kind name of a round (not an `Action.Kind`: a round is no advice).
    package static let roundKind = "round"

    /// Every finished item of the journal on `today`, by day, then path and line.
    package static func list(_ entries: [Entry], today: CalendarDay, config: JournalConfig) -> [FinishedAction] {
        let members = Application.Members.group(entries)
        let context = AdviceContext(today: today, config: config, recorder: RecordCommand(members, of: entries))
        let accepted = WithdrawRule.acceptance(members, of: entries)
        var out: [FinishedAction] = []
        for (index, group) in members.enumerated() {
            let application = Application(group, of: entries)
            let acceptedElsewhere = accepted.map { $0.application != index } ?? false
            out += finished(application, acceptedElsewhere: acceptedElsewhere, in: context)
        }
        return out.sorted { ($0.day, $0.path, $0.line, $0.kind) < ($1.day, $1.path, $1.line, $1.kind) }
    }

    /// The items of entries the filter keeps (all when it keeps everything).
    package static func select(_ items: [FinishedAction], entries: [Entry], filter: EntryFilter) -> [FinishedAction] {
        guard !filter.isEmpty else { return items }
        let kept = Set(filter.apply(entries).map(\.path))
        return items.filter { kept.contains($0.path) }
    }

    static func finished(_ application: Application, acceptedElsewhere: Bool, in context: AdviceContext) -> [FinishedAction] {
        let today = context.today, latest = application.latest
        let closed = application.isFinal, outcome = latest.outcome?.name ?? ""
        var out: [FinishedAction] = []
        func add(_ kind: String, _ entry: Entry, _ day: CalendarDay, line: Int?, _ message: String,
                 _ state: State = .done, ordinal: Int? = nil, step: String? = nil) {
            out.append(FinishedAction(kind: kind, company: application.company, role: application.role, day: day, state: state,
                                      message: message, path: entry.path, line: line ?? entry.fieldLines["date"] ?? 1,
                                      ordinal: ordinal, step: step))
        }

        for entry in application.entries {
            guard let date = entry.date?.value else { continue }
            let name = AdviceEngine.roundName(entry)
            if date <= today {
                add(roundKind, entry, date, line: nil, "The \(name) on \(DayText.short(date, today: today)).")
                let step = entry.nextSteps.first { $0.state == .done && context.saysThanks($0.text) }
                if entry.thankYou?.done == true || step != nil {
                    add(Action.Kind.thankYou.rawValue, entry, entry.thankYou?.day ?? step?.due ?? date,
                        line: entry.fieldLines["thank_you"] ?? step?.location.line, "Thank-you note sent for the \(name).")
                }
                if let decision = entry.decisionBy {
                    add(Action.Kind.askDecisionDate.rawValue, entry, context.workday(date.adding(days: context.thankYouDays)),
                        line: entry.fieldLines["decision_by"], "They mean to decide by \(DayText.short(decision, today: today)).")
                }
                for (i, day) in AdviceEngine.sentFollowUps(entry).enumerated() {
                    add(Action.Kind.followUp.rawValue, entry, day, line: entry.fieldLines["follow_ups"],
                        "The \(AdviceEngine.ordinal(i + 1)) follow-up after the \(name) went out.", ordinal: i + 1)
                }
            } else if closed {
                add(roundKind, entry, date, line: nil, "The \(name) on \(DayText.short(date, today: today)) will not take place: the application is \(outcome).", .cancelled)
            }
            for step in entry.nextSteps {
                guard let due = step.due else { continue }
                let sentence = AdviceEngine.stepSentence(step.text)
                switch step.state {
                case .done: add(Action.Kind.nextStep.rawValue, entry, due, line: step.location.line, sentence, step: sentence)
                case .cancelled: add(Action.Kind.nextStep.rawValue, entry, due, line: step.location.line, sentence, .cancelled, step: sentence)
                case .open where closed:
                    add(Action.Kind.nextStep.rawValue, entry, due, line: step.location.line, sentence + " (Not needed: the application is \(outcome).)", .cancelled, step: sentence)
                case .open: break
                }
            }
        }

        // A closed application needs no further follow-up.
        if closed, let date = latest.date?.value, date <= today {
            add(Action.Kind.followUp.rawValue, latest, latest.outcomeDay ?? date, line: latest.fieldLines["outcome"],
                "No follow-up needed: the application is \(outcome).", .cancelled, ordinal: AdviceEngine.sentFollowUps(latest).count + 1)
        }

        // Referees told, for the last round (where the open action pointed).
        if let round = RefereesRule.lastRound(application.entries) {
            let notified = application.entries.first { $0.refereesNotified?.done == true }
            let step = application.entries.lazy.flatMap(\.nextSteps)
                .first { $0.state == .done && AdviceEngine.mentions($0.text, ["referee", "reference"]) }
            if notified != nil || step != nil, let day = notified?.refereesNotified?.day ?? step?.due ?? round.date?.value {
                add(Action.Kind.notifyReferees.rawValue, round, day, line: round.fieldLines["referees_notified"] ?? round.fieldLines["stage"],
                    "Referees told about the \(AdviceEngine.roundName(round)).")
            }
        }

        // Connected with every interviewer who has a LinkedIn address.
        let linked = application.entries.filter { entry in
            (entry.date?.value).map { $0 <= today } ?? false && entry.interviewers.contains { !($0.linkedin ?? "").isEmpty }
        }
        let connected = Set(application.entries.flatMap(\.interviewers).filter(\.connected).map { $0.name.lowercased() })
        let people = linked.flatMap(\.interviewers).filter { !($0.linkedin ?? "").isEmpty }
        if let last = linked.last, let day = last.date?.value, !people.isEmpty,
           people.allSatisfy({ connected.contains($0.name.lowercased()) }) {
            add(Action.Kind.connect.rawValue, last, context.workday(day.adding(days: context.thankYouDays)), line: last.fieldLines["interviewers"],
                "Connected on LinkedIn with \(AdviceEngine.list(people.map(\.name).uniqued())).")
        }

        // Feedback asked for (or received) after a rejection.
        if outcome == "rejected",
           latest.recordedDone("feedback_asked") || latest.recordedDone("feedback") || !latest.feedback.isEmpty
            || latest.nextSteps.contains(where: { $0.state == .done && AdviceEngine.mentions($0.text, ["feedback"]) }),
           let day = latest.recordedDay("feedback_asked") ?? latest.outcomeDay {
            add(Action.Kind.askFeedback.rawValue, latest, day, line: latest.fieldLines["outcome"], "Feedback asked for after the rejection.")
        }

        // The offer negotiated and answered.
        if ["offer", "accepted", "declined"].contains(outcome), let day = latest.outcomeDay {
            if let step = latest.nextSteps.first(where: { $0.state == .done && AdviceEngine.mentions($0.text, ["negotiat"]) }) {
                add(Action.Kind.offerNegotiate.rawValue, latest, step.due ?? day, line: step.location.line, "Offer compared and negotiated.")
            }
            if outcome != "offer" {
                add(Action.Kind.offerAnswer.rawValue, latest, day, line: latest.fieldLines["outcome"], "Offer \(outcome).")
            }
        }

        // Withdrawn after accepting an offer elsewhere.
        if outcome == "withdrawn", acceptedElsewhere, let day = latest.outcomeDay {
            add(Action.Kind.withdraw.rawValue, latest, day, line: latest.fieldLines["outcome"], "Withdrew from \(application.company).")
        }
        return out
    }
}

private extension Array where Element == String {
    /// The elements in order, each once.
    func uniqued() -> [String] {
        var seen: Set<String> = []
        return filter { seen.insert($0).inserted }
    }
}
