/// The filters shared by report, practice, list and due.
public struct EntryFilter: Sendable, Hashable {
    /// Case-insensitive; matches a company that equals or starts with it (any word of it).
    public var companies: [String] = []
    /// Entries carrying any of these tags (front-matter or body), case-insensitive.
    public var tags: [String] = []
    public var stages: [Stage] = []
    public var outcomes: [Outcome] = []
    /// Entries on or after this day (entries without a date are left out when set).
    public var since: CalendarDay?
    /// Entries on or before this day.
    public var until: CalendarDay?

    public init(companies: [String] = [], tags: [String] = [], stages: [Stage] = [], outcomes: [Outcome] = [],
                since: CalendarDay? = nil, until: CalendarDay? = nil) {
        self.companies = companies
        self.tags = tags
        self.stages = stages
        self.outcomes = outcomes
        self.since = since
        self.until = until
    }

    public var isEmpty: Bool {
        companies.isEmpty && tags.isEmpty && stages.isEmpty && outcomes.isEmpty && since == nil && until == nil
    }

    /// Whether `company` is matched by `query`: same name ignoring case, or a prefix of it or of one of its words.
    public static func companyMatches(_ company: String, _ query: String) -> Bool {
        let c = TextKey.normalize(company), q = TextKey.normalize(query)
        guard !q.isEmpty else { return false }
        return c == q || c.hasPrefix(q) || c.includes(" " + q)
    }

    public func matches(_ entry: Entry) -> Bool {
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

    public func apply(_ entries: [Entry]) -> [Entry] {
        isEmpty ? entries : entries.filter(matches)
    }
}
