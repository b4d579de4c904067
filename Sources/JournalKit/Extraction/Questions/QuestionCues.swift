/// The words by which the question classifier reads a candidate, per language: one line per
/// cue list, so adding a cue (or a language) is a one-line change. Phrases are written as
/// `SectionClassifier.normalize` leaves them (lowercase letters and digits, one space between
/// words); phrases in scripts without spaces (Chinese) are matched anywhere in the text.
struct QuestionCues: Sendable {
    /// Words that open a question: "What is…", "How would you…".
    var interrogatives: [String] = []
    /// Imperatives that set a task: "Design…", "Given an array…", "Tell me about…".
    var tasks: [String] = []
    /// Past-tense tasks written without a subject: "Implemented an LRU cache".
    var reportedTasks: [String] = []
    /// Phrases anywhere that make a prompt: "difference between", "walk me through".
    var prompts: [String] = []
    /// Reported speech; the text after the phrase is the question ("he asked me how…").
    var reported: [String] = []
    /// Reported speech that counts only as the first words of a candidate ("Asked to explain TLS."),
    /// not inside one ("…questions that need to be asked to achieve that").
    var reportedLeads: [String] = []
    /// What the candidate did, anywhere in a candidate that has no other cue ("…so I built a graph
    /// first"); not after a relative word ("OOP concepts and where I used them").
    var story: [String] = []
    /// Words that open a count or a vague description ("a simple programming question", "two DSA problems").
    var genericCounts: [String] = []
    /// Words for a question or problem: after a count and nothing naming it, a report asks nothing specific.
    var questionNouns: [String] = []
    /// Phrases that name the topic of questions ("questions on OOP"): a question in a round, not in prose.
    var topics: [String] = []
    /// Openings of narrative: "Started with…", "Then…", "I explained…".
    var narrative: [String] = []
    /// Phrases anywhere that mark narrative, logistics or a generic mention ("a few more questions").
    var narrativePhrases: [String] = []
    /// Words of a group label ("Technical questions", "Introduction"): a label holds questions, it is none.
    var groupWords: [String] = []
    /// A heading or lead that names a problem whose statement follows ("Problem statement", "Task").
    var problemLabels: [String] = []
    /// Numbered leads of a question paragraph: "Question 3:", "Problem 2 –".
    var numberedLeads: [String] = []
    /// Phrases in a question or its notes that say it went badly ("couldn't solve", "struggled").
    var difficulty: [String] = []
    /// Lowercase pieces without which a prose paragraph cannot report a question (checked on its
    /// bytes first, so that prose is not split into sentences for nothing).
    var proseTriggers: [String] = []
    /// Openings of a problem's set-up ("You're given an array…", "There are n houses…"): its next
    /// sentences, on the next lines, may go on stating it.
    var problemSetups: [String] = []
    /// Openings of a line that goes on stating a problem after its set-up ("Return the indices…").
    var problemGoesOn: [String] = []

    /// Every language's cues in one table; an English "had to <task>" ("had to merge", "had to
    /// describe") reports a task for each one-word task of the English list.
    static let all: QuestionCues = {
        var all = listed
        all.reported += english.tasks.filter { !$0.contains(" ") }.map { "had to " + $0 }
        return all
    }()

    private static let listed: QuestionCues = [english, chinese, spanish, portuguese, german].reduce(into: QuestionCues()) { all, language in
        all.interrogatives += language.interrogatives
        all.tasks += language.tasks
        all.reportedTasks += language.reportedTasks
        all.prompts += language.prompts
        all.reported += language.reported
        all.reportedLeads += language.reportedLeads
        all.story += language.story
        all.genericCounts += language.genericCounts
        all.questionNouns += language.questionNouns
        all.topics += language.topics
        all.narrative += language.narrative
        all.narrativePhrases += language.narrativePhrases
        all.groupWords += language.groupWords
        all.problemLabels += language.problemLabels
        all.numberedLeads += language.numberedLeads
        all.difficulty += language.difficulty
        all.problemSetups += language.problemSetups
        all.problemGoesOn += language.problemGoesOn
        all.proseTriggers += language.proseTriggers
    }
}
