import Foundation

/// `journal list`: one line per interview.
package enum ListRenderer {
    /// One interview. In JSON, values the entry does not state are `null`.
    struct Row: Encodable {
        var path: String
        var date: CalendarDay?
        var company: String
        var role: String?
        var stage: String?
        var outcome: String?
        var questions: Int
        var openSteps: Int
        /// Interview, question bank or template: shown only with `list --all`.
        var kind: EntryKind?

        enum CodingKeys: String, CodingKey {
            case path, date, company, role, stage, outcome, questions
            case openSteps = "open_steps"
            case kind
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(date, forKey: .date)
            try c.encode(company, forKey: .company)
            try c.encode(role, forKey: .role)
            try c.encode(stage, forKey: .stage)
            try c.encode(outcome, forKey: .outcome)
            try c.encode(questions, forKey: .questions)
            try c.encode(openSteps, forKey: .openSteps)
            if let kind { try c.encode(kind, forKey: .kind) }
        }
    }

    /// Rows by interview date (entries without a date last), then path.
    static func rows(_ entries: [Entry], showKind: Bool = false) -> [Row] {
        entries.sorted { a, b in
            if a.date?.value != b.date?.value { return Wording.isEarlier(a.date?.value, than: b.date?.value) }
            return a.path < b.path
        }.map { e in
            Row(path: e.path, date: e.date?.value, company: e.companyName,
                role: e.role.flatMap { $0.trimmingSpaces().isEmpty ? nil : $0 },
                stage: e.stage?.name, outcome: e.outcome?.name,
                questions: e.questions.count, openSteps: e.nextSteps.filter { $0.state == .open }.count,
                kind: showKind ? e.kind : nil)
        }
    }

    /// The entries `list` shows: interviews only, or every note with `all` (`list --all`).
    package static func shown(_ entries: [Entry], all: Bool) -> [Entry] {
        all || entries.allSatisfy(\.isInterview) ? entries : entries.filter(\.isInterview)
    }

    /// - Parameter showKind: adds a KIND column (interview, question-bank, template), for `list --all`.
    package static func table(_ entries: [Entry], showKind: Bool = false) -> String {
        guard !entries.isEmpty else { return "No interviews found (none match the filters, or the journal is empty).\n" }
        var header = ["DATE", "COMPANY", "ROLE", "STAGE", "OUTCOME", "QUESTIONS", "OPEN STEPS"]
        if showKind { header.append("KIND") }
        let body = rows(entries, showKind: showKind).map {
            [$0.date?.description ?? "", $0.company, $0.role ?? "", $0.stage ?? "", $0.outcome ?? "", String($0.questions), String($0.openSteps)]
                + ($0.kind.map { [$0.rawValue] } ?? [])
        }
        return TextTable.render(header: header, rows: body, rightAligned: [5, 6])
    }

    /// `{"interviews": [...]}` with `path`, `date`, `company`, `role`, `stage`, `outcome`,
    /// `questions` and `open_steps`.
    /// With `showKind` (`list --all`), each row also has `kind`.
    package static func json(_ entries: [Entry], showKind: Bool = false) throws -> String {
        struct Wrapper: Encodable { var interviews: [Row] }
        return try JSONOutput.encode(Wrapper(interviews: rows(entries, showKind: showKind)))
    }

    /// CSV with a header line (fields quoted as RFC 4180 says); unknown values are empty.
    /// A cell a spreadsheet would run as a formula gets a leading `'` (`TerminalSafe.csvCell`).
    /// With `showKind` (`list --all`), a last `kind` column.
    package static func csv(_ entries: [Entry], showKind: Bool = false) -> String {
        let field = csvField
        var out = "date,company,role,stage,outcome,questions,open_steps,path" + (showKind ? ",kind\n" : "\n")
        for r in rows(entries, showKind: showKind) {
            out += ([r.date?.description ?? "", r.company, r.role ?? "", r.stage ?? "", r.outcome ?? "",
                     String(r.questions), String(r.openSteps), r.path] + (r.kind.map { [$0.rawValue] } ?? [])).map(field).joined(separator: ",") + "\n"
        }
        return out
    }
}

extension ListRenderer {
    /// One CSV field, quoted as RFC 4180 says when it holds a comma, quote or line break;
    /// a cell a spreadsheet would run as a formula gets a leading `'` (`TerminalSafe.csvCell`).
    static func csvField(_ raw: String) -> String {
        let s = TerminalSafe.csvCell(raw)
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
