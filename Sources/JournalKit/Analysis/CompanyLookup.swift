/// Finds the company a user means by a name typed on the command line.
package enum CompanyLookup: Sendable, Hashable {
    /// Exactly one company matches; its name as written in its latest entry.
    case found(String)
    /// A prefix shared by several companies, sorted.
    case ambiguous([String])
    /// Nothing matches; every company of the journal, sorted.
    case unknown(known: [String])

    /// Same name ignoring case and punctuation first; else a unique prefix of the name
    /// or of one of its words (`EntryFilter.companyMatches`).
    package static func resolve(_ query: String, in entries: [Entry]) -> CompanyLookup {
        let names = companies(entries)
        let key = ApplicationKey.company(query)
        if let exact = names.first(where: { ApplicationKey.company($0) == key }) { return .found(exact) }
        let matches = names.filter { EntryFilter.companyMatches($0, query) }
        switch matches.count {
        case 1: return .found(matches[0])
        case 0: return .unknown(known: names)
        default: return .ambiguous(matches)
        }
    }

    /// Every company of the journal once, as written in its latest entry, sorted case-insensitively.
    package static func companies(_ entries: [Entry]) -> [String] {
        var latest: [String: Entry] = [:]
        for entry in entries {
            let key = ApplicationKey.company(entry.companyName)
            if let seen = latest[key], !Application.chronological(seen, entry) { continue }
            latest[key] = entry
        }
        return latest.values.map(\.companyName).sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }

    /// A full sentence for the user when the lookup did not find exactly one company.
    package func problem(for query: String) -> String? {
        switch self {
        case .found: return nil
        case .ambiguous(let names):
            return "'\(query)' matches several companies: \(names.joined(separator: ", ")). Type more of the name."
        case .unknown(let known) where known.isEmpty:
            return "No company matches '\(query)': the journal has no entries yet."
        case .unknown(let known):
            return "No company matches '\(query)'. Known companies: \(known.joined(separator: ", "))."
        }
    }
}
