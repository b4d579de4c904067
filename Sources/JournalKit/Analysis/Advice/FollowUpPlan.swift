extension AdviceEngine {
    /// When the next follow-up of a waiting application is due, and when to give up.
    package struct FollowUpPlan: Sendable, Hashable {
        /// Follow-ups sent since the interview, oldest first, one per day.
        package var sent: [CalendarDay]
        /// When the next follow-up is due.
        package var nextDue: CalendarDay
        /// From this day on, suggest moving on instead of following up.
        package var moveOnDay: CalendarDay
    }

    /// The follow-up plan of an application that waits for an answer (outcome pending,
    /// not stated, or advanced with no later round in the notes), or nil.
    ///
    /// The first follow-up is due the working day after the decision date has passed,
    /// else `followUpAfterDays` after the interview; each next one `followUpAfterDays`
    /// after the last. After `maxFollowUps` follow-ups, or once the time for all of them
    /// has passed, the advice is to move on (due `followUpAfterDays` after the last one).
    /// Every day is moved to the next working day (`weekends`).
    package static func followUpPlan(_ application: Application, config: JournalConfig) -> FollowUpPlan? {
        followUpPlan(latest: application.latest, config: config)
    }

    /// `followUpPlan` from the latest entry of the application, all it reads.
    static func followUpPlan(latest: Entry, config: JournalConfig) -> FollowUpPlan? {
        let isPending = latest.outcome == nil || latest.outcome?.name == "pending"
        guard isPending || latest.outcome?.name == "advanced", let date = latest.date?.value else { return nil }
        let interval = max(1, config.followUpAfterDays)
        var base = config.workingDay(onOrAfter: date.adding(days: interval))
        if isPending, let decision = latest.decisionBy {
            base = config.workingDay(onOrAfter: max(decision.adding(days: 1), date.adding(days: 1)))
        }
        let sent = sentFollowUps(latest)
        let nextDue = sent.last.map { max(config.workingDay(onOrAfter: $0.adding(days: interval)), base) } ?? base
        let moveOnDay = config.workingDay(onOrAfter: nextDue.adding(days: max(0, config.maxFollowUps - sent.count) * interval))
        return FollowUpPlan(sent: sent, nextDue: nextDue, moveOnDay: moveOnDay)
    }

    /// The follow-ups sent after the round of `entry`, oldest first, one per day: the days
    /// of `follow_ups:` from the round's day on, and the days of its ticked next steps that
    /// mention following up.
    static func sentFollowUps(_ entry: Entry) -> [CalendarDay] {
        guard let date = entry.date?.value else { return [] }
        var days = Set(entry.followUps.filter { $0 >= date })
        for step in entry.nextSteps where step.state == .done && mentions(step.text, ["follow"]) {
            if let due = step.due, due >= date { days.insert(due) }
        }
        return days.sorted()
    }

    /// True when the application waited past its last follow-up without an answer.
    package static func isDormant(_ application: Application, today: CalendarDay, config: JournalConfig) -> Bool {
        isDormant(latest: application.latest, today: today, config: config)
    }

    static func isDormant(latest: Entry, today: CalendarDay, config: JournalConfig) -> Bool {
        guard let date = latest.date?.value, date <= today,
              let plan = followUpPlan(latest: latest, config: config) else { return false }
        return today >= plan.moveOnDay
    }
}
