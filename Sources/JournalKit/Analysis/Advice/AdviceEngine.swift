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
    public static let historyAfterDays = 90
    /// Days after the rejection during which asking for feedback still makes sense.
    public static let feedbackWindowDays = 30
    /// Only interviews of the last this many days get the write-sooner hint.
    public static let hintWindowDays = 30
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
        let context = AdviceContext(today: today, config: config)
        let applications = Application.Members.group(entries)
        var actions: [Action] = []
        // Only applications with recent news get advice of their own (`isStale` reads the
        // latest entry), so only those are copied out of the journal.
        for members in applications where !isHistory(latest: entries[members.latest], today: today) {
            let facts = ApplicationFacts(Application(members, of: entries), in: context)
            for rule in applicationRules { actions += rule.actions(facts, in: context) }
        }
        actions += KeepApplyingRule.actions(applications, of: entries, in: context)
        actions += WriteSoonerRule.actions(applications, of: entries, firstCommitDays: firstCommitDays, in: context)
        return actions.sorted(by: Action.urgency)
    }

    /// True when the latest interview and the last follow-up are more than `historyAfterDays` old.
    public static func isHistory(_ application: Application, today: CalendarDay) -> Bool {
        isHistory(latest: application.latest, today: today)
    }

    static func isHistory(latest: Entry, today: CalendarDay) -> Bool {
        guard let date = latest.date?.value else { return false }
        let last = max(date, latest.followUps.max() ?? date)
        return today.days(since: last) > historyAfterDays
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
