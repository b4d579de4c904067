/// One job application: the entries for the same company and role, oldest first.
///
/// Company and role match case-insensitively, ignoring punctuation and spacing
/// ("Acme Corp" and "acme corp."). An entry without a role joins the company's
/// application when the company has exactly one role in the journal, because notes
/// of later rounds often leave the role out; otherwise it forms an application of its own.
public struct Application: Sendable, Hashable {
    /// The company as written in the latest entry.
    public var company: String
    /// The role as written in the latest entry that has one, or empty.
    public var role: String
    /// The entries in chronological order (see `chronological`); never empty.
    public var entries: [Entry]

    /// The most recent entry: the rules of DESIGN 8 look at this one.
    public var latest: Entry { entries[entries.count - 1] }

    /// The outcome of the latest entry; nil when the notes do not say (read as pending).
    public var outcome: Outcome? { latest.outcome }

    /// True when the application is over (rejected, withdrawn, accepted, declined, ghosted).
    public var isFinal: Bool { outcome?.isFinal ?? false }

    /// True while the candidate waits for an answer: outcome pending or not stated.
    public var isPending: Bool { outcome == nil || outcome?.name == "pending" }

    /// Orders entries in time: entries without a date first (by path), then by date,
    /// stage (phone screen before onsite on the same day), round and path.
    public static func chronological(_ a: Entry, _ b: Entry) -> Bool {
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

    /// The key two entries of the same company share, whatever the case and punctuation.
    public static func companyKey(_ name: String) -> String {
        let key = SectionClassifier.normalize(name)
        return key.isEmpty ? name.lowercased() : key
    }

    /// Groups entries into applications, ordered by company, then role.
    public static func group(_ entries: [Entry]) -> [Application] {
        // Entries are grouped by number (`KeyNumbering`) and copied once, in their final order.
        var companies = KeyNumbering(companyKey)
        var roles = KeyNumbering(SectionClassifier.normalize)
        let emptyRole = roles.id("")
        let company = entries.map { companies.id($0.companyName) }
        let role = entries.map { $0.role.map { roles.id($0) } ?? emptyRole }
        var rolesByCompany: [Int: Set<Int>] = [:]
        for i in entries.indices where roles.keys[role[i]] != "" { rolesByCompany[company[i], default: []].insert(role[i]) }
        struct Key: Hashable { var company: Int; var role: Int }
        var groups: [Key: [Int]] = [:]
        for i in entries.indices {
            var key = Key(company: company[i], role: role[i])
            if roles.keys[key.role] == "", let known = rolesByCompany[key.company], known.count == 1 { key.role = known.first! }
            groups[key, default: []].append(i)
        }
        struct Sorted { var application: Application; var companyKey: String; var role: String }
        return groups.values.map { members -> Sorted in
            let sorted = members.sorted { chronological(entries[$0], entries[$1]) }
            let latest = sorted[sorted.count - 1]
            let role = sorted.last(where: { !(entries[$0].role ?? "").isEmpty }).flatMap { entries[$0].role } ?? ""
            return Sorted(application: Application(company: entries[latest].companyName, role: role, entries: sorted.map { entries[$0] }),
                          companyKey: companies.keys[company[latest]], role: role.lowercased())
        }
        .sorted { ($0.companyKey, $0.role, $0.application.latest.path) < ($1.companyKey, $1.role, $1.application.latest.path) }
        .map(\.application)
    }
}
