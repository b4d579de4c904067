/// The practice-question list: questions merged across entries, in practice order (DESIGN 6).
///
/// Questions the candidate asked the interviewer (`askedThem`) are never included.
public struct PracticeList: Sendable, Hashable {
    /// Questions in practice order.
    public var questions: [PracticeQuestion]
    /// How many entries the list was built from.
    public var entryCount: Int
    /// How many questions there were before `difficultOnly`/`limit` cut the list.
    public var totalCount: Int

    /// Questions sharing a tag, for output grouped by topic.
    public struct TagGroup: Sendable, Hashable, Encodable {
        /// The tag, or nil for questions without one ("untagged").
        public var tag: String?
        public var questions: [PracticeQuestion]

        public init(tag: String?, questions: [PracticeQuestion]) {
            self.tag = tag
            self.questions = questions
        }

        enum CodingKeys: String, CodingKey { case tag, questions }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(tag, forKey: .tag)
            try c.encode(questions, forKey: .questions)
        }
    }

    public init(questions: [PracticeQuestion], entryCount: Int, totalCount: Int? = nil) {
        self.questions = questions
        self.entryCount = entryCount
        self.totalCount = totalCount ?? questions.count
    }

    /// Merges the questions of `entries` (already filtered).
    public init(entries: [Entry]) {
        // Occurrences point into `entries` instead of copying every question; texts are
        // keyed by their bytes (`ByteKey`), entries and companies by number.
        struct Occurrence {
            var entry: Int32
            var question: Int32
            /// Sort key: the day, then the location (path as its rank among the entries' paths).
            var day: CalendarDay?
            var pathRank: Int32
            var line: Int32
            var column: Int32
        }
        var groups: [[Occurrence]] = []
        var groupOfKey: [ByteKey: Int] = [:]
        var groupOfText: [ByteKey: Int] = [:]  // the same wording is keyed once
        var keys: [String] = []
        // Columns of the entries, so that reading one field never copies a whole entry.
        let questionsOf = entries.map(\.questions)
        let dayOf = entries.map { $0.date?.value }
        let companyOf = entries.map(\.companyName)
        var companyIDs: [ByteKey: Int] = [:]
        let companyIDOf = companyOf.map { name -> Int in
            let key = ByteKey(name.lowercased())
            if let id = companyIDs[key] { return id }
            companyIDs[key] = companyIDs.count
            return companyIDs.count - 1
        }
        var pathRankOf = [Int32](repeating: 0, count: entries.count)
        for (rank, e) in entries.indices.sorted(by: { entries[$0].path < entries[$1].path }).enumerated() { pathRankOf[e] = Int32(rank) }
        var companyKeys = [String](repeating: "", count: companyIDs.count)
        for (key, id) in companyIDs { companyKeys[id] = key.string }
        for (e, questions) in questionsOf.enumerated() {
            for (q, question) in questions.enumerated() {
                let text = ByteKey(question.text)
                let group: Int
                if let known = groupOfText[text] {
                    group = known
                } else {
                    let key = ByteKey(PracticeList.mergeKey(question.text))
                    if let known = groupOfKey[key] { group = known } else {
                        group = groups.count
                        groupOfKey[key] = group
                        groups.append([])
                        keys.append(key.string)
                    }
                    groupOfText[text] = group
                }
                groups[group].append(Occurrence(entry: Int32(e), question: Int32(q), day: dayOf[e], pathRank: pathRankOf[e],
                                                line: Int32(clamping: question.location.line), column: Int32(clamping: question.location.column)))
            }
        }
        var merged: [PracticeQuestion] = []
        merged.reserveCapacity(groups.count)
        for (group, unsorted) in groups.enumerated() {
            let occurrences = unsorted.sorted { a, b in
                if a.day != b.day { return Wording.isEarlier(a.day, than: b.day) }
                return (a.pathRank, a.line, a.column) < (b.pathRank, b.line, b.column)
            }
            // One pass over the occurrences; each question is read once.
            var texts: [(text: String, day: CalendarDay?)] = []
            texts.reserveCapacity(occurrences.count)
            var tags: Set<String> = []
            var difficult = false
            var entriesSeen: Set<Int> = []
            var companyNames: [Int: [(text: String, day: CalendarDay?)]] = [:]
            // Notes: difficulty notes first, then answer notes; each text once, and once
            // per normalised wording.
            var seenTexts: Set<ByteKey> = []
            var seenKeys: Set<ByteKey> = []
            var difficultyNotes: [String] = []
            var answerNotes: [String] = []
            func keep(_ note: String, in list: inout [String]) {
                let text = note.trimmingSpaces()
                guard !text.isEmpty, seenTexts.insert(ByteKey(text)).inserted else { return }
                let normalized = QuestionKey.normalize(text)
                guard seenKeys.insert(ByteKey(normalized.isEmpty ? text : normalized)).inserted else { return }
                list.append(text)
            }
            for occurrence in occurrences {
                let e = Int(occurrence.entry), q = Int(occurrence.question)
                texts.append((questionsOf[e][q].text, occurrence.day))
                for note in questionsOf[e][q].difficultyNotes { keep(note, in: &difficultyNotes) }
                if !questionsOf[e][q].tags.isEmpty { tags.formUnion(questionsOf[e][q].tags) }
                difficult = difficult || questionsOf[e][q].difficult
                entriesSeen.insert(e)
                companyNames[companyIDOf[e], default: []].append((companyOf[e], occurrence.day))
            }
            // Answer notes come after every difficulty note; a note already kept as a
            // difficulty note is not repeated.
            for occurrence in occurrences {
                for note in questionsOf[Int(occurrence.entry)][Int(occurrence.question)].notes { keep(note, in: &answerNotes) }
            }
            // One spelling per company (ignoring case): the most common, ties to the latest.
            let companies = companyNames.map { (key: companyKeys[$0.key], value: Wording.mostCommon($0.value)) }
            merged.append(PracticeQuestion(
                text: Wording.mostCommon(texts),
                key: keys[group],
                count: entriesSeen.count,
                companies: companies.sorted { ($0.key, $0.value) < ($1.key, $1.value) }.map(\.value),
                difficult: difficult,
                notes: difficultyNotes + answerNotes,
                tags: tags.subtracting(TagScanner.difficultTags).sorted(),
                lastAsked: occurrences.compactMap(\.day).max(),
                sources: occurrences.map { questionsOf[Int($0.entry)][Int($0.question)].location }))
        }
        merged.sort(by: PracticeQuestion.practiceOrder)
        self.init(questions: merged, entryCount: entries.count)
    }

    /// The list cut to difficult questions and/or the first `limit` questions.
    public func limited(difficultOnly: Bool = false, limit: Int? = nil) -> PracticeList {
        var kept = difficultOnly ? questions.filter(\.difficult) : questions
        if let limit, kept.count > limit { kept = Array(kept.prefix(max(0, limit))) }
        return PracticeList(questions: kept, entryCount: entryCount, totalCount: totalCount)
    }

    /// How many of the questions are difficult.
    public var difficultCount: Int { questions.filter(\.difficult).count }

    /// The questions grouped by their first tag. Groups come in practice order (the group
    /// holding the most urgent question first), questions in practice order within a group,
    /// and untagged questions last.
    public var byTag: [TagGroup] {
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

    /// The key that near-identical wordings of a question share: `QuestionKey.loose`
    /// (case, punctuation, tags, articles and filler words ignored) after expanding
    /// English contractions ("what's" = "what is", "don't" = "do not").
    public static func mergeKey(_ text: String) -> String {
        let expanded = expandContractions(text)
        let loose = QuestionKey.loose(expanded)
        if !loose.isEmpty { return loose }
        let normalized = QuestionKey.normalize(expanded)
        return normalized.isEmpty ? text.trimmingSpaces().lowercased() : normalized
    }

    static func expandContractions(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "'" || $0 == "\u{2019}" }) else { return text }
        var t = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        let isWords = ["what", "that", "it", "there", "here", "who", "how", "where", "when", "why", "he", "she"]
        for word in isWords { t = t.replacingOccurrences(of: "\\b\(word)'s\\b", with: "\(word) is", options: .regularExpression) }
        let replacements = [("won't", "will not"), ("can't", "cannot"), ("let's", "let us"), ("n't", " not"),
                            ("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'m", " am"), ("'d", " would")]
        for (from, to) in replacements { t = t.replacingOccurrences(of: from, with: to) }
        return t
    }
}
