import Foundation

/// Turns the career advice of DESIGN 8 into dated actions. Pure: the same entries,
/// day and settings always give the same actions, whatever the clock or `TZ` say.
///
/// How the rules read the notes:
/// - Entries are grouped into applications (`Application.group`: same company and role,
///   case-insensitive). Rules 1–7 look at the latest entry of each application; rule 4
///   also looks at earlier rounds for a final or reference-check stage, rule 5 at every
///   round. When the latest entry is a round still to come (written ahead), the
///   thank-you rule looks at the latest round that already happened, and nobody waits
///   for a decision: no decision date, follow-up or move-on.
/// - An entry without a date yields no advice that counts from the interview day
///   (rules 1–7 and 10); its next steps still count, because they carry their own dates.
/// - Advice about an interview that already happened (thank-you, decision date,
///   follow-up, move-on, connect, feedback, write-sooner) waits until the interview day.
///   Referees are told before a final round, so rule 4 also looks at future entries.
/// - A final outcome (rejected, withdrawn, accepted, declined, ghosted) stops all
///   chasing: no thank-you, decision date, follow-up, move-on or referees. A rejection
///   still gets `ask-feedback`; an offer gets `offer-details`.
/// - Advice that is only useful for a while stops on its own instead of nagging forever:
///   a thank-you note or a question about the decision date is shown until the first
///   follow-up would be due (a week by default; the follow-up then carries the thanks),
///   a request for feedback for 30 days, the write-sooner hint for interviews of the
///   last 30 days. An application that got no answer however long the candidate waited
///   turns into one `move-on` suggestion and stops counting as open.
/// - An application with no interview or follow-up in the last 90 days is history, not
///   a to-do list: it gets no advice at all (not even its old next steps) and does not
///   count as open. So is a next step overdue for more than 90 days.
/// - Keep-applying and write-sooner are standing hints, due today while they hold,
///   never overdue.
/// - Done next steps count as records: a ticked step that mentions thanks counts as the
///   thank-you note, one that mentions following up (with a date) as a follow-up on that
///   date, one that mentions referees or references as referees notified, one that
///   mentions feedback as feedback asked for.
public enum AdviceEngine {
    /// An application quiet for longer than this many days gets no advice.
    public static let staleAfterDays = 90
    /// Days after the rejection during which asking for feedback still makes sense.
    public static let feedbackWindowDays = 30
    /// Only interviews of the last this many days get the write-sooner hint.
    public static let hintWindowDays = 30
    /// A day on which this many entries, spanning more than `importSpanDays`, were first
    /// committed is an import of older notes, not a late write-up.
    static let importBatch = 3
    static let importSpanDays = 14

    /// The interview days for which the git history can change the advice of `today`
    /// (`LoadOptions.gitHistoryDays`): only recent interviews get the write-sooner hint.
    public static func gitHistoryDays(today: CalendarDay) -> ClosedRange<CalendarDay> {
        today.adding(days: -hintWindowDays)...today
    }

    /// The actions for a loaded journal (its settings and git history).
    public static func actions(for journal: Journal, today: CalendarDay) -> [Action] {
        actions(for: journal.entries, today: today, config: journal.config, firstCommitDays: journal.firstCommitDays)
    }

    /// Every action for these entries on `today`, most urgent first (`Action.urgency`):
    /// overdue, due today and upcoming alike; callers choose the window they show.
    /// - Parameter firstCommitDays: the first git commit day of each entry's path (for `write-sooner`); empty when unknown.
    public static func actions(for entries: [Entry], today: CalendarDay, config: JournalConfig,
                               firstCommitDays: [String: CalendarDay]) -> [Action] {
        let context = Context(today: today, config: config)
        let applications = Application.Members.group(entries)
        var actions: [Action] = []
        // Only applications with recent news get advice of their own (`isStale` reads the
        // latest entry), so only those are copied out of the journal.
        for members in applications where !isStale(latest: entries[members.latest], today: today) {
            actions += context.rules(for: Application(members, of: entries))
        }
        actions += context.keepApplying(applications, of: entries)
        actions += context.writeSooner(applications, of: entries, firstCommitDays: firstCommitDays)
        return actions.sorted(by: Action.urgency)
    }

