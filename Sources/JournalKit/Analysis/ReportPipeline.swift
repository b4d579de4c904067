extension ReportModel {
    /// Entries grouped into applications (as indices into `entries`, in chronological
    /// order), exactly as `due` groups them (`Application.Members.group`, `ApplicationKey`),
    /// so that both take the same latest entry.
    static func applications(_ entries: [Entry]) -> [[Int]] {
        JournalKit.Application.Members.group(entries).map(\.indices)
    }

    /// The pipeline row of one application (`members`: indices into `entries`, in date order).
    static func row(_ members: [Int], of entries: [Entry], today: CalendarDay) -> PipelineRow {
        // `members` is in date order (undated first), so the last one is the latest.
        let latest = entries[members[members.count - 1]]
        // The stage reached: a round still to come is not reached yet (unless it is all there is).
        let happened = members.filter { (entries[$0].date?.value).map { $0 <= today } ?? true }
        let stage = (happened.isEmpty ? members : happened).last(where: { entries[$0].stage != nil }).flatMap { entries[$0].stage }
        let outcome = latest.outcome ?? Outcome("pending")
        var lastContact: CalendarDay?
        // A round still to come is no contact yet.
        func contact(_ day: CalendarDay?) {
            if let day, day <= today, lastContact.map({ day > $0 }) ?? true { lastContact = day }
        }
        for i in members {
            contact(entries[i].date?.value)
            contact(entries[i].thankYou?.day)
            for day in entries[i].followUps { contact(day) }
        }
        let role = members.last(where: { !(entries[$0].role ?? "").trimmingSpaces().isEmpty }).flatMap { entries[$0].role }
        var row = PipelineRow(company: latest.companyName, role: role, stage: stage, outcome: outcome,
                              lastContact: lastContact, nextAction: nil, nextActionDue: nil, entries: members.map { entries[$0].path })

        // The first open next step: earliest due (undated last), then from the latest
        // interview, then by position; the first of equals.
        var first: (step: NextStep, day: CalendarDay?)?
        for i in members {
            let day = entries[i].date?.value
            for step in entries[i].nextSteps where step.state == .open {
                if let best = first {
                    let earlier: Bool
                    if step.due != best.step.due { earlier = Wording.isEarlier(step.due, than: best.step.due) }
                    else if day != best.day { earlier = Wording.isLater(day, than: best.day) }
                    else { earlier = step.location < best.step.location }
                    guard earlier else { continue }
                }
                first = (step, day)
            }
        }
        if let first {
            row.nextAction = DueMarker.strip(first.step.text)
            row.nextActionDue = first.step.due
            return row
        }
        if !outcome.isFinal, let next = members.first(where: { (entries[$0].date?.value).map { $0 > today } ?? false }) {
            row.nextAction = "Prepare for the \(AdviceEngine.roundName(entries[next]))"
            row.nextActionDue = entries[next].date?.value
            return row
        }
        let decision = members.compactMap { entries[$0].decisionBy }.max()
        let lastFollowUp = members.compactMap { entries[$0].followUps.max() }.max()
        switch outcome.name {
        case _ where outcome.isFinal:
            break
        case "offer":
            row.nextAction = decision.map { _ in "Decide on the offer" } ?? "Decide on the offer; ask when they need an answer"
            row.nextActionDue = decision
        case "advanced" where row.lastContact.map { today.days(since: $0) > ReportModel.recordOutcomeAfterDays } ?? false:
            row.nextAction = "Record the outcome: no news since \(row.lastContact!)"
        case "advanced":
            row.nextAction = "Prepare for the next round"
        default:
            if let decision {
                if decision >= today {
                    row.nextAction = "Wait for their decision"
                    row.nextActionDue = decision
                } else if let lastFollowUp, lastFollowUp >= decision {
                    row.nextAction = "Wait for a reply to your follow-up of \(lastFollowUp)"
                } else {
                    row.nextAction = "Follow up: they meant to decide by \(decision)"
                    row.nextActionDue = decision
                }
            } else if let last = row.lastContact, today.days(since: last) <= ReportModel.recordOutcomeAfterDays {
                row.nextAction = "Ask when they will decide"
            } else if let last = row.lastContact {
                row.nextAction = "Record the outcome: no news since \(last)"
            }
        }
        return row
    }

    /// Days without contact after which a pending application with no decision date is
    /// probably over: the hint becomes "record the outcome".
    package static let recordOutcomeAfterDays = 30
}
