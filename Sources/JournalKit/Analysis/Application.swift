/// One job application: the entries of one company (and `application:` name, when the
/// notes give one: `ApplicationKey` says when notes belong together), oldest first.
package struct Application: Sendable, Hashable {
    /// The company as written in the latest entry.
    package var company: String
    /// The role as written in the latest entry that has one, or empty.
    package var role: String
    /// The entries in chronological order (see `chronological`); never empty.
    package var entries: [Entry]

    /// The most recent entry: the rules of DESIGN 8 look at this one.
    package var latest: Entry { entries[entries.count - 1] }

    /// The outcome of the latest entry; nil when the notes do not say (read as pending).
    package var outcome: Outcome? { latest.outcome }

    /// True when the application is over (rejected, withdrawn, accepted, declined, ghosted).
    package var isFinal: Bool { outcome?.isFinal ?? false }

    /// True while the candidate waits for an answer: outcome pending or not stated.
    package var isPending: Bool { outcome == nil || outcome?.name == "pending" }

    /// Orders entries in time: entries without a date first (by path), then by date,
    /// stage (phone screen before onsite on the same day), round and path.
    package static func chronological(_ a: Entry, _ b: Entry) -> Bool {
        switch (a.date?.value, b.date?.value) {
        case (nil, .some): return true
        case (.some, nil): return false
        case let (x?, y?) where x != y: return x < y
        default: break
        }
        if a.stage != b.stage {
            switch (a.stage, b.stage) {
            case (nil, .some): return true
            case (.some, nil): return false
            case let (x?, y?): return x < y
            default: break
            }
        }
        if a.round != b.round { return (a.round ?? 0) < (b.round ?? 0) }
        return a.path < b.path
    }

    /// `chronological` for entries given by index, on columns of plain values.
    ///
    /// It takes the same decisions in the same order (so a sort gives the same result),
    /// but reads no entry in the comparison: indexing an array of entries there copies
    /// the whole entry, and comparing stages as strings costs more than the sort. Stages
    /// become their rank in `Stage` order; paths are compared only on ties, as before.
    struct ChronologicalOrder {
        private let days: [CalendarDay?]
        private let stages: [Int?]
        private let rounds: [Int?]
        let paths: [String]

        init(_ entries: [Entry]) {
            days = entries.days
            let stageValues = entries.column(\.stage)
            var rankOf: [Stage: Int] = [:]
            for (rank, stage) in Set(stageValues.compactMap { $0 }).sorted().enumerated() { rankOf[stage] = rank }
            stages = stageValues.map { $0.flatMap { rankOf[$0] } }
            rounds = entries.column(\.round)
            paths = entries.column(\.path)
        }

        func day(_ i: Int) -> CalendarDay? { days[i] }

        /// `chronological(entries[a], entries[b])`.
        func isBefore(_ a: Int, _ b: Int) -> Bool {
            switch (days[a], days[b]) {
            case (nil, .some): return true
            case (.some, nil): return false
            case let (x?, y?) where x != y: return x < y
            default: break
            }
            if stages[a] != stages[b] {
                switch (stages[a], stages[b]) {
                case (nil, .some): return true
                case (.some, nil): return false
                case let (x?, y?): return x < y
                default: break
                }
            }
            if rounds[a] != rounds[b] { return (rounds[a] ?? 0) < (rounds[b] ?? 0) }
            return paths[a] < paths[b]
        }
    }

    /// The key two entries of the same company share, whatever the case and punctuation.
    package static func companyKey(_ name: String) -> String { ApplicationKey.company(name) }

    /// Groups entries into applications, ordered by company, then role.
    package static func group(_ entries: [Entry]) -> [Application] {
        Members.group(entries).map { Application($0, of: entries) }
    }

    /// An application as indices into the entries: grouping and the rules that read only
    /// the latest entry need no copy of the others (copying an entry retains each of its
    /// strings and arrays, which on a large journal costs more than the rules themselves).
    struct Members {
        var company: String
        var role: String
        /// Indices of the entries, in chronological order; never empty.
        var indices: [Int]
        var latest: Int { indices[indices.count - 1] }

        /// `Application.group` as indices: one application per company and
        /// `application:` name (`ApplicationKey`).
        static func group(_ entries: [Entry]) -> [Members] {
            // Grouped by number (`KeyNumbering`); sorted on columns, as indexing the entries
            // in a comparison would copy them.
            var companies = KeyNumbering(ApplicationKey.company)
            var applications = KeyNumbering(ApplicationKey.name)
            let unnamed = applications.id("")
            let companyNames = entries.companyNames, roleNames = entries.column(\.role)
            let company = companyNames.map { companies.id($0) }
            let name = entries.column(\.extra).map { ApplicationKey.applicationName(in: $0).map { applications.id($0) } ?? unnamed }
            let order = ChronologicalOrder(entries)
            var namedByCompany: [Int: Set<Int>] = [:]
            for i in entries.indices where name[i] != unnamed { namedByCompany[company[i], default: []].insert(name[i]) }
            struct Key: Hashable { var company: Int; var name: Int }
            var groups: [Key: [Int]] = [:]
            // Templates and question banks are no application.
            let kinds = entries.column(\.kind)
            for i in entries.indices where kinds[i] == .interview {
                var key = Key(company: company[i], name: name[i])
                if key.name == unnamed, let known = namedByCompany[key.company], known.count == 1 { key.name = known.first! }
                groups[key, default: []].append(i)
            }
            struct Sorted { var members: Members; var companyKey: String; var name: String; var role: String; var latestPath: String }
            return groups.map { key, unsorted -> Sorted in
                let sorted = unsorted.sorted(by: order.isBefore)
                let latest = sorted[sorted.count - 1]
                let role = sorted.last(where: { !(roleNames[$0] ?? "").trimmingSpaces().isEmpty }).flatMap { roleNames[$0] } ?? ""
                return Sorted(members: Members(company: companyNames[latest], role: role, indices: sorted),
                              companyKey: companies.keys[key.company], name: applications.keys[key.name], role: role.lowercased(), latestPath: order.paths[latest])
            }
            .sorted { ($0.companyKey, $0.name, $0.role, $0.latestPath) < ($1.companyKey, $1.name, $1.role, $1.latestPath) }
            .map(\.members)
        }
    }
}

extension Application {
    /// The application of `members`, its entries copied out of `entries`.
    init(_ members: Members, of entries: [Entry]) {
        self.init(company: members.company, role: members.role, entries: members.indices.map { entries[$0] })
    }
}
