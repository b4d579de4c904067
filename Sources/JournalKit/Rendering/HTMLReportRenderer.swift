import Foundation

/// `journal report --format html`: the reflection report as one self-contained HTML5 page.
///
/// Inline CSS and inline SVG charts (`SVGChart`), no scripts and nothing loaded from
/// anywhere (a Content-Security-Policy says so to the browser too), light and dark
/// schemes, a layout that works on a phone, and a print style. The same model always
/// gives the same bytes.
///
/// User text goes through exactly two doors: `HTMLEscape.escape` for names, roles, tags,
/// stages, dates and actions, and `markdownHTML` for question texts and notes, which
/// renders them with cmark in safe mode (raw HTML and dangerous links never survive).
package enum HTMLReportRenderer {
    /// The whole page for `model`, with the practice list `practice` (difficult questions
    /// first) and the numbers of the activity charts.
    package static func html(_ model: ReportModel, practice: PracticeList, charts: ReportCharts) -> String {
        let e = HTMLEscape.escape
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"color-scheme\" content=\"light dark\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
        out += "<meta name=\"generator\" content=\"journal\">\n"
        out += "<title>Interview report · \(e(model.today.description))</title>\n"
        out += "<style>\n" + stylesheet + "</style>\n</head>\n<body>\n<div class=\"page\">\n"

        var sections: [(id: String, title: String, body: String)] = []
        if model.interviewCount > 0 {
            sections.append(("pipeline", "Pipeline", pipeline(model)))
            if let actions = model.actions { sections.append(("actions", "Today's actions", self.actions(actions, today: model.today))) }
            if !model.upcoming.isEmpty {
                sections.append(("upcoming", "Upcoming", self.actions(model.upcoming.map { ReportAction(text: "\($0.company): the \($0.name)", due: $0.date, entry: $0.path) }, today: model.today)))
            }
            sections.append(("funnel", "Funnel", funnel(model.funnel)))
            sections.append(("activity", "Activity", activity(charts)))
            sections.append(("difficult", "Difficult questions", difficult(model.difficult)))
            sections.append(("improve", "To improve", points(model.improvements, empty: "Nothing recorded yet; add a “To improve” list under a “Reflection” heading.")))
            sections.append(("strengths", "Went well", points(model.strengths, empty: "Nothing recorded yet; add a “Went well” list under a “Reflection” heading.")))
            sections.append(("feedback", "Feedback", feedback(model.feedback)))
            sections.append(("offers", "Offers", offers(model.offers)))
            sections.append(("practice", "Practice questions", self.practice(practice)))
        }

        out += "<header class=\"top\">\n<h1>Interview report</h1>\n"
        out += "<p class=\"sub\">As of <time datetime=\"\(e(model.today.description))\">\(e(model.today.description))</time>"
        if model.interviewCount > 0 {
            out += " · \(plural(model.interviewCount, "interview")) · \(plural(model.pipeline.count, "application"))"
        }
        out += "</p>\n"
        if !sections.isEmpty {
            out += "<nav aria-label=\"Sections\"><ul>"
            out += sections.map { "<li><a href=\"#\(e($0.id))\">\(e($0.title))</a></li>" }.joined()
            out += "</ul></nav>\n"
        }
        out += "</header>\n<main>\n"
        if model.interviewCount == 0 {
            out += "<p class=\"empty\">\(e(ReportRenderer.emptyMessage))</p>\n"
        } else {
            out += stats(model, practice: practice)
            for section in sections {
                out += "<section id=\"\(e(section.id))\" aria-labelledby=\"\(e(section.id))-heading\">\n"
                out += "<h2 id=\"\(e(section.id))-heading\">\(e(section.title))</h2>\n" + section.body + "</section>\n"
            }
        }
        out += "</main>\n<footer><p>Made by journal from \(plural(model.interviewCount, "interview")) as of \(e(model.today.description)).</p></footer>\n"
        out += "</div>\n</body>\n</html>\n"
        return out
    }

    // MARK: - User text

    /// A question text or note as HTML (without an enclosing paragraph): the text is
    /// Markdown-escaped, so that only its code spans stay Markdown, then rendered by cmark
    /// in safe mode. Notes are kept as display text (inline Markdown already read once,
    /// code spans in backticks), so reading them again as Markdown would lose text such as
    /// an escaped `<b>`; escaping first shows it as written.
    package static func markdownHTML(_ text: String) -> String {
        let source = MarkdownEscape.inline(text.trimmingSpaces())
        var html = HTMLEscape.visibleControls(MarkdownParser.renderHTML(source, unsafe: false))
        while html.hasSuffix("\n") { html.removeLast() }
        guard html.hasPrefix("<p>"), html.hasSuffix("</p>") else { return HTMLEscape.escape(text) }
        return String(html.dropFirst(3).dropLast(4))
    }

    // MARK: - Sections

    static func stats(_ model: ReportModel, practice: PracticeList) -> String {
        struct Card { var number: Int; var one: String; var many: String; var detail: String?; var alert = false }
        let open = model.pipeline.filter(\.isOpen).count
        let difficult = practice.difficultCount
        let cards = [
            Card(number: model.interviewCount, one: "interview", many: "interviews"),
            Card(number: model.pipeline.count, one: "application", many: "applications", detail: "\(open) open"),
            Card(number: model.offers.count, one: "offer", many: "offers"),
            Card(number: practice.totalCount, one: "question to practise", many: "questions to practise",
                 detail: difficult > 0 ? "\(difficult) difficult" : nil, alert: true),
        ]
        var out = "<ul class=\"stats\" aria-label=\"Summary\">\n"
        for card in cards {
            out += "<li class=\"stat\"><span class=\"n\">\(card.number)</span> <span class=\"l\">\(card.number == 1 ? card.one : card.many)</span>"
            if let detail = card.detail { out += " <span class=\"d\(card.alert ? " alert" : "")\">\(detail)</span>" }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    static func pipeline(_ model: ReportModel) -> String {
        let e = HTMLEscape.escape
        var out = "<div class=\"table-wrap\"><table class=\"pipeline\">\n<thead><tr>"
        out += ["Company", "Role", "Stage", "Outcome", "Last contact", "Next step"].map { "<th scope=\"col\">\($0)</th>" }.joined()
        out += "</tr></thead>\n<tbody>\n"
        for app in model.pipeline {
            out += "<tr class=\"\(app.isOpen ? "open" : "closed")\">"
            out += "<th scope=\"row\">\(e(app.company))</th>"
            out += cell("Role", app.role.map(e) ?? "")
            out += cell("Stage", app.stage.map { e($0.name) } ?? "")
            out += cell("Outcome", "<span class=\"badge tone-\(tone(of: app.outcome).rawValue)\">\(e(app.outcome.name))</span>")
            out += cell("Last contact", app.lastContact.map { "<time datetime=\"\($0)\">\($0)</time>" } ?? "")
            var next = ""
            if let action = app.nextAction {
                next = keepingDaysWhole(e(action))
                if let due = app.nextActionDue, let badge = dueBadge(action, due, today: model.today) { next += " " + badge }
            }
            out += cell("Next step", next)
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table></div>\n"
    }

    static func cell(_ label: String, _ html: String) -> String {
        html.isEmpty ? "<td class=\"blank\" data-label=\"\(label)\"></td>" : "<td data-label=\"\(label)\">\(html)</td>"
    }

    static func actions(_ actions: [ReportAction], today: CalendarDay) -> String {
        let e = HTMLEscape.escape
        guard !actions.isEmpty else { return "<p class=\"hint\">Nothing due.</p>\n" }
        var out = "<ul class=\"actions\">\n"
        for action in actions {
            out += "<li>"
            if let due = action.due { out += dueBadge(nil, due, today: today)! + " " }
            out += keepingDaysWhole(e(action.text))
            if let entry = action.entry { out += " <span class=\"source\">\(e(entry))</span>" }
            out += "</li>\n"
        }
        return out + "</ul>\n"
    }

    static func funnel(_ funnel: ReportModel.Funnel) -> String {
        let total = funnel.applications
        var out = "<p class=\"lead\">\(plural(total, "application")). An application counts for every stage up to the furthest it reached.</p>\n"
        out += "<div class=\"charts\">\n"
        if funnel.stages.isEmpty {
            out += "<p class=\"hint\">No entry states a known stage; add <code>stage:</code> to the front-matter.</p>\n"
        } else {
            let bars = funnel.stages.map { SVGChart.Bar(label: $0.stage, value: $0.reached, valueText: "\($0.reached) · \(ReportRenderer.percent($0.reached, of: total))") }
            out += SVGChart.horizontalBars(
                id: "chart-stages", title: "Stage reached",
                description: "Of \(plural(total, "application")): " + funnel.stages.map { "\($0.stage) \($0.reached) (\(ReportRenderer.percent($0.reached, of: total)))" }.joined(separator: ", ") + ".",
                bars: bars, scale: total,
                table: SVGChart.Table(headers: ["Stage", "Applications", "Share"],
                                      rows: funnel.stages.map { [$0.stage, String($0.reached), ReportRenderer.percent($0.reached, of: total)] }))
        }
        let outcomes = funnel.outcomes.map { SVGChart.Bar(label: $0.outcome, value: $0.count, valueText: "\($0.count) · \(ReportRenderer.percent($0.count, of: total))",
                                                          tone: tone(of: Outcome($0.outcome))) }
        out += SVGChart.horizontalBars(
            id: "chart-outcomes", title: "Outcome",
            description: "Of \(plural(total, "application")): " + funnel.outcomes.map { "\($0.outcome) \($0.count) (\(ReportRenderer.percent($0.count, of: total)))" }.joined(separator: ", ") + ".",
            bars: outcomes, scale: total,
            table: SVGChart.Table(headers: ["Outcome", "Applications", "Share"],
                                  rows: funnel.outcomes.map { [$0.outcome, String($0.count), ReportRenderer.percent($0.count, of: total)] }))
        out += "</div>\n"
        if funnel.withoutStage > 0 {
            out += "<p class=\"hint\">\(plural(funnel.withoutStage, "application")) without a stage \(funnel.withoutStage == 1 ? "is" : "are") not counted in the stages.</p>\n"
        }
        return out
    }

    static func activity(_ charts: ReportCharts) -> String {
        var out = "<div class=\"charts\">\n"
        if charts.weeks.isEmpty {
            out += "<p class=\"hint\">No interview has a date yet; add <code>date:</code> to the front-matter.</p>\n"
        } else {
            let total = charts.weeks.reduce(0) { $0 + $1.interviews }
            let most = charts.weeks.map(\.interviews).max()!
            let busiest = charts.weeks.filter { $0.interviews == most }
            var description = "\(plural(total, "interview")) in \(plural(charts.weeks.count, "week")), from the week of \(charts.weeks.first!.start) to the week of \(charts.weeks.last!.start)"
            if charts.weeks.count == 1 { description += "." }
            else if busiest.count == 1 { description += "; the busiest was the week of \(busiest[0].start), with \(most)." }
            else { description += "; at most \(most) in a week." }
            // Month and day under the axis, month and year when the weeks span more than a year.
            let long = charts.weeks.count > 52
            let columns = charts.weeks.map { week in
                SVGChart.Column(label: monthNames[week.start.month - 1] + " " + String(long ? week.start.year : week.start.day),
                                name: "Week of \(week.start)", value: week.interviews)
            }
            let first = charts.weeks.first!.start, last = charts.weeks.last!.start
            let note = charts.weeks.count == 1 ? "The week of Monday \(longDay(first))" : "Weeks from Monday \(longDay(first)) to Monday \(longDay(last))"
            out += SVGChart.columns(id: "chart-weeks", title: "Interviews per week", note: note, description: description, columns: columns,
                                    table: SVGChart.Table(headers: ["Week of", "Interviews"],
                                                          rows: charts.weeks.map { [$0.start.description, String($0.interviews)] }))
        }
        if charts.topTags.isEmpty {
            out += "<p class=\"hint\">No question has a tag yet; tag questions in your notes, e.g. <code>#system-design</code>.</p>\n"
        } else {
            let highest = charts.topTags.map(\.asked).max() ?? 1
            let bars = charts.topTags.map { SVGChart.Bar(label: "#" + $0.tag, value: $0.asked, valueText: $0.asked == 1 ? "asked once" : "asked \($0.asked)×") }
            let description = "Question tags by how often they were asked: " + charts.topTags.map { tag in
                "#\(tag.tag) \(tag.asked) (\(plural(tag.questions, "question"))\(tag.difficult > 0 ? ", \(tag.difficult) difficult" : ""))"
            }.joined(separator: ", ") + "."
            out += SVGChart.horizontalBars(
                id: "chart-tags", title: "Most asked question topics", description: description, bars: bars, scale: highest,
                table: SVGChart.Table(headers: ["Tag", "Times asked", "Questions", "Difficult"],
                                      rows: charts.topTags.map { ["#" + $0.tag, String($0.asked), String($0.questions), String($0.difficult)] }))
        }
        out += "</div>\n"
        if charts.undated > 0 {
            out += "<p class=\"hint\">\(plural(charts.undated, "interview")) without a date \(charts.undated == 1 ? "is" : "are") not shown per week.</p>\n"
        }
        return out
    }

    static func difficult(_ groups: [PracticeList.TagGroup]) -> String {
        guard !groups.isEmpty else {
            return "<p class=\"hint\">None marked difficult. Mark a question with <code>#hard</code>, or name it under a “Difficult answers” heading.</p>\n"
        }
        var out = ""
        for group in groups {
            out += "<h3>" + (group.tag.map { "<span class=\"tag\">#\(HTMLEscape.escape($0))</span>" } ?? "Untagged") + "</h3>\n<ul class=\"questions\">\n"
            for question in group.questions { out += questionItem(question, showDifficult: false, showTags: false) }
            out += "</ul>\n"
        }
        return out
    }

    static func points(_ points: [RecurringPoint], empty: String) -> String {
        guard !points.isEmpty else { return "<p class=\"hint\">\(HTMLEscape.escape(empty))</p>\n" }
        var out = "<ul class=\"points\">\n"
        for point in points {
            let times = point.count == 1 ? "once" : "\(point.count) times"
            out += "<li><span class=\"count\(point.count > 1 ? " many" : "")\" title=\"written \(times)\">\(point.count)×</span> "
            out += "<span class=\"text\">\(markdownHTML(point.text))</span></li>\n"
        }
        return out + "</ul>\n"
    }

    static func feedback(_ items: [ReportModel.Feedback]) -> String {
        let e = HTMLEscape.escape
        guard !items.isEmpty else {
            return "<p class=\"hint\">None received yet. After a rejection, asking for feedback politely often gets an answer.</p>\n"
        }
        var out = ""
        for item in items {
            out += "<h3>\(e(item.company))" + (item.date.map { " <span class=\"date\">· \($0)</span>" } ?? "") + "</h3>\n"
            out += notes(item.items, className: "items")
        }
        return out
    }

    static func offers(_ offers: [ReportModel.Offer]) -> String {
        guard !offers.isEmpty else { return "<p class=\"hint\">None yet.</p>\n" }
        var out = ""
        for offer in offers {
            out += "<h3>\(HTMLEscape.escape(ReportRenderer.offerTitle(offer)))</h3>\n"
            if offer.items.isEmpty {
                out += "<p class=\"hint\">No details recorded: write down salary, start date, orientation and dress code.</p>\n"
            }
            out += notes(offer.items, className: "items")
        }
        return out
    }

    /// Escaped text with each `YYYY-MM-DD` in a span that the browser does not break at its hyphens.
    static func keepingDaysWhole(_ html: String) -> String {
        html.replacingOccurrences(of: #"\b(\d{4}-\d{2}-\d{2})\b"#, with: "<span class=\"day\">$1</span>", options: .regularExpression)
    }

    static func tone(of outcome: Outcome) -> SVGChart.Tone {
        switch outcome.name {
        case "offer", "accepted": return .good
        case "rejected": return .bad
        case "advanced": return .warn
        case "declined", "withdrawn", "ghosted": return .muted
        default: return .accent
        }
    }

    /// "Nov 2, 2026".
    static func longDay(_ day: CalendarDay) -> String { "\(monthNames[day.month - 1]) \(day.day), \(day.year)" }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