    /// When the next follow-up of a waiting application is due, and when to give up.
    public struct FollowUpPlan: Sendable, Hashable {
        /// Follow-ups sent since the interview, oldest first, one per day.
        public var sent: [CalendarDay]
        /// When the next follow-up is due.
        public var nextDue: CalendarDay
        /// From this day on, suggest moving on instead of following up.
        public var moveOnDay: CalendarDay
    }

    /// The follow-up plan of an application that waits for an answer (outcome pending,
    /// not stated, or advanced with no later round in the notes), or nil.
    ///
    /// The first follow-up is due the day after the decision date, else
    /// `followUpAfterDays` after the interview; each next one `followUpAfterDays` after
    /// the last. After `maxFollowUps` follow-ups, or once the time for all of them has
    /// passed, the advice is to move on (due `followUpAfterDays` after the last one).
    public static func followUpPlan(_ application: Application, config: JournalConfig) -> FollowUpPlan? {
        followUpPlan(latest: application.latest, config: config)
    }

    /// `followUpPlan` from the latest entry of the application, all it reads.
    static func followUpPlan(latest: Entry, config: JournalConfig) -> FollowUpPlan? {
        let isPending = latest.outcome == nil || latest.outcome?.name == "pending"
        guard isPending || latest.outcome?.name == "advanced", let date = latest.date?.value else { return nil }
        let interval = max(1, config.followUpAfterDays)
        var base = date.adding(days: interval)
        if isPending, let decision = latest.decisionBy {
            base = max(decision.adding(days: 1), date.adding(days: 1))
        }
        var days = Set(latest.followUps.filter { $0 >= date })
        for step in latest.nextSteps where step.state == .done && mentions(step.text, ["follow"]) {
            if let due = step.due, due >= date { days.insert(due) }
        }
        let sent = days.sorted()
        let nextDue = sent.last.map { max($0.adding(days: interval), base) } ?? base
        let moveOnDay = nextDue.adding(days: max(0, config.maxFollowUps - sent.count) * interval)
        return FollowUpPlan(sent: sent, nextDue: nextDue, moveOnDay: moveOnDay)
    }

    /// True when the application waited past its last follow-up without an answer.
    public static func isDormant(_ application: Application, today: CalendarDay, config: JournalConfig) -> Bool {
        isDormant(latest: application.latest, today: today, config: config)
    }

    static func isDormant(latest: Entry, today: CalendarDay, config: JournalConfig) -> Bool {
        guard let date = latest.date?.value, date <= today,
              let plan = followUpPlan(latest: latest, config: config) else { return false }
        return today >= plan.moveOnDay
    }

    /// True when the latest interview and the last follow-up are more than `staleAfterDays` old.
    public static func isStale(_ application: Application, today: CalendarDay) -> Bool {
        isStale(latest: application.latest, today: today)
    }

    static func isStale(latest: Entry, today: CalendarDay) -> Bool {
        guard let date = latest.date?.value else { return false }
        let last = max(date, latest.followUps.max() ?? date)
        return today.days(since: last) > staleAfterDays
    }

    /// Whether a next step's text mentions any of these words (case-insensitive).
    static func mentions(_ text: String, _ words: [String]) -> Bool {
        let lower = text.lowercased()
        return words.contains { lower.contains($0) }
    }

    /// The per-call settings and the rules themselves.
    struct Context {
        let today: CalendarDay
        let config: JournalConfig
        /// `thankYouHours` rounded up to whole days: 24 hours is the day after the interview.
        var thankYouDays: Int { max(0, (config.thankYouHours + 23) / 24) }
        var interval: Int { max(1, config.followUpAfterDays) }

        func action(_ kind: Action.Kind, _ application: Application, _ entry: Entry, due: CalendarDay, line: Int?, _ message: String) -> Action {
            Action(kind: kind, company: application.company, role: application.role, due: due, overdue: due < today,
                   message: message, path: entry.path, line: line ?? entry.fieldLines["date"] ?? 1)
        }

        // MARK: Rules 1–7 and 9, per application

