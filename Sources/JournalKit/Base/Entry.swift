/// Where a value of an entry came from.
package enum Provenance: String, Sendable, Hashable, Codable {
    case frontMatter = "front-matter"
    case fileName = "file-name"
    case folderName = "folder-name"
    case heading = "first-heading"
    case title = "title"
    case gitCommit = "git-first-commit"
    /// A heading inside the note other than the first ("## Round 1 (Dec 31, 2025)", "## Verdict").
    case sectionHeading = "section-heading"
    /// The text of the note: a `Date:` line, prose near the top, the closing lines.
    case body = "body"
    /// A folder of the path (`2024/03-14/`, `Acme (Selected)/`).
    case folderPath = "folder-path"
    /// Nothing in the note said otherwise (an entry is an interview unless it looks like something else).
    case assumed = "default"
}

/// A value together with where it came from.
package struct Sourced<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    package var value: Value
    package var source: Provenance

    package init(_ value: Value, from source: Provenance) {
        self.value = value
        self.source = source
    }
}

/// A person who interviewed the candidate.
package struct Interviewer: Sendable, Hashable, Codable {
    package var name: String
    package var title: String?
    package var email: String?
    package var linkedin: String?
    package var connected: Bool

    package init(name: String, title: String? = nil, email: String? = nil, linkedin: String? = nil, connected: Bool = false) {
        self.name = name
        self.title = title
        self.email = email
        self.linkedin = linkedin
        self.connected = connected
    }

    /// The first name, for friendly messages ("Send Dana a thank-you note").
    package var firstName: String {
        String(name.split(separator: " ").first ?? Substring(name))
    }
}

/// A date, or a plain "yes" without a date (`thank_you: true`).
package struct DoneMark: Sendable, Hashable, Codable {
    package var done: Bool
    package var day: CalendarDay?

    package init(done: Bool, day: CalendarDay? = nil) {
        self.done = done
        self.day = day
    }
}

/// A piece of text from the body (a list item or a paragraph) with its position.
package struct TextItem: Sendable, Hashable, Codable {
    package var text: String
    package var location: SourceLocation

    package init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A question the candidate was asked.
package struct Question: Sendable, Hashable, Codable {
    /// The first line of the item's first paragraph: inline code kept, tags removed.
    package var text: String
    /// Further lines and nested blocks: the candidate's notes on the answer.
    package var notes: [String]
    /// Text of "difficult answers" items that name this question.
    package var difficultyNotes: [String]
    package var tags: [String]
    package var difficult: Bool
    /// The round heading the question was found under, if any.
    package var round: String?
    package var location: SourceLocation
    /// Why extraction read this as a question: the section, the shape and the cues
    /// (`journal check --explain` shows the same reasons line by line).
    package var why: [String]

    enum CodingKeys: String, CodingKey {
        case text, notes
        case difficultyNotes = "difficulty_notes"
        case tags, difficult, round, location, why
    }

    package init(text: String, notes: [String] = [], difficultyNotes: [String] = [], tags: [String] = [],
                difficult: Bool = false, round: String? = nil, location: SourceLocation, why: [String] = []) {
        self.why = why
        self.text = text
        self.notes = notes
        self.difficultyNotes = difficultyNotes
        self.tags = tags
        self.difficult = difficult
        self.round = round
        self.location = location
    }
}

/// An item of a next-steps section.
package struct NextStep: Sendable, Hashable, Codable {
    package enum State: String, Sendable, Hashable, Codable {
        case open, done, cancelled
    }

    package var text: String
    package var state: State
    package var due: CalendarDay?
    package var location: SourceLocation

    package init(text: String, state: State, due: CalendarDay? = nil, location: SourceLocation) {
        self.text = text
        self.state = state
        self.due = due
        self.location = location
    }
}

/// One interview: the front-matter and everything extracted from the body.
package struct Entry: Sendable, Hashable, Codable {
    /// Path relative to the journal root, with `/` separators.
    package var path: String
    package var title: Sourced<String>
    package var company: Sourced<String>?
    package var role: String?
    package var date: Sourced<CalendarDay>?
    /// The time of day as written (`10:00:00-05:00`), when the date had one.
    package var time: String?
    package var stage: Stage?
    package var round: Int?
    package var interviewers: [Interviewer]
    package var decisionBy: CalendarDay?
    package var thankYou: DoneMark?
    package var followUps: [CalendarDay]
    package var refereesNotified: DoneMark?
    package var outcome: Outcome?
    package var fit: Int?
    /// Interview, question bank or template; where it came from is `inferred["kind"]`.
    package var kind: EntryKind
    /// Where the values of `stage`, `outcome` and `kind` came from when the front-matter did
    /// not state them (company and date carry their own source).
    package var inferred: [String: Provenance]
    /// Front-matter tags and `#tags` of the body, lowercased, sorted, unique.
    package var tags: [String]
    /// Front-matter keys `journal` does not know, kept as written.
    package var extra: [String: JSONValue]

    package var questions: [Question]
    /// Questions the candidate asked the interviewer (never practice questions).
    package var askedThem: [TextItem]
    package var nextSteps: [NextStep]
    package var wentWell: [TextItem]
    package var toImprove: [TextItem]
    /// Paragraphs of a reflection section that are neither went-well nor to-improve items.
    package var reflection: [TextItem]
    package var feedback: [TextItem]
    package var offer: [TextItem]
    /// Line of the front-matter key or heading that each known field came from (for messages).
    package var fieldLines: [String: Int]

    enum CodingKeys: String, CodingKey {
        case path, title, company, role, date, time, stage, round, interviewers
        case decisionBy = "decision_by"
        case thankYou = "thank_you"
        case followUps = "follow_ups"
        case refereesNotified = "referees_notified"
        case outcome, fit, kind, inferred, tags, extra, questions
        case askedThem = "asked_them"
        case nextSteps = "next_steps"
        case wentWell = "went_well"
        case toImprove = "to_improve"
        case reflection, feedback, offer
        case fieldLines = "field_lines"
    }

    package init(path: String, title: Sourced<String>) {
        self.path = path
        self.title = title
        self.interviewers = []
        self.kind = .interview
        self.inferred = [:]
        self.followUps = []
        self.tags = []
        self.extra = [:]
        self.questions = []
        self.askedThem = []
        self.nextSteps = []
        self.wentWell = []
        self.toImprove = []
        self.reflection = []
        self.feedback = []
        self.offer = []
        self.fieldLines = [:]
    }

    /// True for a write-up of an interview: the only kind that is an application.
    package var isInterview: Bool { kind == .interview }

    /// The company, or the title when no company is known.
    package var companyName: String { company?.value ?? title.value }

    /// The location of the entry itself (line 1) or of a field when known.
    package func location(of field: String? = nil) -> SourceLocation {
        SourceLocation(path: path, line: field.flatMap { fieldLines[$0] } ?? 1, column: 1)
    }
}
