/// `journal practice`: the practice-question list as Markdown, text, JSON or Anki notes.
package enum PracticeRenderer {
    /// `{"questions": [...]}`, in practice order (a public contract), and `"to_prepare": [...]`
    /// with the questions of question banks when there are any.
    package static func json(_ list: PracticeList) throws -> String {
        struct Wrapper: Encodable {
            var questions: [PracticeQuestion]
            var toPrepare: [PracticeQuestion]
            enum CodingKeys: String, CodingKey { case questions, toPrepare = "to_prepare" }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(questions, forKey: .questions)
                if !toPrepare.isEmpty { try c.encode(toPrepare, forKey: .toPrepare) }
            }
        }
        return try JSONOutput.encode(Wrapper(questions: list.questions, toPrepare: list.toPrepare))
    }

    /// The heading of the questions of question banks.
    static let toPrepareTitle = "To prepare (from question banks, not asked in an interview)"

    /// "from prep/behavioral.md" for a bank question.
    static func bankMeta(_ q: PracticeQuestion) -> String {
        let files = q.sources.map { TerminalSafe.path($0.path) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return "to prepare · from " + files.joined(separator: ", ")
    }

    /// A checklist to tick while rehearsing, one section per tag, notes beneath each question.
    package static func markdown(_ list: PracticeList) -> String {
        var out = "# Practice questions\n\n"
        if list.questions.isEmpty {
            out += MarkdownEscape.inline(emptyMessage(list)) + "\n"
        } else {
            out += MarkdownEscape.inline(summary(list)) + " Tick a question once you can answer it well, out loud.\n"
            for group in list.byTag {
                out += "\n## " + MarkdownEscape.inline(group.tag ?? "Untagged") + "\n\n"
                for question in group.questions { out += markdownItem(question, checkbox: true) }
            }
        }
        if !list.toPrepare.isEmpty {
            out += "\n## " + MarkdownEscape.inline(toPrepareTitle) + "\n\n"
            for q in list.toPrepare {
                out += "- [ ] **" + MarkdownEscape.inline(q.text) + "** — " + MarkdownEscape.inline(bankMeta(q)) + "\n"
                for note in q.notes { out += "  - " + MarkdownEscape.inline(note) + "\n" }
            }
        }
        return out
    }

    /// One question as a Markdown list item with its notes as nested items.
    static func markdownItem(_ question: PracticeQuestion, checkbox: Bool, showDifficult: Bool = true) -> String {
        let ticked = question.schedule.map { $0.reviewed && !$0.due } ?? false
        var out = "- " + (checkbox ? (ticked ? "[x] " : "[ ] ") : "") + "**" + MarkdownEscape.inline(question.text) + "** — "
        let parts = meta(question, tags: false).filter { showDifficult || $0 != "difficult" }
        out += MarkdownEscape.inline(parts.joined(separator: " · "))
        // The card id lets a tick become a review when the file is made again (`PracticeTicks`).
        if checkbox { out += " " + PracticeTicks.marker(question.cardID, ticked: ticked) }
        out += "\n"
        for note in question.notes { out += "  - " + MarkdownEscape.inline(note) + "\n" }
        return out
    }

    /// A numbered list for the terminal, wrapped to 80 columns.
    package static func text(_ list: PracticeList, color: Bool) -> String {
        let style = TerminalStyle(enabled: color)
        guard !list.questions.isEmpty else { return emptyMessage(list) + "\n" + toPrepareText(list, style: style) }
        var out = style.bold("Practice questions") + ": " + summary(list) + "\n"
        let numberWidth = String(list.questions.count).count
        let indent = String(repeating: " ", count: numberWidth + 3)
        for (index, question) in list.questions.enumerated() {
            out += "\n"
            let number = String(index + 1)
            let first = String(repeating: " ", count: numberWidth - number.count + 1) + number + ". "
            out += TextWrap.styled(question.text, first: first, rest: indent, style: style.bold)
            let parts = meta(question, tags: true)
            for line in TextWrap.wrap(parts.joined(separator: " · "), first: indent, rest: indent) {
                var body = String(line.dropFirst(indent.count))
                if question.difficult, body.hasPrefix("difficult") {
                    body = style.red(style.bold("difficult")) + style.dim(String(body.dropFirst("difficult".count)))
                } else {
                    body = style.dim(body)
                }
                out += indent + body + "\n"
            }
            for note in question.notes {
                for line in TextWrap.wrap(note, first: indent + "- ", rest: indent + "  ") { out += line + "\n" }
            }
        }
        return out + toPrepareText(list, style: style)
    }

    /// The questions of question banks, numbered apart, after the questions asked.
    static func toPrepareText(_ list: PracticeList, style: TerminalStyle) -> String {
        guard !list.toPrepare.isEmpty else { return "" }
        var out = "\n" + style.bold(toPrepareTitle) + ": " + plural(list.toPrepare.count, "question") + "\n"
        let numberWidth = String(list.toPrepare.count).count
        let indent = String(repeating: " ", count: numberWidth + 3)
        for (index, question) in list.toPrepare.enumerated() {
            out += "\n"
            let number = String(index + 1)
            out += TextWrap.styled(question.text, first: String(repeating: " ", count: numberWidth - number.count + 1) + number + ". ",
                                   rest: indent, style: style.bold)
            for line in TextWrap.wrap(bankMeta(question), first: indent, rest: indent) { out += indent + style.dim(String(line.dropFirst(indent.count))) + "\n" }
        }
        return out
    }

    /// Tab-separated notes for Anki: its header lines, then GUID, front, back and tags.
    /// The GUID is a hash of the question's merge key, so re-importing updates the same
    /// notes and keeps their review history.
    package static func anki(_ list: PracticeList) -> String {
        var out = "#separator:tab\n#html:true\n#notetype:Basic\n#columns:GUID\tFront\tBack\tTags\n#guid column:1\n#tags column:4\n"
        for question in list.questions {
            let guid = question.cardID
            let front = html(question.text)
            var back = "<p>" + html(meta(question, tags: false).joined(separator: " · ")) + "</p>"
            if !question.notes.isEmpty {
                back += "<ul>" + question.notes.map { "<li>" + html($0) + "</li>" }.joined() + "</ul>"
            }
            var tags = question.tags.map { $0.replacingOccurrences(of: "/", with: "::") }
            if question.difficult { tags.append("difficult") }
            out += [guid, front, back, tags.joined(separator: " ")].joined(separator: "\t") + "\n"
        }
        for question in list.toPrepare {
            let tags = question.tags.map { $0.replacingOccurrences(of: "/", with: "::") } + ["to-prepare"]
            out += ["journal-" + StableHash.hex(question.key), html(question.text), "<p>" + html(bankMeta(question)) + "</p>",
                    tags.joined(separator: " ")].joined(separator: "\t") + "\n"
        }
        return out
    }

    // MARK: - Pieces

    /// "difficult", "asked 3×", companies, "last 2026-11-18", and tags when asked for.
    static func meta(_ q: PracticeQuestion, tags: Bool) -> [String] {
        var parts: [String] = []
        if q.difficult { parts.append("difficult") }
        parts.append(q.count == 1 ? "asked once" : "asked \(q.count)×")
        if !q.companies.isEmpty { parts.append(q.companies.joined(separator: ", ")) }
        if let day = q.lastAsked { parts.append((q.count == 1 ? "" : "last ") + day.description) }
        if tags, !q.tags.isEmpty { parts.append(q.tags.map { "#" + $0 }.joined(separator: " ")) }
        if let schedule = q.schedule {
            parts.append(schedule.due ? "due for review" : schedule.nextReview.map { "next review \($0)" } ?? "due for review")
            if schedule.mastered { parts.append("mastered") }
        }
        return parts
    }

    /// "20 questions from 8 interviews, 3 of them difficult." or, when cut,
    /// "Showing 2 of 20 questions from 8 interviews, all of them difficult."
    static func summary(_ list: PracticeList) -> String {
        let difficult = list.difficultCount
        let cut = list.questions.count != list.totalCount
        var text = cut ? "Showing \(list.questions.count) of \(plural(list.totalCount, "question"))" : plural(list.totalCount, "question")
        text += " from " + plural(list.entryCount, "interview") + ", "
        if difficult == 0 { return text + "none marked difficult." }
        return text + (difficult == list.questions.count && list.questions.count > 1 ? "all" : "\(difficult)") + " of them difficult."
    }

    static func emptyMessage(_ list: PracticeList) -> String {
        if list.entryCount == 0 { return "No interviews found (none match the filters, or the journal is empty)." }
        if list.totalCount == 0 {
            return "No questions found in \(plural(list.entryCount, "interview")); list the questions you were asked under a \"Questions\" heading."
        }
        return "None of the \(plural(list.totalCount, "question")) is marked difficult; mark one with #hard or a \"Difficult answers\" section."
    }


    /// Escapes text for an HTML field of an Anki note (tabs and newlines become spaces).
    static func html(_ text: String) -> String {
        var out = ""
        for c in TextWrap.flatten(text) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