        func rules(for application: Application) -> [Action] {
            if isStale(application, today: today) { return [] }
            var out: [Action] = []
            let latest = application.latest
            let final = application.isFinal
            let outcome = latest.outcome?.name
            let dormant = isDormant(application, today: today, config: config)

            // 9. Open next steps with a due date: from every round while the application is
            // open, from the latest entry only once it is over (where the candidate writes
            // down what is left to do after the answer, e.g. asking for feedback). A step
            // overdue for more than `staleAfterDays` is history too.
            for entry in final ? [latest] : application.entries {
                for step in entry.nextSteps where step.state == .open {
                    guard let due = step.due, today.days(since: due) <= staleAfterDays else { continue }
                    out.append(action(.nextStep, application, entry, due: due, line: step.location.line, AdviceEngine.stepSentence(step.text)))
                }
            }

            // 4. Referees, before a final round or a reference check (also for future rounds).
            if !final, outcome != "offer", !dormant,
               let round = application.entries.last(where: { $0.date != nil && ["final", "reference-check"].contains($0.stage?.name ?? "") }),
               let roundDay = round.date?.value,
               !application.entries.contains(where: { $0.refereesNotified?.done == true || $0.nextSteps.contains { $0.state == .done && AdviceEngine.mentions($0.text, ["referee", "reference"]) } }) {
                let name = AdviceEngine.roundName(round)
                let when = roundDay < today ? "was \(DayText.relative(roundDay, today: today))" : "is \(DayText.relative(roundDay, today: today))"
                out.append(action(.notifyReferees, application, round, due: roundDay.adding(days: -1), line: round.fieldLines["referees_notified"] ?? round.fieldLines["stage"],
                                  "Tell your referees they may get a call from \(application.company): the \(name) \(when). Then add `referees_notified:` to the notes."))
            }

            // 5. Interviewers with a LinkedIn address, not yet connected (any round of the application).
            if outcome != "withdrawn", outcome != "ghosted" {
                out += connect(application)
            }

            // The latest round that already happened. When a later round is already in the
            // notes (scheduled ahead), waiting for a decision is moot: no decision date,
            // follow-up or move-on, but the thank-you for the round just done still counts.
            guard let current = application.entries.last(where: { ($0.date?.value).map { $0 <= today } ?? false }),
                  let date = current.date?.value else { return out }
            let isLatest = current.path == latest.path
            let round = AdviceEngine.roundName(current)
            let met = AdviceEngine.firstNames(current.interviewers)
            let thanked = current.thankYou?.done == true
                || current.nextSteps.contains { $0.state == .done && AdviceEngine.mentions($0.text, ["thank"]) }
            let plan = isLatest ? followUpPlan(application, config: config) : nil
            // Thank-you notes and the decision-date question help until the first
            // follow-up would be due; later, the follow-up carries them.
            let freshUntil = max(date.adding(days: interval), date.adding(days: thankYouDays + 1))
            let fresh = today < freshUntil

            // 1. Thank-you note, due `thankYouHours` after the interview (the day after, by default).
            if !final, !thanked, fresh {
                let whom = met.isEmpty ? "the people you met" : AdviceEngine.list(met)
                out.append(action(.thankYou, application, current, due: date.adding(days: thankYouDays), line: current.fieldLines["thank_you"],
                                  "Send \(whom) a thank-you note: the \(round) was \(DayText.relative(date, today: today))."))
            }
            guard isLatest else { return out }

            // 2. Decision date, asked while waiting and before any follow-up.
            if application.isPending, latest.decisionBy == nil, plan?.sent.isEmpty ?? true, fresh {
                let ask = met.isEmpty ? "Ask" : "Ask \(AdviceEngine.list(met, conjunction: "or"))"
                let message = thanked
                    ? "\(ask) when they expect to decide, then add it as `decision_by:` so your follow-up is timed well."
                    : "\(ask) when they expect to decide; your thank-you note is a good place for it. Then add it as `decision_by:`."
                out.append(action(.askDecisionDate, application, latest, due: date.adding(days: thankYouDays), line: latest.fieldLines["decision_by"], message))
            }

            // 3. Follow up, then move on.
            if let plan {
                out.append(followUp(application, plan: plan, round: round, date: date, remindThanks: !thanked && !fresh))
            }

            // 6. Feedback after a rejection, when none is written down.
            if outcome == "rejected", latest.feedback.isEmpty,
               !latest.nextSteps.contains(where: { $0.state != .open && AdviceEngine.mentions($0.text, ["feedback"]) }) {
                let due = max(date, latest.decisionBy ?? date).adding(days: 1)
                if today < due.adding(days: feedbackWindowDays) {
                    let ask = met.isEmpty ? "Ask for brief feedback" : "Ask \(AdviceEngine.list(met, conjunction: "or")) for brief feedback"
                    out.append(action(.askFeedback, application, latest, due: due, line: latest.fieldLines["outcome"],
                                      "\(ask): thank them for their time and ask what would make you a stronger candidate next time."))
                }
            }

            // 7. An offer: the practical details, and the fit.
            if outcome == "offer" {
                out.append(offerDetails(application))
            }
            return out
        }

