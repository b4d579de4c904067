/// Everything from earlier rounds at one company, to read before the next round
/// (`journal prep`): who interviewed, what they asked, what the candidate answered and
/// noted, difficult questions, open next steps, feedback, and the questions most likely
/// to come up again.
package struct CompanyPrep: Sendable, Hashable, Codable {
    /// One round: an entry of this company.
    package struct Round: Sendable, Hashable, Codable {
        package var path: String
        package var date: CalendarDay?
        package var stage: String?
        package var round: Int?
        package var role: String?
        package var outcome: String?
        package var decisionBy: CalendarDay?
        package var interviewers: [Interviewer]
        package var questions: [Question]
        package var askedThem: [String]
        package var wentWell: [String]
        package var toImprove: [String]
        package var reflection: [String]
        package var feedback: [String]
        package var offer: [String]

        enum CodingKeys: String, CodingKey {
            case path, date, stage, round, role, outcome
            case decisionBy = "decision_by"
            case interviewers, questions
            case askedThem = "asked_them"
            case wentWell = "went_well"
            case toImprove = "to_improve"
            case reflection, feedback, offer
        }
    }

    /// Someone met in one or more rounds.
    package struct Person: Sendable, Hashable, Codable {
        package var name: String
        package var title: String?
        package var linkedin: String?
        package var connected: Bool
        /// Paths of the rounds they were in, in date order.
        package var rounds: [String]
    }

    /// A difficult question of this company, with every note on it.
    package struct DifficultQuestion: Sendable, Hashable, Codable {
        package var text: String
        package var notes: [String]
        /// Paths of the rounds that asked it, in date order.
        package var rounds: [String]
    }

    /// An open next step of any round.
    package struct Step: Sendable, Hashable, Codable {
        package var text: String
        package var due: CalendarDay?
        package var overdue: Bool
        package var path: String
        package var line: Int
    }

    /// A piece of feedback with the round it is about.
    package struct Feedback: Sendable, Hashable, Codable {
        package var text: String
        package var path: String
        package var line: Int
    }

    /// A question likely to come up again, and why.
    package struct LikelyQuestion: Sendable, Hashable, Codable {
        /// The most recent wording.
        package var text: String
        package var difficult: Bool
        /// Rounds at this company that asked it.
        package var askedHere: Int
        /// Entries of the whole journal that asked it.
        package var askedInAll: Int
        /// Other companies that asked it, sorted.
        package var otherCompanies: [String]
        package var lastAsked: CalendarDay?
        /// The most recent notes on the answer (notes and difficulty notes of the latest round that has some).
        package var notes: [String]

        enum CodingKeys: String, CodingKey {
            case text, difficult
            case askedHere = "asked_here"
            case askedInAll = "asked_in_all"
            case otherCompanies = "other_companies"
            case lastAsked = "last_asked"
            case notes
        }
    }

    package var company: String
    /// Every role applied for at this company, as written.
    package var roles: [String]
    /// Rounds that already happened (or have no date), oldest first.
    package var rounds: [Round]
    /// Rounds written ahead, dated after today.
    package var upcoming: [Round]
    package var people: [Person]
    package var difficult: [DifficultQuestion]
    package var openSteps: [Step]
    package var feedback: [Feedback]
    package var likely: [LikelyQuestion]

    enum CodingKeys: String, CodingKey {
        case company, roles, rounds, upcoming, people, difficult
        case openSteps = "open_steps"
        case feedback, likely
    }

    /// How many likely questions are listed.
    package static let likelyLimit = 10

    /// Builds the prep sheet for `company` (a name as `CompanyLookup` returns it) from all entries.
    package static func build(company: String, entries: [Entry], today: CalendarDay) -> CompanyPrep {
        let key = ApplicationKey.company(company)
        // Company keys made once per spelling; entries chosen and ordered by index (`column`).
        var companyKeys = CompanyKeys()
        let companyNames = entries.companyNames
        let isMine = companyNames.map { companyKeys.key($0) == key }
        let mine = entries.indices.filter { isMine[$0] }.sorted(by: Application.ChronologicalOrder(entries).isBefore).map { entries[$0] }
        let isPast: (Entry) -> Bool = { entry in entry.date.map { $0.value <= today } ?? true }
        let past = mine.filter(isPast)

        var roles: [String] = []
        for entry in mine {
            if let role = entry.role, !role.isEmpty, !roles.contains(where: { $0.lowercased() == role.lowercased() }) { roles.append(role) }
        }

        // People, by name, in order of first meeting.
        var people: [Person] = []
        for entry in past {
            for person in entry.interviewers {
                if let i = people.firstIndex(where: { $0.name.lowercased() == person.name.lowercased() }) {
                    people[i].title = people[i].title ?? person.title
                    people[i].linkedin = people[i].linkedin ?? person.linkedin
                    people[i].connected = people[i].connected || person.connected
                    if !people[i].rounds.contains(entry.path) { people[i].rounds.append(entry.path) }
                } else {
                    people.append(Person(name: person.name, title: person.title, linkedin: person.linkedin, connected: person.connected, rounds: [entry.path]))
                }
            }
        }

        // Difficult questions of this company, merged by wording.
        var difficult: [DifficultQuestion] = []
        var difficultIndex: [String: Int] = [:]
        for entry in past {
            for question in entry.questions where question.difficult {
                let k = QuestionKey.merge(question.text)
                let notes = question.notes + question.difficultyNotes
                if let i = difficultIndex[k] {
                    difficult[i].text = question.text
                    difficult[i].notes += notes.filter { !difficult[i].notes.contains($0) }
                    if !difficult[i].rounds.contains(entry.path) { difficult[i].rounds.append(entry.path) }
                } else {
                    difficultIndex[k] = difficult.count
                    difficult.append(DifficultQuestion(text: question.text, notes: notes, rounds: [entry.path]))
                }
            }
        }

        let steps = mine.flatMap { entry in
            entry.nextSteps.filter { $0.state == .open }.map {
                Step(text: $0.text, due: $0.due, overdue: $0.due.map { $0 < today } ?? false, path: entry.path, line: $0.location.line)
            }
        }.sorted { a, b in
            switch (a.due, b.due) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (a.path, a.line) < (b.path, b.line)
            }
        }

        let feedback = past.flatMap { entry in entry.feedback.map { Feedback(text: $0.text, path: entry.path, line: $0.location.line) } }

        return CompanyPrep(company: company, roles: roles, rounds: past.map(round), upcoming: mine.filter { !isPast($0) }.map(round),
                           people: people, difficult: difficult, openSteps: steps, feedback: feedback,
                           likely: likely(companyKey: key, entries: entries, companyKeys: &companyKeys, today: today))
    }

    static func round(_ entry: Entry) -> Round {
        Round(path: entry.path, date: entry.date?.value, stage: entry.stage?.name, round: entry.round, role: entry.role,
              outcome: entry.outcome?.name, decisionBy: entry.decisionBy, interviewers: entry.interviewers, questions: entry.questions,
              askedThem: entry.askedThem.map(\.text), wentWell: entry.wentWell.map(\.text), toImprove: entry.toImprove.map(\.text),
              reflection: entry.reflection.map(\.text), feedback: entry.feedback.map(\.text), offer: entry.offer.map(\.text))
    }

    /// Questions asked at this company, or asked in two or more interviews anywhere (of
    /// the interviews on or before `today`, and those without a date).
    /// Order: difficult questions asked here first; then most asked here (difficult
    /// first among equals), so that a common question asked elsewhere comes after
    /// everything this company asked; then most asked in all, most recent, by text.
    static func likely(companyKey key: String, entries: [Entry], companyKeys: inout CompanyKeys, today: CalendarDay) -> [LikelyQuestion] {
        struct Tally {
            var text = ""
            var difficult = false
            var here = 0
            var all = 0
            /// The last entry counted in `here` and `all`: an entry's questions come one after another.
            var lastEntry = -1
            var others: [String: String] = [:]
            var last: CalendarDay?
            var notes: [String] = []
        }
        // Questions are tallied by number: each distinct wording is keyed (`QuestionKey.merge`) once.
        var tallies: [Tally] = []
        var tallyOfKey: [String: Int] = [:]
        var tallyOfText: [ByteKey: Int] = [:]
        let days = entries.days, names = entries.companyNames, questions = entries.column(\.questions)
        let order = Application.ChronologicalOrder(entries)
        let past = entries.indices.filter { days[$0].map { $0 <= today } ?? true }
        for e in past.sorted(by: order.isBefore) {
            let here = companyKeys.key(names[e]) == key
            for question in questions[e] {
                let text = ByteKey(question.text)
                let index: Int
                if let known = tallyOfText[text] { index = known } else {
                    let k = QuestionKey.merge(question.text)
                    if k.isEmpty { index = -1 } else if let known = tallyOfKey[k] { index = known } else {
                        index = tallies.count
                        tallyOfKey[k] = index
                        tallies.append(Tally())
                    }
                    tallyOfText[text] = index
                }
                guard index >= 0 else { continue }
                tallies[index].text = question.text
                tallies[index].difficult = tallies[index].difficult || question.difficult
                if tallies[index].lastEntry != e {
                    tallies[index].lastEntry = e
                    tallies[index].all += 1
                    if here { tallies[index].here += 1 }
                }
                if !here { tallies[index].others[companyKeys.key(names[e])] = names[e] }
                if let day = days[e] { tallies[index].last = max(tallies[index].last ?? day, day) }
                let notes = question.notes + question.difficultyNotes
                if !notes.isEmpty { tallies[index].notes = notes }
            }
        }
        return tallies
            .filter { $0.here > 0 || $0.all >= 2 }
            .map { t in
                LikelyQuestion(text: t.text, difficult: t.difficult, askedHere: t.here, askedInAll: t.all,
                               otherCompanies: t.others.values.sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }, lastAsked: t.last, notes: t.notes)
            }
            .sorted { a, b in
                let hardHere = (a.difficult && a.askedHere > 0, b.difficult && b.askedHere > 0)
                if hardHere.0 != hardHere.1 { return hardHere.0 }
                if a.askedHere != b.askedHere { return a.askedHere > b.askedHere }
                if a.difficult != b.difficult { return a.difficult }
                if a.askedInAll != b.askedInAll { return a.askedInAll > b.askedInAll }
                if a.lastAsked != b.lastAsked { return (a.lastAsked ?? CalendarDay(dayNumber: 0)) > (b.lastAsked ?? CalendarDay(dayNumber: 0)) }
                return a.text < b.text
            }
            .prefix(likelyLimit).map { $0 }
    }
}

/// `Application.companyKey` of company names, made once per spelling.
struct CompanyKeys {
    private var numbering = KeyNumbering(ApplicationKey.company)

    mutating func key(_ name: String) -> String {
        let id = numbering.id(name)
        return numbering.keys[id]
    }
}
