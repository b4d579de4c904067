/// `journal list --applications`: one line per application (`ApplicationKey`), as the
/// report's pipeline and `due` count them.
package enum ApplicationListRenderer {
    struct Row {
        var company: String
        var role: String?
        var stage: String?
        var outcome: String
        var interviews: Int
        var lastInterview: CalendarDay?
        var openSteps: Int
        var notes: [String]

        /// The JSON object, unknown values as `null` (keys are sorted on output).
        var json: JSONValue {
            .object(["company": .string(company), "role": role.map(JSONValue.string) ?? .null, "stage": stage.map(JSONValue.string) ?? .null,
                     "outcome": .string(outcome), "interviews": .number(Double(interviews)),
                     "last_interview": lastInterview.map { .string($0.description) } ?? .null,
                     "open_steps": .number(Double(openSteps)), "notes": .array(notes.map(JSONValue.string))])
        }
    }

    /// Applications by company (`Application.group`), their notes oldest first.
    static func rows(_ entries: [Entry]) -> [Row] {
        Application.group(entries).map { application in
            Row(company: application.company, role: application.role.isEmpty ? nil : application.role,
                stage: application.entries.last { $0.stage != nil }?.stage?.name,
                outcome: application.outcome?.name ?? "pending", interviews: application.entries.count,
                lastInterview: application.entries.compactMap { $0.date?.value }.max(),
                openSteps: application.entries.reduce(0) { $0 + $1.nextSteps.filter { $0.state == .open }.count },
                notes: application.entries.map(\.path))
        }
    }

    package static func table(_ entries: [Entry]) -> String {
        guard !entries.isEmpty else { return "No applications found (none match the filters, or the journal is empty).\n" }
        let header = ["COMPANY", "ROLE", "STAGE", "OUTCOME", "INTERVIEWS", "LAST", "OPEN STEPS", "LATEST NOTE"]
        let body = rows(entries).map {
            [$0.company, $0.role ?? "", $0.stage ?? "", $0.outcome, String($0.interviews), $0.lastInterview?.description ?? "",
             String($0.openSteps), $0.notes.last ?? ""]
        }
        return TextTable.render(header: header, rows: body, rightAligned: [4, 6])
    }

    /// `{"applications": [...]}` with `company`, `role`, `stage`, `outcome`, `interviews`,
    /// `last_interview`, `open_steps` and `notes` (paths, oldest first).
    package static func json(_ entries: [Entry]) throws -> String {
        try JSONOutput.encode(JSONValue.object(["applications": .array(rows(entries).map(\.json))]))
    }

    /// CSV with a header line; `notes` are the paths joined with `;`.
    package static func csv(_ entries: [Entry]) -> String {
        var out = "company,role,stage,outcome,interviews,last_interview,open_steps,notes\n"
        for r in rows(entries) {
            out += [r.company, r.role ?? "", r.stage ?? "", r.outcome, String(r.interviews), r.lastInterview?.description ?? "",
                    String(r.openSteps), r.notes.joined(separator: ";")].map(ListRenderer.csvField).joined(separator: ",") + "\n"
        }
        return out
    }
}