        /// - Parameter remindThanks: no thank-you note is recorded and the thank-you advice is no longer shown.
        func followUp(_ application: Application, plan: FollowUpPlan, round: String, date: CalendarDay, remindThanks: Bool) -> Action {
            let latest = application.latest
            let line = latest.fieldLines["follow_ups"] ?? latest.fieldLines["decision_by"]
            let advanced = latest.outcome?.name == "advanced"
            let lastSent = plan.sent.last.map { DayText.short($0, today: today) }
            if plan.sent.count >= config.maxFollowUps || today >= plan.moveOnDay {
                let message: String
                if let lastSent, plan.sent.count >= config.maxFollowUps {
                    let count = plan.sent.count == 1 ? "1 follow-up" : "\(plan.sent.count) follow-ups"
                    message = "No answer after \(count) (the last on \(lastSent)): mark it `outcome: ghosted` and put your energy into your other applications."
                } else {
                    let since = lastSent.map { "your follow-up on \($0)" } ?? "the \(round) on \(DayText.short(date, today: today))"
                    message = "No news since \(since): send one last short note if you have not, or mark it `outcome: ghosted` and move on."
                }
                return action(.moveOn, application, latest, due: plan.moveOnDay, line: latest.fieldLines["outcome"] ?? line, message)
            }
            var message: String
            if let lastSent {
                let nth = AdviceEngine.ordinal(plan.sent.count + 1)
                message = advanced
                    ? "Ask again about the next round if there is still no date: your last follow-up went out on \(lastSent)."
                    : "Send a \(nth) follow-up if there is still no answer: the last one went out on \(lastSent)."
            } else if advanced {
                message = "Ask when the next round will be: you advanced after the \(round) on \(DayText.short(date, today: today)) and no later round is in your notes."
            } else if let decision = latest.decisionBy {
                message = "Follow up politely if you have not heard back: they meant to decide by \(DayText.short(decision, today: today))."
            } else {
                message = "Follow up politely if you have not heard back since the \(round) on \(DayText.short(date, today: today))."
            }
            if plan.sent.isEmpty, remindThanks {
                message += " Thank them for their time too: no thank-you note is recorded."
            }
            message += " Then add the day to `follow_ups:`."
            return action(.followUp, application, latest, due: plan.nextDue, line: line, message)
        }

        func connect(_ application: Application) -> [Action] {
            struct Person { var name: String; var entry: Entry }
            var connected: Set<String> = []
            var people: [String: Person] = [:]
            var order: [String] = []
            for entry in application.entries {
                for person in entry.interviewers {
                    let key = person.name.lowercased()
                    if person.connected { connected.insert(key) }
                    guard let day = entry.date?.value, day <= today, let link = person.linkedin, !link.isEmpty else { continue }
                    if people[key] == nil { order.append(key) }
                    people[key] = Person(name: person.name, entry: entry)
                }
            }
            let waiting = order.filter { !connected.contains($0) }.compactMap { people[$0] }
            guard let last = waiting.max(by: { Application.chronological($0.entry, $1.entry) }), let day = last.entry.date?.value else { return [] }
            let names = AdviceEngine.list(waiting.map(\.name))
            let note = waiting.count == 1 ? "with a short note about the \(AdviceEngine.roundName(last.entry))" : "each with a short personal note"
            return [action(.connect, application, last.entry, due: day.adding(days: thankYouDays), line: last.entry.fieldLines["interviewers"],
                           "Connect with \(names) on LinkedIn, \(note); then set `connected: true`.")]
        }

