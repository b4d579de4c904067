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
        // Occurrences point into `entries` instead of copying every question.
        struct Occurrence {
            var entry: Int
            var question: Int
            var day: CalendarDay?
            var location: SourceLocation
        }
        var groups: [String: [Occurrence]] = [:]
        var keys: [String: String] = [:]  // the same wording is keyed once
        // Columns of the entries, so that reading one field never copies a whole entry.
        let questionsOf = entries.map(\.questions)
        let companyOf = entries.map(\.companyName)
        let companyKeyOf = companyOf.map { $0.lowercased() }
        let pathOf = entries.map(\.path)
        for (e, entry) in entries.enumerated() {
            for (q, question) in entry.questions.enumerated() {
                let key = keys[question.text] ?? PracticeList.mergeKey(question.text)
                keys[question.text] = key
                groups[key, default: []].append(Occurrence(entry: e, question: q, day: entry.date?.value, location: question.location))
            }
        }
        var merged: [PracticeQuestion] = []
        merged.reserveCapacity(groups.count)
        for (key, unsorted) in groups {
            let occurrences = unsorted.sorted { a, b in
                if a.day != b.day { return Wording.isEarlier(a.day, than: b.day) }
                return a.location < b.location
            }
            // One pass over the occurrences; each question is read once.
            var texts: [(text: String, day: CalendarDay?)] = []
            texts.reserveCapacity(occurrences.count)
            var difficultyNotes: [String] = []
            var answerNotes: [String] = []
            var tags: Set<String> = []
            var difficult = false
            var paths: Set<String> = []
            var companyNames: [String: [(text: String, day: CalendarDay?)]] = [:]
            for occurrence in occurrences {
                let q = questionsOf[occurrence.entry][occurrence.question]
                texts.append((q.text, occurrence.day))
                difficultyNotes += q.difficultyNotes
                answerNotes += q.notes
                if !q.tags.isEmpty { tags.formUnion(q.tags) }
                difficult = difficult || q.difficult
                paths.insert(pathOf[occurrence.entry])
                let company = companyOf[occurrence.entry]
                companyNames[companyKeyOf[occurrence.entry], default: []].append((company, occurrence.day))
            }
            // One spelling per company (ignoring case): the most common, ties to the latest.
            let companies = companyNames.mapValues { Wording.mostCommon($0) }
            var notes: [String] = []
            var seenTexts: Set<String> = []
            var seenKeys: Set<String> = []
            for note in difficultyNotes + answerNotes {
                let text = note.trimmingSpaces()
                guard !text.isEmpty, seenTexts.insert(text).inserted else { continue }
                let normalized = QuestionKey.normalize(text)
                guard seenKeys.insert(normalized.isEmpty ? text : normalized).inserted else { continue }
                notes.append(text)
            }
            merged.append(PracticeQuestion(
                text: Wording.mostCommon(texts),
                key: key,
                count: paths.count,
                companies: companies.sorted { ($0.key, $0.value) < ($1.key, $1.value) }.map(\.value),
                difficult: difficult,
                notes: notes,
                tags: tags.subtracting(TagScanner.difficultTags).sorted(),
                lastAsked: occurrences.compactMap(\.day).max(),
                sources: occurrences.map(\.location)))
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
