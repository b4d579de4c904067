/// The practice-question list: questions merged across entries, in practice order (DESIGN 6).
///
/// Questions the candidate asked the interviewer (`askedThem`) are never included.
package struct PracticeList: Sendable, Hashable {
    /// Questions in practice order.
    package var questions: [PracticeQuestion]
    /// How many entries the list was built from.
    package var entryCount: Int
    /// How many questions there were before `difficultOnly`/`limit` cut the list.
    package var totalCount: Int
    /// Questions of question banks that no interview asked: practice material "to prepare",
    /// never counted as asked (see `PracticeList.banks`).
    package var toPrepare: [PracticeQuestion] = []

    /// Questions sharing a tag, for output grouped by topic.
    package struct TagGroup: Sendable, Hashable, Encodable {
        /// The tag, or nil for questions without one ("untagged").
        @NullWhenAbsent package var tag: String?
        package var questions: [PracticeQuestion]

        package init(tag: String?, questions: [PracticeQuestion]) {
            self.tag = tag
            self.questions = questions
        }

        enum CodingKeys: String, CodingKey { case tag, questions }
    }

    package init(questions: [PracticeQuestion], entryCount: Int, totalCount: Int? = nil) {
        self.questions = questions
        self.entryCount = entryCount
        self.totalCount = totalCount ?? questions.count
    }

    /// Merges the questions of `entries` (already filtered).
    ///
    /// One pass in interview order (by day, undated last, then path; questions by
    /// position) builds every merged question as it goes, so nothing is sorted per
    /// question and no question is copied. Texts are numbered by their bytes
    /// (`ByteKey`) the first time they are seen, so that each distinct wording, note,
    /// tag and company spelling is trimmed, normalised and keyed only once; the
    /// occurrences themselves are counted by number.
    package init(entries: [Entry]) {
        if entries.allSatisfy(\.isInterview) {
            self.init(entries: entries, order: InterviewOrder.entries(entries))
        } else {
            self = PracticeList.split(entries)
        }
    }

    /// `init(entries:)` with `InterviewOrder.entries(entries)` made by the caller.
    init(entries: [Entry], order: [Int]) {
        var tables = Tables()
        var merging: [Merging] = []
        var keys: [String] = []
        var groupOfKey: [ByteKey: Int] = [:]
        for e in order {
            let questions = entries[e].questions
            guard !questions.isEmpty else { continue }
            let day = entries[e].date?.value
            let company = tables.company(entries[e].companyName)
            for q in InterviewOrder.positions(questions.map { ($0.location.line, $0.location.column) }) {
                let wording = tables.wording(questions[q].text) { text in
                    let key = ByteKey(QuestionKey.merge(text))
                    if let known = groupOfKey[key] { return known }
                    groupOfKey[key] = merging.count
                    merging.append(Merging())
                    keys.append(key.string)
                    return merging.count - 1
                }
                let group = tables.groupOfWording[wording]
                merging[group].add(questions, q, entry: e, day: day, wording: wording, company: company, tables: &tables)
            }
        }
        var merged: [PracticeQuestion] = []
        merged.reserveCapacity(merging.count)
        for group in merging.indices {
            merged.append(merging[group].finished(key: keys[group], tables: tables))
        }
        self.init(questions: PracticeQuestion.inPracticeOrder(merged), entryCount: entries.count)
    }

    /// Numbers for the texts of a merge: each distinct text is keyed (hashed by its bytes)
    /// and prepared once, whatever the number of questions that repeat it.
    private struct Tables {
        var wordingOfText: [ByteKey: Int] = [:]
        /// Per wording: its merged question, its trimmed text, and how often it was asked and when last.
        var groupOfWording: [Int] = []
        var trimmedWording: [ByteKey] = []
        var wordingTally: [Wording.Tally] = []

        var noteOfText: [ByteKey: Int] = [:]
        /// Per note: the trimmed text (empty notes are never kept), and the numbers of
        /// the trimmed text and of its normalised form, which notes are told apart by.
        var noteText: [String] = []
        var noteTrimmed: [Int] = []
        var noteKey: [Int] = []
        var trimmedNoteIDs: [ByteKey: Int] = [:]
        var noteKeyIDs: [ByteKey: Int] = [:]

        var tagOfText: [ByteKey: Int] = [:]
        var tagText: [String] = []

        var spellingOfCompany: [ByteKey: Int] = [:]
        /// Per company spelling: its key ignoring case, and the trimmed spelling.
        var companyOfSpelling: [Int] = []
        var trimmedSpelling: [ByteKey] = []
        var companyIDs: [ByteKey: Int] = [:]
        var companyKeys: [String] = []

        mutating func wording(_ text: String, group: (String) -> Int) -> Int {
            let bytes = ByteKey(text)
            if let id = wordingOfText[bytes] { return id }
            let id = groupOfWording.count
            wordingOfText[bytes] = id
            groupOfWording.append(group(text))
            trimmedWording.append(ByteKey(text.trimmingSpaces()))
            wordingTally.append(Wording.Tally())
            return id
        }

        mutating func note(_ raw: String) -> Int {
            let bytes = ByteKey(raw)
            if let id = noteOfText[bytes] { return id }
            let id = noteText.count
            noteOfText[bytes] = id
            let text = raw.trimmingSpaces()
            let normalized = text.isEmpty ? "" : QuestionKey.normalize(text)
            noteText.append(text)
            noteTrimmed.append(Tables.number(ByteKey(text), in: &trimmedNoteIDs))
            noteKey.append(Tables.number(ByteKey(normalized.isEmpty ? text : normalized), in: &noteKeyIDs))
            return id
        }

        mutating func tag(_ raw: String) -> Int {
            let bytes = ByteKey(raw)
            if let id = tagOfText[bytes] { return id }
            tagOfText[bytes] = tagText.count
            tagText.append(raw)
            return tagText.count - 1
        }

        mutating func company(_ name: String) -> Int {
            let bytes = ByteKey(name)
            if let id = spellingOfCompany[bytes] { return id }
            let id = companyOfSpelling.count
            spellingOfCompany[bytes] = id
            let key = ByteKey(ApplicationKey.company(name))
            companyOfSpelling.append(Tables.number(key, in: &companyIDs))
            if companyOfSpelling[id] == companyKeys.count { companyKeys.append(key.string) }
            trimmedSpelling.append(ByteKey(name.trimmingSpaces()))
            return id
        }

        static func number(_ key: ByteKey, in ids: inout [ByteKey: Int]) -> Int {
            if let id = ids[key] { return id }
            ids[key] = ids.count
            return ids.count - 1
        }
    }

    /// One merged question while its occurrences are added in interview order.
    private struct Merging {
        var wordings: [Int] = []
        var count = 0
        var lastEntry = -1
        var difficult = false
        var tags: [Int] = []
        var seenTags: Set<Int> = []
        /// Spellings of the companies that asked it, with how often and when last.
        var companies: [Int: Wording.Tally] = [:]
        var lastAsked: CalendarDay?
        var firstAsked: CalendarDay?
        var rounds: [String] = []
        var sources: [SourceLocation] = []
        /// Notes: difficulty notes first, then answer notes; each text once, and once per
        /// normalised wording. Difficulty notes are kept as they come; answer notes wait
        /// for the end, when every difficulty note is known.
        var notes: [String] = []
        var seenTexts: Set<Int> = []
        var seenKeys: Set<Int> = []
        var seenDifficultyNotes: Set<Int> = []
        var answerNotes: [Int] = []
        var seenAnswerNotes: Set<Int> = []

        /// Adds `questions[q]`, asked in entry number `entry`. (Indexing reads one field at a
        /// time; passing the question itself would copy it.)
        mutating func add(_ questions: [Question], _ q: Int, entry: Int, day: CalendarDay?, wording: Int, company: Int, tables: inout Tables) {
            if tables.wordingTally[wording].count == 0 { wordings.append(wording) }
            tables.wordingTally[wording].add(day, count: 1)
            if entry != lastEntry {
                count += 1
                lastEntry = entry
            }
            difficult = difficult || questions[q].difficult
            for tag in questions[q].tags {
                let id = tables.tag(tag)
                if seenTags.insert(id).inserted { tags.append(id) }
            }
            companies[company, default: Wording.Tally()].add(day, count: 1)
            if Wording.isLater(day, than: lastAsked) { lastAsked = day }
            if let day, firstAsked.map({ day < $0 }) ?? true { firstAsked = day }
            if let round = questions[q].round, !rounds.contains(round) { rounds.append(round) }
            sources.append(questions[q].location)
            for note in questions[q].difficultyNotes {
                let id = tables.note(note)
                if seenDifficultyNotes.insert(id).inserted { keep(id, tables) }
            }
            for note in questions[q].notes {
                let id = tables.note(note)
                if seenAnswerNotes.insert(id).inserted { answerNotes.append(id) }
            }
        }

        mutating func keep(_ note: Int, _ tables: Tables) {
            guard !tables.noteText[note].isEmpty, seenTexts.insert(tables.noteTrimmed[note]).inserted,
                  seenKeys.insert(tables.noteKey[note]).inserted else { return }
            notes.append(tables.noteText[note])
        }

        /// The merged question, once every occurrence is added.
        mutating func finished(key: String, tables: Tables) -> PracticeQuestion {
            for note in answerNotes { keep(note, tables) }
            var texts: [ByteKey: Wording.Tally] = [:]
            for wording in wordings { texts[tables.trimmedWording[wording], default: Wording.Tally()].add(tables.wordingTally[wording]) }
            // One spelling per company (ignoring case): the most common, ties to the latest.
            var spellings: [Int: [ByteKey: Wording.Tally]] = [:]
            for (spelling, tally) in companies {
                spellings[tables.companyOfSpelling[spelling], default: [:]][tables.trimmedSpelling[spelling], default: Wording.Tally()].add(tally)
            }
            let companyNames = spellings.map { (key: tables.companyKeys[$0.key], value: Wording.mostCommon(tallied: $0.value)) }
            // Tags as a set of strings, filled in first-seen order like the set it replaces.
            var tagSet: Set<String> = []
            for tag in tags { tagSet.insert(tables.tagText[tag]) }
            var question = PracticeQuestion(
                text: Wording.mostCommon(tallied: texts),
                key: key,
                count: count,
                companies: companyNames.sorted { ($0.key, $0.value) < ($1.key, $1.value) }.map(\.value),
                difficult: difficult,
                notes: notes,
                tags: tagSet.subtracting(TagScanner.difficultTags).sorted(),
                lastAsked: lastAsked,
                sources: sources)
            question.firstAsked = firstAsked
            question.rounds = rounds
            return question
        }
    }

    /// The list cut to difficult questions and/or the first `limit` questions.
    package func limited(difficultOnly: Bool = false, limit: Int? = nil) -> PracticeList {
        var kept = difficultOnly ? questions.filter(\.difficult) : questions
        if let limit, kept.count > limit { kept = Array(kept.prefix(max(0, limit))) }
        var list = PracticeList(questions: kept, entryCount: entryCount, totalCount: totalCount)
        if !difficultOnly { list.toPrepare = toPrepare }
        return list
    }

    /// How many of the questions are difficult.
    package var difficultCount: Int { questions.filter(\.difficult).count }

    /// The questions grouped by their first tag. Groups come in practice order (the group
    /// holding the most urgent question first), questions in practice order within a group,
    /// and untagged questions last.
    package var byTag: [TagGroup] {
        var groups: [TagGroup] = []
        var index: [String: Int] = [:]
        var untagged: [PracticeQuestion] = []
        for question in questions {
            guard let tag = question.primaryTag else { untagged.append(question); continue }
            if let i = index[tag] { groups[i].questions.append(question) }
            else {
                index[tag] = groups.count
                groups.append(TagGroup(tag: tag, questions: [question]))
            }
        }
        if !untagged.isEmpty { groups.append(TagGroup(tag: nil, questions: untagged)) }
        return groups
    }
}
