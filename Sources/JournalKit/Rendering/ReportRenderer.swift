/// `journal report`: the reflection report as text, Markdown or JSON.
package enum ReportRenderer {
    /// The JSON form: top-level keys `pipeline`, `actions`, `upcoming`, `funnel`,
    /// `difficult`, `improvements`, `strengths`, `feedback`, `offers`.
    package static func json(_ model: ReportModel) throws -> String {
        try JSONOutput.encode(model)
    }

    /// "practice: 4 due today, 2 mastered" (`journal drill`).
    static func drillLine(_ drill: (due: Int, mastered: Int)) -> String {
        "practice: \(drill.due) due today, \(drill.mastered) mastered"
    }

    // MARK: - Text

    /// Aligned text for the terminal, wrapped to 80 columns.
    /// `drill`: how many practice questions are due and mastered, when `journal drill` is in use.
    package static func text(_ model: ReportModel, color: Bool, drill: (due: Int, mastered: Int)? = nil) -> String {
        let style = TerminalStyle(enabled: color)
        var out = style.bold("Interview report") + " · " + model.today.description + "\n"
        guard model.interviewCount > 0 else { return out + emptyMessage + "\n" }
        out += "\(plural(model.interviewCount, "interview")), \(plural(model.pipeline.count, "application")).\n"
        if let drill { out += drillLine(drill) + "\n" }
        func heading(_ title: String) { out += "\n" + style.bold(title) + "\n" }
        func hint(_ text: String) { out += TextWrap.styled(text, first: "  ", rest: "  ", style: style.dim) }

        heading("PIPELINE")
        out += pipelineTable(model, style: style)

        if let actions = model.actions {
            heading("TODAY'S ACTIONS")
            if actions.isEmpty { hint("Nothing due.") }
            for action in actions {
                let due = action.due.map { dueText($0, today: model.today) + ": " } ?? ""
                out += TextWrap.wrap(due + action.text, first: "  • ", rest: "    ").joined(separator: "\n") + "\n"
            }
        }
        if !model.upcoming.isEmpty {
            heading("UPCOMING")
            for round in model.upcoming {
                out += TextWrap.wrap("\(round.date): \(round.company): the \(round.name)", first: "  • ", rest: "    ").joined(separator: "\n") + "\n"
            }
        }

        let funnel = model.funnel
        heading("FUNNEL (\(plural(funnel.applications, "application")))")
        let labelWidth = max(12, (funnel.stages.map(\.stage) + funnel.outcomes.map(\.outcome)).map(TextTable.cellWidth).max() ?? 0)
        let countWidth = String(funnel.applications).count
        func barLine(_ label: String, _ value: Int) -> String {
            let pad = String(repeating: " ", count: labelWidth - TextTable.cellWidth(label))
            let number = String(value)
            let pct = percent(value, of: funnel.applications)
            return "    " + label + pad + "  " + String(repeating: " ", count: countWidth - number.count) + number
                + "  " + String(repeating: " ", count: 4 - pct.count) + pct + "  " + style.cyan(BarChart.bar(value, of: funnel.applications)) + "\n"
        }
        out += "  Stage reached (counting every stage up to the furthest):\n"
        if funnel.stages.isEmpty {
            out += TextWrap.styled("No entry states a known stage; add `stage:` to the front-matter.", first: "    ", rest: "    ", style: style.dim)
        }
        for stage in funnel.stages { out += barLine(stage.stage, stage.reached) }
        if funnel.withoutStage > 0 {
            out += TextWrap.styled("\(plural(funnel.withoutStage, "application")) without a stage \(funnel.withoutStage == 1 ? "is" : "are") not counted above.",
                                   first: "    ", rest: "    ", style: style.dim)
        }
        out += "  Outcome:\n"
        for outcome in funnel.outcomes { out += barLine(outcome.outcome, outcome.count) }

        let difficultCount = model.difficult.reduce(0) { $0 + $1.questions.count }
        heading("DIFFICULT QUESTIONS" + (difficultCount > 0 ? " (\(difficultCount))" : ""))
        if model.difficult.isEmpty { hint("None marked difficult. Mark a question with #hard, or name it under a \"Difficult answers\" heading.") }
        for group in model.difficult {
            out += "  " + style.bold(group.tag.map { "#" + $0 } ?? "untagged") + "\n"
            for q in group.questions {
                out += TextWrap.styled(q.text, first: "    • ", rest: "      ", style: style.bold)
                out += TextWrap.styled(PracticeRenderer.meta(q, tags: false).dropFirst().joined(separator: " · "), first: "      ", rest: "      ", style: style.dim)
                for note in q.notes { out += TextWrap.wrap(note, first: "      - ", rest: "        ").joined(separator: "\n") + "\n" }
            }
        }

        heading("TO IMPROVE")
        if model.improvements.isEmpty { hint("Nothing recorded yet; add a \"To improve\" list under a \"Reflection\" heading.") }
        out += pointLines(model.improvements, style: style)

        heading("WENT WELL")
        if model.strengths.isEmpty { hint("Nothing recorded yet; add a \"Went well\" list under a \"Reflection\" heading.") }
        out += pointLines(model.strengths, style: style)

        heading("FEEDBACK")
        if model.feedback.isEmpty { hint("None received yet. After a rejection, asking for feedback politely often gets an answer.") }
        for item in model.feedback {
            out += "  " + style.bold(item.company) + (item.date.map { " · " + $0.description } ?? "") + "\n"
            for line in item.items { out += TextWrap.wrap(line, first: "    - ", rest: "      ").joined(separator: "\n") + "\n" }
        }

        heading("OFFERS")
        if model.offers.isEmpty { hint("None yet.") }
        for offer in model.offers {
            out += "  " + style.bold(offerTitle(offer)) + "\n"
            if offer.items.isEmpty {
                out += TextWrap.styled("No details recorded: write down salary, start date, orientation and dress code.",
                                       first: "    ", rest: "    ", style: style.dim)
            }
            for line in offer.items { out += TextWrap.wrap(line, first: "    - ", rest: "      ").joined(separator: "\n") + "\n" }
        }
        return out
    }

    static func pipelineTable(_ model: ReportModel, style: TerminalStyle) -> String {
        let header = ["COMPANY", "ROLE", "STAGE", "OUTCOME", "LAST CONTACT"]
        var rows = model.pipeline.map { app in
            [app.company, app.role ?? "", app.stage?.name ?? "", app.outcome.name, app.lastContact?.description ?? ""]
        }
        // Fit 80 columns: cap the company, then give the role what is left.
        let widths = (0..<header.count).map { i in (rows.map { TextTable.cellWidth($0[i]) } + [TextTable.cellWidth(header[i])]).max()! }
        let companyWidth = min(widths[0], 20)
        let roleWidth = max(8, min(widths[1], TextWrap.defaultWidth - 2 - companyWidth - widths[2...].reduce(0, +) - 2 * (header.count - 1)))
        rows = rows.map { row in
            var r = row
            r[0] = TextTable.truncate(r[0], companyWidth)
            r[1] = TextTable.truncate(r[1], roleWidth)
            return r
        }
        let table = TextTable.render(header: header, rows: rows).split(separator: "\n", omittingEmptySubsequences: false)
        var out = "  " + style.dim(String(table[0])) + "\n"
        for (index, app) in model.pipeline.enumerated() {
            out += "  " + String(table[index + 1]) + "\n"
            if let action = app.nextAction {
                let text = action + dueSuffix(action, app.nextActionDue, today: model.today)
                out += TextWrap.styled(text, width: TextWrap.defaultWidth, first: "    → ", rest: "      ") { s in
                    app.nextActionDue.map { $0 < model.today } == true ? style.yellow(s) : s
                }
            }
        }
        return out
    }

    static func pointLines(_ points: [RecurringPoint], style: TerminalStyle) -> String {
        guard let widest = points.map({ String($0.count).count }).max() else { return "" }
        var out = ""
        for point in points {
            let count = String(point.count) + "×"
            let first = "  " + String(repeating: " ", count: widest - String(point.count).count) + count + "  "
            let rest = String(repeating: " ", count: first.count)
            out += TextWrap.styled(point.text, first: first, rest: rest) { point.count > 1 ? style.bold($0) : $0 }
        }
        return out
    }

    // MARK: - Markdown

    /// CommonMark that renders well on GitHub: headings, lists, no tables, no raw HTML.
    package static func markdown(_ model: ReportModel, drill: (due: Int, mastered: Int)? = nil) -> String {
        let e = MarkdownEscape.inline
        var out = "# Interview report\n\n"
        guard model.interviewCount > 0 else { return out + e(emptyMessage) + "\n" }
        out += "As of \(model.today): \(plural(model.interviewCount, "interview")), \(plural(model.pipeline.count, "application")).\n"
        if let drill { out += "\n" + drillLine(drill) + "\n" }
        func heading(_ title: String) { out += "\n## " + title + "\n\n" }

        heading("Pipeline")
        for app in model.pipeline {
            var parts = [app.role, app.stage?.name].compactMap { $0 }.map(e)
            parts.append("**" + e(app.outcome.name) + "**")
            if let last = app.lastContact { parts.append("last contact " + last.description) }
            out += "- **" + e(app.company) + "** · " + parts.joined(separator: " · ") + "\n"
            if let action = app.nextAction {
                out += "  - Next: " + e(action + dueSuffix(action, app.nextActionDue, today: model.today)) + "\n"
            }
        }

        if let actions = model.actions {
            heading("Today's actions")
            if actions.isEmpty { out += "Nothing due.\n" }
            for action in actions {
                out += "- " + (action.due.map { "**" + dueText($0, today: model.today) + "**: " } ?? "") + e(action.text) + "\n"
            }
        }
        if !model.upcoming.isEmpty {
            heading("Upcoming")
            for round in model.upcoming { out += "- **\(round.date)**: " + e("\(round.company): the \(round.name)") + "\n" }
        }

        heading("Funnel")
        let funnel = model.funnel
        out += "\(plural(funnel.applications, "application")). Stage reached (counting every stage up to the furthest):\n\n"
        if funnel.stages.isEmpty { out += "- no entry states a known stage\n" }
        for stage in funnel.stages { out += "- \(e(stage.stage)): \(stage.reached) (\(percent(stage.reached, of: funnel.applications)))\n" }
        if funnel.withoutStage > 0 {
            out += "\n\(plural(funnel.withoutStage, "application")) without a stage \(funnel.withoutStage == 1 ? "is" : "are") not counted above.\n"
        }
        out += "\nOutcome:\n\n"
        for outcome in funnel.outcomes { out += "- \(e(outcome.outcome)): \(outcome.count) (\(percent(outcome.count, of: funnel.applications)))\n" }

        heading("Difficult questions")
        if model.difficult.isEmpty { out += "None marked difficult.\n" }
        for (index, group) in model.difficult.enumerated() {
            out += (index == 0 ? "" : "\n") + "### " + e(group.tag ?? "Untagged") + "\n\n"
            for q in group.questions { out += PracticeRenderer.markdownItem(q, checkbox: false, showDifficult: false) }
        }

        heading("To improve")
        out += markdownPoints(model.improvements, empty: "Nothing recorded yet.")
        heading("Went well")
        out += markdownPoints(model.strengths, empty: "Nothing recorded yet.")

        heading("Feedback")
        if model.feedback.isEmpty { out += "None received yet.\n" }
        for (index, item) in model.feedback.enumerated() {
            out += (index == 0 ? "" : "\n") + "### " + e(item.company) + (item.date.map { " · " + $0.description } ?? "") + "\n\n"
            for line in item.items { out += "- " + e(line) + "\n" }
        }

        heading("Offers")
        if model.offers.isEmpty { out += "None yet.\n" }
        for (index, offer) in model.offers.enumerated() {
            out += (index == 0 ? "" : "\n") + "### " + e(offerTitle(offer)) + "\n\n"
            if offer.items.isEmpty { out += "No details recorded: write down salary, start date, orientation and dress code.\n" }
            for line in offer.items { out += "- " + e(line) + "\n" }
        }
        return out
    }

    static func markdownPoints(_ points: [RecurringPoint], empty: String) -> String {
        guard !points.isEmpty else { return empty + "\n" }
        return points.map { "- " + ($0.count > 1 ? "**\($0.count)×** " : "") + MarkdownEscape.inline($0.text) + "\n" }.joined()
    }

    // MARK: - Pieces

    static let emptyMessage = "No interviews found (none match the filters, or the journal is empty)."

    static func offerTitle(_ offer: ReportModel.Offer) -> String {
        var parts = [offer.company]
        if let role = offer.role { parts.append(role) }
        if let date = offer.date { parts.append(date.description) }
        if let outcome = offer.outcome, outcome.name != "offer" { parts.append(outcome.name) }
        return parts.joined(separator: " · ")
    }

    /// "due 2026-11-25", "due today", "overdue since 2026-11-21".
    static func dueText(_ due: CalendarDay, today: CalendarDay) -> String {
        if due == today { return "due today" }
        return due < today ? "overdue since \(due)" : "due \(due)"
    }

    /// " (due 2026-11-25)", or only " (overdue)" / " (due today)" when the text already has the date.
    static func dueSuffix(_ text: String, _ due: CalendarDay?, today: CalendarDay) -> String {
        guard let due else { return "" }
        guard text.contains(due.description) else { return " (" + dueText(due, today: today) + ")" }
        if due == today { return " (due today)" }
        return due < today ? " (overdue)" : ""
    }

    static func percent(_ value: Int, of total: Int) -> String {
        total == 0 ? "0%" : "\((value * 100 + total / 2) / total)%"
    }

}
