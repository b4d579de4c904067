/// Finds the application a user means by a company typed on the command line
/// (`journal log`, `journal new`): the company as `CompanyLookup` finds it, then its one
/// application (two roles, or an `application:` key, make several).
package enum ApplicationLookup: Sendable, Hashable {
    case found(Application)
    /// The company has several applications; they are listed by role.
    case several([Application])
    /// No company matches, or several do; the sentence says which.
    case notFound(String)

    package static func resolve(_ query: String, in entries: [Entry]) -> ApplicationLookup {
        let lookup = CompanyLookup.resolve(query, in: entries)
        guard case .found(let company) = lookup else { return .notFound(lookup.problem(for: query) ?? "") }
        let key = ApplicationKey.company(company)
        let mine = Application.group(entries).filter { ApplicationKey.company($0.company) == key }
        switch mine.count {
        case 0: return .notFound("No company matches '\(query)'.")
        case 1: return .found(mine[0])
        default: return .several(mine)
        }
    }

    /// A full sentence listing the applications when there are several.
    package func problem(for query: String) -> String? {
        switch self {
        case .found: return nil
        case .notFound(let sentence): return sentence
        case .several(let applications):
            let names = applications.map { "\($0.company) — \($0.role.isEmpty ? "no role given" : $0.role) (\($0.latest.path))" }
            return "'\(query)' matches several applications: \(names.joined(separator: "; ")). Name the note with --file PATH."
        }
    }
}

extension Application {
    /// The note to record what happened after the latest interview in: the latest entry
    /// dated on or before `day` (a round planned for later is not where a thank-you
    /// goes), else the latest entry.
    package func latestNote(onOrBefore day: CalendarDay) -> Entry {
        entries.last { entry in entry.date.map { $0.value <= day } ?? true } ?? latest
    }
}
