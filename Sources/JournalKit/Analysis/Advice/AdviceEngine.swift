import Foundation

/// Turns the career advice of DESIGN 8 into dated actions. Pure: the same entries,
/// day and settings always give the same actions, whatever the clock or `TZ` say.
/// One rule per file (`ThankYouRule`, `FollowUpRule`, ...); what they read about an
/// application is computed once (`ApplicationFacts`).
///
/// How the rules read the notes:
/// - Entries are grouped into applications (`Application.group`). The rules look at the
///   latest entry of each application; the referees rule also at earlier rounds, the
///   connect and next-step rules at every round.
/// - A note dated after today is an upcoming round (`UpcomingRound`): the advice about
///   an interview that happened (thank-you, decision date, follow-up, connect) reads the
///   latest round that already took place, and nobody waits for a decision while a
///   later round is in the notes. Referees are told before the last round, so that rule
///   also reads rounds still to come.
/// - Due days fall on working days (`weekends` in the configuration): a follow-up due on
///   a Saturday is due on Monday; telling the referees, due the day before the round,
///   moves to the working day before instead.
/// - A closed application (rejected, withdrawn, accepted, declined, ghosted) shows none
///   of its open steps: only `ask-feedback` after a rejection, timed from the rejection.
///   An offer gets offer advice timed from the day it arrived. After accepting an offer,
///   every other open application gets only `withdraw`.
/// - Advice that is only useful for a while stops on its own instead of nagging forever:
///   a thank-you note or a question about the decision date is shown until the first
///   follow-up would be due (a week by default; the follow-up then carries the thanks),
///   a request for feedback for 30 days, the write-sooner hint for interviews of the
///   last 30 days. An application that got no answer after `max_follow_ups` follow-ups
///   turns into one `move-on` suggestion and stops counting as open.
/// - An application with no interview or follow-up in the last `historyAfterDays` days
///   is history, not a to-do list: it gets no advice at all (not even its old next steps)
///   and does not count as open. So is a next step overdue for more than that.
/// - Keep-applying and write-sooner are standing hints, due today while they hold,
///   never overdue.
/// - Done next steps count as records: a ticked step in the words of `thank_you_words`
///   counts as the thank-you note, one that mentions following up (with a date) as a
///   follow-up on that date, one that mentions referees or references as referees
///   notified, one that mentions feedback as feedback asked for, one that mentions
///   negotiating as the offer negotiated.
package enum AdviceEngine {
    /// An application quiet for longer than this many days gets no advice.
    package static let historyAfterDays = 90
    /// Days after the rejection during which asking for feedback still makes sense.
    package static let feedbackWindowDays = 30
    /// Only interviews of the last this many days get the write-sooner hint.
    package static let hintWindowDays = 30
    /// The interview days for which the git history can change the advice of `today`
    /// (`LoadOptions.gitHistoryDays`): only recent interviews get the write-sooner hint.
    package static func gitHistoryDays(today: CalendarDay) -> ClosedRange<CalendarDay> {
        today.adding(days: -hintWindowDays)...today
    }

    /// The actions for a loaded journal (its settings and git history).
    package static func actions(for journal: Journal, today: CalendarDay) -> [Action] {
        actions(for: journal.entries, today: today, config: journal.config, firstCommitDays: journal.firstCommitDays)
    }

    /// Every action for these entries on `today`, most urgent first (`Action.urgency`):
    /// overdue, due today and upcoming alike; callers choose the window they show.
    /// - Parameter firstCommitDays: the first git commit day of each entry's path (for `write-sooner`); empty when unknown.
    package static func actions(for entries: [Entry], today: CalendarDay, config: JournalConfig,
                               firstCommitDays: [String: CalendarDay]) -> [Action] {
        let applications = Application.Members.group(entries)
        let context = AdviceContext(today: today, config: config, recorder: RecordCommand(applications, of: entries))
        var actions: [Action] = []
        // Only applications with recent news get advice of their own (`isStale` reads the
        // latest entry), so only those are copied out of the journal.
        let accepted = WithdrawRule.acceptance(applications, of: entries)
        for (index, members) in applications.enumerated() where !isHistory(latest: entries[members.latest], today: today) {
            let facts = ApplicationFacts(Application(members, of: entries), in: context)
            if let accepted, index != accepted.application, WithdrawRule.applies(facts, accepted: accepted.day, in: context) {
                actions.append(WithdrawRule.action(facts, accepted: accepted.day, in: context))
                continue
            }
            // A closed application shows none of its open steps: only the request for feedback.
            for rule in facts.isFinal ? [FeedbackRule.self] : applicationRules { actions += rule.actions(facts, in: context) }
        }
        actions += KeepApplyingRule.actions(applications, of: entries, in: context)
        actions += WriteSoonerRule.actions(applications, of: entries, firstCommitDays: firstCommitDays, in: context)
        return actions.sorted(by: Action.urgency)
    }

    /// True when the latest interview and the last follow-up are more than `historyAfterDays` old.
    package static func isHistory(_ application: Application, today: CalendarDay) -> Bool {
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
    package static func select(_ actions: [Action], entries: [Entry], filter: EntryFilter, today: CalendarDay, within: Int) -> [Action] {
        let horizon = today.adding(days: max(0, within))
        let kept = filter.isEmpty ? nil : Set(filter.apply(entries).map(\.path))
        return actions.filter { action in
            guard action.due <= horizon else { return false }
            guard let kept else { return true }
            return action.kind != .keepApplying && kept.contains(action.path)
        }
    }
}
