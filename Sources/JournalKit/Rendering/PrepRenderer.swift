/// `journal prep`: the prep sheet as terminal text, Markdown or JSON.
package enum PrepRenderer {
    /// Text for a terminal, headings in bold when colour is on.
    package static func text(_ prep: CompanyPrep, today: CalendarDay, color: Bool) -> String {
        let style = TerminalStyle(enabled: color)
        let labels = roundLabels(prep, today: today)
        var out = style.bold(title(prep)) + "\n"
        out += summary(prep, today: today, code: { $0 }).map { $0 + "\n" }.joined()

        func section(_ name: String) { out += "\n" + style.bold(name) + "\n" }
        func bullets(_ items: [String], indent: String = "  ") {
            for item in items { out += indent + "- " + item + "\n" }
        }
        func notes(_ lines: [String], indent: String) {
            for line in lines { out += line.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }.joined(separator: "\n") + "\n" }
        }

        if !prep.rounds.isEmpty {
            section("Rounds")
            for (i, round) in prep.rounds.enumerated() {
                if i > 0 { out += "\n" }
                out += style.bold(roundHeading(round, today: today)) + " " + style.dim("· " + TerminalSafe.path(round.path)) + "\n"
                if !round.interviewers.isEmpty { out += "  With " + people(round.interviewers) + "\n" }
                if !round.questions.isEmpty {
                    out += "  They asked\n"
                    let grouped = Set(round.questions.map { $0.round ?? "" }).count > 1
                    var lastGroup: String?
                    for question in round.questions {
                        if grouped, question.round != lastGroup {
                            lastGroup = question.round
                            out += "    " + style.dim(question.round ?? "") + "\n"
                        }
                        out += "    - " + questionLine(question) + "\n"
                        notes(question.notes + question.difficultyNotes, indent: "        ")
                    }
                }
                let parts: [(String, [String])] = [("You asked", round.askedThem), ("Went well", round.wentWell), ("To improve", round.toImprove),
                                                   ("Notes", round.reflection), ("Feedback", round.feedback), ("Offer", round.offer)]
                for (name, items) in parts where !items.isEmpty {
                    out += "  \(name)\n"
                    bullets(items, indent: "    ")
                }
                if let outcome = outcomeLine(round, today: today) { out += "  " + outcome + "\n" }
            }
        }

        if !prep.people.isEmpty {
            section("People you met")
            bullets(prep.people.map { personLine($0, labels: labels) })
        }

        section("Difficult questions")
        if prep.difficult.isEmpty { out += "  None marked difficult.\n" }
        for question in prep.difficult {
            out += "  - " + question.text + " " + style.dim("(" + question.rounds.compactMap { labels[$0] }.joined(separator: ", ") + ")") + "\n"
            notes(question.notes, indent: "      ")
        }

        section("Open next steps")
        if prep.openSteps.isEmpty { out += "  None.\n" }
        for step in prep.openSteps {
            let due = step.due.map { " (\(step.overdue ? "overdue since" : "due") \(DayText.short($0, today: today)))" } ?? ""
            out += "  - " + step.text + (step.overdue ? style.red(due) : due) + " " + style.dim("· \(TerminalSafe.path(step.path)):\(step.line)") + "\n"
        }

        section("Feedback")
        if prep.feedback.isEmpty { out += "  None written down yet.\n" }
        for item in prep.feedback {
            out += "  - " + item.text + " " + style.dim("(" + (labels[item.path] ?? TerminalSafe.path(item.path)) + ")") + "\n"
        }

        section("Likely to come up again")
        if prep.likely.isEmpty { out += "  No questions in the notes yet.\n" }
        for (i, question) in prep.likely.enumerated() {
            out += "  \(i + 1). " + question.text + "\n"
            out += "     " + style.dim(reason(question, company: prep.company)) + "\n"
            if !question.notes.isEmpty {
                notes(["Last time: " + question.notes[0]] + question.notes.dropFirst(), indent: "     ")
            }
        }
        return out
    }

    /// Valid CommonMark; dates carry the year, since the file outlives the day.
    package static func markdown(_ prep: CompanyPrep, today: CalendarDay) -> String {
        let labels = roundLabels(prep, today: nil)
        var out = "# Prep: " + title(prep) + "\n\n"
        out += summary(prep, today: nil, code: { "`" + $0 + "`" }).joined(separator: "\\\n") + "\n"

        func notes(_ lines: [String], indent: String) -> String {
            lines.map { line in
                indent + "- " + line.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent + "  ") + "\n"
            }.joined()
        }

        if !prep.rounds.isEmpty {
            out += "\n## Rounds\n"
            for round in prep.rounds {
                out += "\n### " + roundHeading(round, today: nil) + "\n\n"
                out += "`" + TerminalSafe.path(round.path) + "`\n"
                if !round.interviewers.isEmpty { out += "\nWith " + people(round.interviewers) + ".\n" }
                if !round.questions.isEmpty {
                    out += "\nThey asked:\n\n"
                    for question in round.questions {
                        out += "- " + questionLine(question) + "\n"
                        out += notes(question.notes + question.difficultyNotes, indent: "  ")
                    }
                }
                let parts: [(String, [String])] = [("You asked", round.askedThem), ("Went well", round.wentWell), ("To improve", round.toImprove),
                                                   ("Notes", round.reflection), ("Feedback", round.feedback), ("Offer", round.offer)]
                for (name, items) in parts where !items.isEmpty {
                    out += "\n\(name):\n\n" + notes(items, indent: "")
                }
                if let outcome = outcomeLine(round, today: nil) { out += "\n" + outcome + "\n" }
            }
        }
        if !prep.people.isEmpty {
            out += "\n## People you met\n\n" + notes(prep.people.map { personLine($0, labels: labels) }, indent: "")
        }
        out += "\n## Difficult questions\n\n"
        if prep.difficult.isEmpty { out += "None marked difficult.\n" }
        for question in prep.difficult {
            out += "- **" + question.text + "** (" + question.rounds.compactMap { labels[$0] }.joined(separator: ", ") + ")\n"
            out += notes(question.notes, indent: "  ")
        }
        out += "\n## Open next steps\n\n"
        if prep.openSteps.isEmpty { out += "None.\n" }
        for step in prep.openSteps {
            let due = step.due.map { " (\(step.overdue ? "overdue since" : "due") \(DayText.short($0)))" } ?? ""
            out += "- [ ] " + step.text + due + " — `\(TerminalSafe.path(step.path)):\(step.line)`\n"
        }
        out += "\n## Feedback\n\n"
        if prep.feedback.isEmpty { out += "None written down yet.\n" }
        for item in prep.feedback { out += "- " + item.text + " (" + (labels[item.path] ?? TerminalSafe.path(item.path)) + ")\n" }
        out += "\n## Likely to come up again\n\n"
        if prep.likely.isEmpty { out += "No questions in the notes yet.\n" }
        for (i, question) in prep.likely.enumerated() {
            out += "\(i + 1). **" + question.text + "** — " + reason(question, company: prep.company) + "\n"
            out += notes(question.notes, indent: "   ")
        }
        return out
    }

    /// The model as JSON with sorted keys.
    package static func json(_ prep: CompanyPrep) throws -> String {
        try JSONOutput.encode(prep)
    }

    // MARK: - Pieces

    static func title(_ prep: CompanyPrep) -> String {
        prep.roles.isEmpty ? prep.company : prep.company + " — " + prep.roles.joined(separator: ", ")
    }

    /// "3 earlier rounds: …", the outcome so far, and the rounds written ahead.
    static func summary(_ prep: CompanyPrep, today: CalendarDay?, code: (String) -> String) -> [String] {
        var lines: [String] = []
        let count = prep.rounds.count
        if count == 0 {
            lines.append("No earlier rounds in the notes yet.")
        } else if count > 6, let first = prep.rounds.compactMap(\.date).first, let last = prep.rounds.compactMap(\.date).last {
            lines.append("\(count) earlier rounds, from \(DayText.short(first, today: today)) to \(DayText.short(last, today: today)).")
        } else {
            let list = prep.rounds.map { round in
                AdviceEngine.roundName(stage: round.stage) + (round.date.map { " " + DayText.short($0, today: today) } ?? "")
            }
            lines.append("\(count == 1 ? "1 earlier round" : "\(count) earlier rounds"): \(AdviceEngine.list(list)).")
        }
        if let last = prep.rounds.last, let outcome = outcomeLine(last, today: today) {
            lines.append(outcome.replacingOccurrences(of: "Outcome:", with: "Outcome so far:"))
        }
        for round in prep.upcoming {
            lines.append("Next: the \(AdviceEngine.roundName(stage: round.stage))" + (round.date.map { " on " + DayText.short($0, today: today) } ?? "") + " (\(code(TerminalSafe.path(round.path)))).")
        }
        return lines
    }

    /// "Wed 28 Oct · phone screen, round 1".
    static func roundHeading(_ round: CompanyPrep.Round, today: CalendarDay?) -> String {
        var name = AdviceEngine.roundName(stage: round.stage)
        if let n = round.round { name += " (round \(n))" }
        guard let date = round.date else { return "No date · " + name }
        return DayText.short(date, today: today) + " · " + name
    }

    /// A short name per round for cross-references: "final round on Wed 18 Nov".
    static func roundLabels(_ prep: CompanyPrep, today: CalendarDay?) -> [String: String] {
        var labels: [String: String] = [:]
        for round in prep.rounds + prep.upcoming {
            labels[round.path] = AdviceEngine.roundName(stage: round.stage) + (round.date.map { " on " + DayText.short($0, today: today) } ?? " (no date)")
        }
        return labels
    }

    static func outcomeLine(_ round: CompanyPrep.Round, today: CalendarDay?) -> String? {
        switch (round.outcome, round.decisionBy) {
        case (nil, nil): return nil
        case let (outcome?, decision?) where outcome == "pending":
            return "Outcome: pending; they meant to decide by \(DayText.short(decision, today: today))."
        case let (outcome?, _): return "Outcome: \(outcome)."
        case let (nil, decision?): return "Outcome: not written down; they meant to decide by \(DayText.short(decision, today: today))."
        }
    }

    static func people(_ interviewers: [Interviewer]) -> String {
        AdviceEngine.list(interviewers.map { person in person.title.map { "\(person.name) (\($0))" } ?? person.name })
    }

    static func personLine(_ person: CompanyPrep.Person, labels: [String: String]) -> String {
        var line = person.name + (person.title.map { ", " + $0 } ?? "") + ": " + person.rounds.compactMap { labels[$0] }.joined(separator: ", ")
        if person.connected { line += "; connected on LinkedIn" }
        else if let link = person.linkedin, !link.isEmpty { line += "; not connected yet (" + link + ")" }
        return line
    }

    static func questionLine(_ question: Question) -> String {
        let shown = question.tags.filter { !["hard", "difficult", "tough"].contains($0) }.map { "#" + $0 }
        var line = question.text
        if question.difficult { line += " (difficult)" }
        if !shown.isEmpty { line += "  " + shown.joined(separator: " ") }
        return line
    }

    /// "difficult · asked here twice · 3 times in all, also at Globex", or "asked twice, at Globex and Initech".
    static func reason(_ question: CompanyPrep.LikelyQuestion, company: String) -> String {
        func times(_ n: Int) -> String { n == 1 ? "once" : n == 2 ? "twice" : "\(n) times" }
        var parts: [String] = []
        if question.difficult { parts.append("difficult") }
        if question.askedHere > 0 { parts.append("asked here \(times(question.askedHere))") }
        if !question.otherCompanies.isEmpty {
            let others = question.otherCompanies
            let at = others.count > 4
                ? AdviceEngine.list(others.prefix(3) + ["\(others.count - 3) other companies"])
                : AdviceEngine.list(others)
            parts.append(question.askedHere > 0 ? "\(times(question.askedInAll)) in all, also at \(at)" : "asked \(times(question.askedInAll)), at \(at)")
        }
        return parts.joined(separator: " · ")
    }
}
