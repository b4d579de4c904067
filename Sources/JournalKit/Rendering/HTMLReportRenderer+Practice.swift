import Foundation

/// The practice part of the HTML report: the question list with notes and due badges.
extension HTMLReportRenderer {
    static func practice(_ list: PracticeList) -> String {
        guard !list.questions.isEmpty else { return "<p class=\"hint\">\(HTMLEscape.escape(PracticeRenderer.emptyMessage(list)))</p>\n" }
        var out = "<p class=\"lead\">\(HTMLEscape.escape(PracticeRenderer.summary(list))) Difficult questions first, then the most asked.</p>\n"
        out += "<ol class=\"practice\">\n"
        for question in list.questions { out += questionItem(question, showDifficult: true, showTags: true) }
        return out + "</ol>\n"
    }

    // MARK: - Pieces

    static func questionItem(_ q: PracticeQuestion, showDifficult: Bool, showTags: Bool) -> String {
        let e = HTMLEscape.escape
        var out = "<li class=\"question\(q.difficult ? " difficult" : "")\">\n<p class=\"q\">\(markdownHTML(q.text))</p>\n<p class=\"meta\">"
        if showDifficult, q.difficult { out += "<span class=\"badge tone-bad\">difficult</span> " }
        out += keepingDaysWhole(e(PracticeRenderer.meta(q, tags: false).filter { $0 != "difficult" }.joined(separator: " · ")))
        if showTags, !q.tags.isEmpty { out += " " + q.tags.map { "<span class=\"tag\">#\(e($0))</span>" }.joined(separator: " ") }
        out += "</p>\n"
        out += notes(q.notes, className: "notes")
        return out + "</li>\n"
    }

    static func notes(_ notes: [String], className: String) -> String {
        guard !notes.isEmpty else { return "" }
        return "<ul class=\"\(className)\">\n" + notes.map { "<li>\(markdownHTML($0))</li>\n" }.joined() + "</ul>\n"
    }

    /// A badge saying when something is due: "due 2026-11-25", "due today", "overdue since …",
    /// or, when `text` already names the day, only "due today" / "overdue" (nil when upcoming).
    static func dueBadge(_ text: String?, _ due: CalendarDay, today: CalendarDay) -> String? {
        let kind = due < today ? "overdue" : due == today ? "today" : "upcoming"
        let label: String
        if let text, text.contains(due.description) {
            guard kind != "upcoming" else { return nil }
            label = kind == "today" ? "due today" : "overdue"
        } else {
            label = ReportRenderer.dueText(due, today: today)
        }
        return "<span class=\"due \(kind)\">\(HTMLEscape.escape(label))</span>"
    }
}
