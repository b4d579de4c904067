/// The numbers behind the HTML report's activity charts: interviews per week and the
/// most frequent question tags.
package struct ReportCharts: Sendable, Hashable {
    /// Interviews in one ISO week.
    package struct Week: Sendable, Hashable {
        /// The Monday that starts the week.
        package var start: CalendarDay
        package var interviews: Int

        package init(start: CalendarDay, interviews: Int) {
            self.start = start
            self.interviews = interviews
        }
    }

    /// A question tag and how often questions carrying it were asked.
    package struct TagCount: Sendable, Hashable {
        package var tag: String
        /// Interviews that asked a question with the tag, summed over its questions.
        package var asked: Int
        /// Distinct questions with the tag.
        package var questions: Int
        /// Of those, how many are marked difficult.
        package var difficult: Int

        package init(tag: String, asked: Int, questions: Int, difficult: Int) {
            self.tag = tag
            self.asked = asked
            self.questions = questions
            self.difficult = difficult
        }
    }

    /// Every week from the first dated interview to the last, empty weeks included.
    package var weeks: [Week]
    /// Interviews without a date (left out of `weeks`).
    package var undated: Int
    /// The most frequent question tags: most asked first, then by name.
    package var topTags: [TagCount]

    /// How many tags `topTags` keeps.
    package static let tagLimit = 10

    package init(weeks: [Week], undated: Int, topTags: [TagCount]) {
        self.weeks = weeks
        self.undated = undated
        self.topTags = topTags
    }

    /// The charts of `entries` (already filtered) and their merged `practice` questions.
    package init(entries: [Entry], practice: PracticeList) {
        let days = entries.map { $0.date?.value }
        self.init(weeks: ReportCharts.weeks(days.compactMap { $0 }),
                  undated: days.filter { $0 == nil }.count,
                  topTags: ReportCharts.tagCounts(practice.questions, limit: ReportCharts.tagLimit))
    }

    /// Interviews per ISO week (weeks start on Monday), from the week of the earliest day
    /// to the week of the latest, with a zero for each week in between without one.
    /// Days far from the others (`DateSpan`: a typo in the year) are left out: the chart
    /// covers the data's real span, never centuries of empty weeks.
    package static func weeks(_ all: [CalendarDay]) -> [Week] {
        let span = DateSpan(all)
        let days = all.filter { !span.isFar($0) }
        guard let first = days.min()?.startOfWeek, let last = days.max()?.startOfWeek else { return [] }
        var counts: [CalendarDay: Int] = [:]
        for day in days { counts[day.startOfWeek, default: 0] += 1 }
        return stride(from: 0, through: last.days(since: first), by: 7).map { offset in
            let start = first.adding(days: offset)
            return Week(start: start, interviews: counts[start] ?? 0)
        }
    }

    /// Tags of `questions` by how often their questions were asked (most first, ties by
    /// name), at most `limit` of them.
    package static func tagCounts(_ questions: [PracticeQuestion], limit: Int) -> [TagCount] {
        var byTag: [String: TagCount] = [:]
        for question in questions {
            for tag in Set(question.tags) {
                var count = byTag[tag] ?? TagCount(tag: tag, asked: 0, questions: 0, difficult: 0)
                count.asked += question.count
                count.questions += 1
                if question.difficult { count.difficult += 1 }
                byTag[tag] = count
            }
        }
        let sorted = byTag.values.sorted { a, b in
            if a.asked != b.asked { return a.asked > b.asked }
            if a.questions != b.questions { return a.questions > b.questions }
            return a.tag < b.tag
        }
        return Array(sorted.prefix(max(0, limit)))
    }
}