        func offerDetails(_ application: Application) -> Action {
            let latest = application.latest
            let date = latest.date?.value ?? today
            let written = latest.offer.map { $0.text.lowercased() }.joined(separator: "\n")
            var missing: [String] = []
            if !written.contains("start") { missing.append("start date") }
            if !["orientation", "onboarding", "induction", "first day"].contains(where: written.contains) { missing.append("orientation") }
            if !written.contains("dress") { missing.append("dress code") }
            let fit = application.entries.last(where: { $0.fit != nil })?.fit
            let weigh = fit.map { "weigh it against your fit score of \($0)/5 before you answer" }
                ?? "rate how well it fits you (`fit: 1-5`) before you answer"
            let message = missing.isEmpty
                ? "The offer details are written down; \(weigh)."
                : "Write down the \(AdviceEngine.list(missing)) of the offer, and \(weigh)."
            return action(.offerDetails, application, latest, due: date.adding(days: thankYouDays),
                          line: latest.offer.first.map { $0.location.line } ?? latest.fieldLines["outcome"], message)
        }

        // MARK: Rule 8, once for the whole journal

        /// Reads the latest entry of each application, and the dates of all.
        func keepApplying(_ applications: [Application.Members], of entries: [Entry]) -> [Action] {
            let order = Application.ChronologicalOrder(entries)
            guard let newest = AdviceEngine.newest(applications, order: order, where: { order.day($0) != nil }),
                  let last = order.day(newest) else { return [] }
            let latest = applications.map { entries[$0.latest] }
            // An accepted offer ends the search, unless a newer interview shows a new one.
            let accepted = latest.filter { $0.outcome?.name == "accepted" }
            if let acceptedDay = accepted.compactMap({ $0.date?.value }).max(),
               !latest.contains(where: { !($0.outcome?.isFinal ?? false) && ($0.date?.value ?? acceptedDay) > acceptedDay }) {
                return []
            }
            // Open: not over, not waiting in vain, not history; an undated note without an
            // outcome may be anything (a template, a question bank), so it does not count.
            let open = latest.filter {
                !($0.outcome?.isFinal ?? false) && !isDormant(latest: $0, today: today, config: config) && !isStale(latest: $0, today: today)
                    && ($0.date != nil || $0.outcome != nil)
            }.count
            let idle = today.days(since: last) >= max(1, config.keepApplyingDays)
            let thin = open < 3
            guard idle || thin else { return [] }
            let openText = open == 0 ? "No application is still open" : open == 1 ? "Only 1 application is still open" : "Only \(open) applications are still open"
            let since = "no new interview since \(DayText.short(last, today: today))"
            let message: String
            switch (thin, idle) {
            case (true, true): message = "\(openText) and there has been \(since): keep applying, a few new applications a week keep the search moving."
            case (true, false): message = "\(openText): keep applying, so that no single answer decides your search."
            default: message = "There has been \(since): keep applying, a steady flow of applications takes the pressure off each one."
            }
            return [Action(kind: .keepApplying, company: "", role: "", due: today, overdue: false, message: message,
                           path: order.paths[newest], line: entries[newest].fieldLines["date"] ?? 1)]
        }

        // MARK: Rule 10, a gentle hint at most once

        func writeSooner(_ applications: [Application.Members], of entries: [Entry], firstCommitDays: [String: CalendarDay]) -> [Action] {
            guard !firstCommitDays.isEmpty else { return [] }
            let dates = entries.column(\.date), paths = entries.column(\.path)
            var byCommitDay: [CalendarDay: [CalendarDay]] = [:]
            for members in applications {
                for i in members.indices {
                    if let committed = firstCommitDays[paths[i]], let day = dates[i]?.value, dates[i]?.source != .gitCommit {
                        byCommitDay[committed, default: []].append(day)
                    }
                }
            }
            let importDays = Set(byCommitDay.filter { _, days in
                days.count >= importBatch && (days.max()!.days(since: days.min()!)) > importSpanDays
            }.keys)
            var late: [(Application.Members, Int, CalendarDay, CalendarDay)] = []
            for members in applications {
                for i in members.indices {
                    guard let sourced = dates[i], sourced.source != .gitCommit, let committed = firstCommitDays[paths[i]],
                          !importDays.contains(committed) else { continue }
                    let day = sourced.value
                    guard day <= today, today.days(since: day) <= hintWindowDays,
                          committed.days(since: day) > config.notesFreshDays else { continue }
                    late.append((members, i, day, committed))
                }
            }
            let order = Application.ChronologicalOrder(entries)
            guard let newest = late.max(by: { order.isBefore($0.1, $1.1) }) else { return [] }
            let (members, i, day, committed) = newest
            let application = Application(members, of: entries), entry = entries[i]
            let others = late.count - 1
            let also = others == 0 ? "" : others == 1 ? " (and one other recent note was late too)" : " (and \(others) other recent notes were late too)"
            return [action(.writeSooner, application, entry, due: today, line: 1,
                           "Your notes on the \(AdviceEngine.roundName(entry)) of \(DayText.short(day, today: today)) reached git \(DayText.count(committed.days(since: day))) later\(also); we forget most of what we hear within two days, so try to write them the same day.")]
        }
    }

