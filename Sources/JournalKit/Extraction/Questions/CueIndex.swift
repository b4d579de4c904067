/// The cue phrases of `QuestionCues` indexed by their first word, so a candidate is matched
/// by looking up each of its words once rather than by trying every phrase.
struct CueIndex: Sendable {
    enum Kind: Int, Sendable, CaseIterable {
        case interrogative, task, reportedTask, prompt, reported, reportedLead, story, topic, narrative, narrativePhrase, problemLabel, difficulty
    }

    /// A cue found in a candidate: its kind, its phrase, and the word index where it starts and ends.
    struct Hit: Sendable {
        var kind: Kind
        var phrase: String
        var start: Int
        var end: Int
    }

    private var byFirstWord: [Substring: [(kind: Kind, words: [Substring], phrase: String)]] = [:]
    /// Phrases in scripts without spaces between words, matched anywhere.
    private var anywhere: [(kind: Kind, phrase: String)] = []
    /// `byFirstWord` looked up on bytes (`hits(in:)`, ByteCueTable.swift).
    private(set) var table = ByteCueTable([:])
    let groupWords: Set<Substring>
    let genericCounts: Set<Substring>
    let questionNouns: Set<Substring>

    static let shared = CueIndex(QuestionCues.all)

    init(_ cues: QuestionCues) {
        let lists: [(Kind, [String])] = [
            (.interrogative, cues.interrogatives), (.task, cues.tasks), (.reportedTask, cues.reportedTasks),
            (.prompt, cues.prompts), (.reported, cues.reported), (.reportedLead, cues.reportedLeads), (.story, cues.story), (.topic, cues.topics), (.narrative, cues.narrative),
            (.narrativePhrase, cues.narrativePhrases), (.problemLabel, cues.problemLabels), (.difficulty, cues.difficulty),
        ]
        for (kind, phrases) in lists {
            for phrase in phrases {
                let normalized = TextKey.normalize(phrase)
                if normalized.unicodeScalars.contains(where: { $0.value >= 0x2E80 }) {
                    anywhere.append((kind, normalized))
                    continue
                }
                let words = SectionClassifier.words(normalized)
                guard let first = words.first else { continue }
                byFirstWord[first, default: []].append((kind, words, normalized))
            }
        }
        // Longer phrases first: "asked me about" before "asked me".
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
        genericCounts = Set(cues.genericCounts.map { Substring($0) })
        questionNouns = Set(cues.questionNouns.map { Substring($0) })
        groupWords = Set(cues.groupWords.flatMap { SectionClassifier.words(TextKey.normalize($0)) }.map { Substring(String($0)) })
        table = ByteCueTable(byFirstWord)
    }

    /// Every cue in `words` (the words of `normalized`), the longest at each position.
    func hits(_ words: [Substring], normalized: String) -> [Hit] {
        var found: [Hit] = []
        for (i, word) in words.enumerated() {
            guard let candidates = byFirstWord[word] else { continue }
            var kinds: Set<Int> = []
            for candidate in candidates where !kinds.contains(candidate.kind.rawValue) {
                guard i + candidate.words.count <= words.count else { continue }
                var match = true
                for k in 1..<max(1, candidate.words.count) where words[i + k] != candidate.words[k] { match = false; break }
                if match {
                    kinds.insert(candidate.kind.rawValue)
                    found.append(Hit(kind: candidate.kind, phrase: candidate.phrase, start: i, end: i + candidate.words.count))
                }
            }
        }
        anywhereHits(normalized, into: &found)
        return found
    }

    /// The phrases in scripts without spaces that occur in `normalized`.
    func anywhereHits(_ normalized: String, into found: inout [Hit]) {
        if !anywhere.isEmpty, normalized.utf8.contains(where: { $0 >= 0xE2 }) {
            for (kind, phrase) in anywhere where normalized.includes(phrase) {
                let atStart = normalized.hasPrefix(phrase)
                found.append(Hit(kind: kind, phrase: phrase, start: atStart ? 0 : 1, end: atStart ? 1 : 2))
            }
        }
    }
}
