/// Where a value of an entry came from.
public enum Provenance: String, Sendable, Hashable, Codable {
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
public struct Sourced<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    public var value: Value
    public var source: Provenance

    public init(_ value: Value, from source: Provenance) {
        self.value = value
        self.source = source
    }
}

/// A person who interviewed the candidate.
public struct Interviewer: Sendable, Hashable, Codable {
    public var name: String
    public var title: String?
    public var email: String?
    public var linkedin: String?
    public var connected: Bool

    public init(name: String, title: String? = nil, email: String? = nil, linkedin: String? = nil, connected: Bool = false) {
        self.name = name
        self.title = title
        self.email = email
        self.linkedin = linkedin
        self.connected = connected
    }

    /// The first name, for friendly messages ("Send Dana a thank-you note").
    public var firstName: String {
        String(name.split(separator: " ").first ?? Substring(name))
    }
}

/// A date, or a plain "yes" without a date (`thank_you: true`).
public struct DoneMark: Sendable, Hashable, Codable {
    public var done: Bool
    public var day: CalendarDay?

    public init(done: Bool, day: CalendarDay? = nil) {
        self.done = done
        self.day = day
    }
}

/// A piece of text from the body (a list item or a paragraph) with its position.
public struct TextItem: Sendable, Hashable, Codable {
    public var text: String
    public var location: SourceLocation

    public init(_ text: String, at location: SourceLocation) {
        self.text = text
        self.location = location
    }
}

/// A question the candidate was asked.
public struct Question: Sendable, Hashable, Codable {
    /// The first line of the item's first paragraph: inline code kept, tags removed.
    public var text: String
    /// Further lines and nested blocks: the candidate's notes on the answer.
    public var notes: [String]
    /// Text of "difficult answers" items that name this question.
    public var difficultyNotes: [String]
    public var tags: [String]
    public var difficult: Bool
    /// The round heading the question was found under, if any.
    public var round: String?
    public var location: SourceLocation
    /// Why extraction read this as a question: the section, the shape and the cues
    /// (`journal check --explain` shows the same reasons line by line).
    public var why: [String]

    enum CodingKeys: String, CodingKey {
        case text, notes
        case difficultyNotes = "difficulty_notes"
        case tags, difficult, round, location, why
    }

    public init(text: String, notes: [String] = [], difficultyNotes: [String] = [], tags: [String] = [],
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
public struct NextStep: Sendable, Hashable, Codable {
    public enum State: String, Sendable, Hashable, Codable {
        case open, done, cancelled
    }

    public var text: String
    public var state: State
    public var due: CalendarDay?
    public var location: SourceLocation

    public init(text: String, state: State, due: CalendarDay? = nil, location: SourceLocation) {
        self.text = text
        self.state = state
        self.due = due
        self.location = location
    }
}

/// One interview: the front-matter and everything extracted from the body.
public struct Entry: Sendable, Hashable, Codable {
    /// Path relative to the journal root, with `/` separators.
    public var path: String
    public var title: Sourced<String>
    public var company: Sourced<String>?
    public var role: String?
    public var date: Sourced<CalendarDay>?
    /// The time of day as written (`10:00:00-05:00`), when the date had one.
    public var time: String?
    public var stage: Stage?
    public var round: Int?
    public var interviewers: [Interviewer]
    public var decisionBy: CalendarDay?
    public var thankYou: DoneMark?
    public var followUps: [CalendarDay]
    public var refereesNotified: DoneMark?
    public var outcome: Outcome?
    public var fit: Int?
    /// Interview, question bank or template; where it came from is `inferred["kind"]`.
    public var kind: EntryKind
    /// Where the values of `stage`, `outcome` and `kind` came from when the front-matter did
    /// not state them (company and date carry their own source).
    public var inferred: [String: Provenance]
    /// Front-matter tags and `#tags` of the body, lowercased, sorted, unique.
    public var tags: [String]
    /// Front-matter keys `journal` does not know, kept as written.
    public var extra: [String: JSONValue]

    public var questions: [Question]
    /// Questions the candidate asked the interviewer (never practice questions).
    public var askedThem: [TextItem]
    public var nextSteps: [NextStep]
    public var wentWell: [TextItem]
    public var toImprove: [TextItem]
    /// Paragraphs of a reflection section that are neither went-well nor to-improve items.
    public var reflection: [TextItem]
    public var feedback: [TextItem]
    public var offer: [TextItem]
    /// Line of the front-matter key or heading that each known field came from (for messages).
    public var fieldLines: [String: Int]

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

    public init(path: String, title: Sourced<String>) {
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
    public var isInterview: Bool { kind == .interview }

    /// The company, or the title when no company is known.
    public var companyName: String { company?.value ?? title.value }

    /// The location of the entry itself (line 1) or of a field when known.
    public func location(of field: String? = nil) -> SourceLocation {
        SourceLocation(path: path, line: field.flatMap { fieldLines[$0] } ?? 1, column: 1)
    }
}