    /// The latest entry of `applications` (`Application.chronological`, the first of
    /// equals, in the order of the applications) that satisfies `condition`.
    static func newest(_ applications: [Application.Members], order: Application.ChronologicalOrder, where condition: (Int) -> Bool) -> Int? {
        var newest: Int?
        for members in applications {
            for i in members.indices where condition(i) {
                if let n = newest, !order.isBefore(n, i) { continue }
                newest = i
            }
        }
        return newest
    }

    // MARK: - Wording

    /// The round as a noun: "final round", "phone screen", else "interview".
    static func roundName(_ entry: Entry) -> String { roundName(stage: entry.stage?.name) }

    /// The round as a noun for a stage name.
    static func roundName(stage: String?) -> String {
        switch stage {
        case "phone-screen": return "phone screen"
        case "recruiter": return "recruiter call"
        case "technical": return "technical interview"
        case "take-home": return "take-home review"
        case "onsite": return "onsite"
        case "final": return "final round"
        case "reference-check": return "reference check"
        case "offer": return "offer conversation"
        default: return "interview"
        }
    }

    /// First names of the interviewers; full names where two share a first name.
    static func firstNames(_ people: [Interviewer]) -> [String] {
        var seen: Set<String> = []
        let unique = people.filter { seen.insert($0.name.lowercased()).inserted }
        var counts: [String: Int] = [:]
        for person in unique { counts[person.firstName.lowercased(), default: 0] += 1 }
        return unique.map { counts[$0.firstName.lowercased()]! > 1 ? $0.name : $0.firstName }
    }

    /// "Dana", "Dana and Raj", "Dana, Raj and Mei".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    static func ordinal(_ n: Int) -> String {
        let words = ["first", "second", "third", "fourth", "fifth"]
        return n >= 1 && n <= words.count ? words[n - 1] : "\(n)th"
    }

    /// A next step as a sentence: task metadata (`📅 2026-11-21`, `[due:: …]`) removed, a full stop added.
    static func stepSentence(_ text: String) -> String {
        var s = text.replacingOccurrences(of: #"\s*(📅|⏳|🛫|✅|➕)\uFE0F?\s*\d{4}-\d{1,2}-\d{1,2}"#, with: "", options: .regularExpression)
        s = s.replacingOccurrences(of: #"\s*\[[\w ]+::[^\]]*\]"#, with: "", options: .regularExpression)
        s = s.trimmingCharacters(in: .whitespaces)
        if s.isEmpty { s = text }
        if let last = s.unicodeScalars.last, CharacterSet.alphanumerics.contains(last) || last == ")" || last == "`" { s += "." }
        return s
    }
}

extension AdviceEngine {
    /// The actions `journal due` shows: those from entries the filter keeps, overdue or due
    /// within `within` days of today. `keep-applying` speaks about the whole search, so it
    /// is shown only when nothing is filtered out.
    public static func select(_ actions: [Action], entries: [Entry], filter: EntryFilter, today: CalendarDay, within: Int) -> [Action] {
        let horizon = today.adding(days: max(0, within))
        let kept = filter.isEmpty ? nil : Set(filter.apply(entries).map(\.path))
        return actions.filter { action in
            guard action.due <= horizon else { return false }
            guard let kept else { return true }
            return action.kind != .keepApplying && kept.contains(action.path)
        }
    }
}
