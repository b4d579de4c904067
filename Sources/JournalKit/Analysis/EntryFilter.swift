/// The filters shared by report, practice, list and due.
package struct EntryFilter: Sendable, Hashable {
    /// Case-insensitive; matches a company that equals or starts with it (any word of it).
    package var companies: [String] = []
    /// Entries carrying any of these tags (front-matter or body), case-insensitive.
    package var tags: [String] = []
    package var stages: [Stage] = []
    package var outcomes: [Outcome] = []
    /// Entries on or after this day (entries without a date are left out when set).
    package var since: CalendarDay?
    /// Entries on or before this day.
    package var until: CalendarDay?

    package init(companies: [String] = [], tags: [String] = [], stages: [Stage] = [], outcomes: [Outcome] = [],
                since: CalendarDay? = nil, until: CalendarDay? = nil) {
        self.companies = companies
        self.tags = tags
        self.stages = stages
        self.outcomes = outcomes
        self.since = since
        self.until = until
    }

    package var isEmpty: Bool {
        companies.isEmpty && tags.isEmpty && stages.isEmpty && outcomes.isEmpty && since == nil && until == nil
    }

    /// Whether `company` is matched by `query`: same name ignoring case, or a prefix of it or of one of its words.
    package static func companyMatches(_ company: String, _ query: String) -> Bool {
        let c = TextKey.normalize(company), q = TextKey.normalize(query)
        guard !q.isEmpty else { return false }
        return c == q || c.hasPrefix(q) || c.includes(" " + q)
    }

    package func matches(_ entry: Entry) -> Bool {
        if !companies.isEmpty, !companies.contains(where: { EntryFilter.companyMatches(entry.companyName, $0) }) { return false }
        if !tags.isEmpty {
            let wanted = Set(tags.compactMap(TagName.normalize))
            if wanted.isDisjoint(with: entry.tags) { return false }
        }
        if !stages.isEmpty {
            guard let stage = entry.stage, stages.contains(stage) else { return false }
        }
        if !outcomes.isEmpty {
            let outcome = entry.outcome ?? Outcome("pending")
            if !outcomes.contains(outcome) { return false }
        }
        if since != nil || until != nil {
            guard let day = entry.date?.value else { return false }
            if let since, day < since { return false }
            if let until, day > until { return false }
        }
        return true
    }

    package func apply(_ entries: [Entry]) -> [Entry] {
        isEmpty ? entries : entries.filter(matches)
    }
}
