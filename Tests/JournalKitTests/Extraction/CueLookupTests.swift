import Foundation
import Testing
@testable import JournalKit

/// The classifier's fast cue lookups (on bytes) against the plain ones (on words): the same
/// hits, in the same order, for every phrase and for random texts made of the phrases' words.
@Suite struct CueLookupTests {
    static let cues = QuestionCues.all
    static let phrases: [String] = cues.interrogatives + cues.tasks + cues.reportedTasks + cues.prompts + cues.reported + cues.topics
        + cues.narrative + cues.narrativePhrases + cues.problemLabels + cues.difficulty + cues.groupWords

    static func described(_ hits: [CueIndex.Hit]) -> [String] {
        hits.map { "\($0.kind) '\($0.phrase)' \($0.start)-\($0.end)" }
    }

    static func check(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let index = CueIndex.shared
        let normalized = TextKey.normalize(text)
        let plain = index.hits(SectionClassifier.words(normalized), normalized: normalized)
        #expect(described(index.hits(in: normalized)) == described(plain), "\(text)", sourceLocation: sourceLocation)
        for kind in CueIndex.Kind.allCases {
            let first = plain.first { $0.kind == kind }
            #expect(described(index.firstHit(kind, in: normalized).map { [$0] } ?? []) == described(first.map { [$0] } ?? []),
                    "\(kind) in \(text)", sourceLocation: sourceLocation)
            // Read on the bytes of the text as written (ASCII only).
            if let phrase = index.table.firstPhrase(kind, inASCII: text) {
                #expect(phrase == first?.phrase, "\(kind) on the bytes of \(text)", sourceLocation: sourceLocation)
            } else {
                #expect(text.utf8.contains { $0 >= 0x80 }, "\(text) is ASCII", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func everyPhraseAloneAndInASentence() {
        for phrase in Self.phrases {
            Self.check(phrase)
            Self.check("Then " + phrase + " again, " + phrase.uppercased() + "!")
            Self.check(String(phrase.dropLast()))
            Self.check("so " + phrase.decomposedStringWithCanonicalMapping + " then")
        }
    }

    @Test func asciiTextReadOnItsBytes() {
        let table = CueIndex.shared.table
        #expect(table.firstPhrase(.difficulty, inASCII: "Design a URL shortener; we talked about sharding.") == .some(nil))
        #expect(table.firstPhrase(.difficulty, inASCII: "I STRUGGLED with the follow-up") == .some("struggled"))
        #expect(table.firstPhrase(.difficulty, inASCII: "I -- couldn't -- solve it") == .some("couldn t"))
        #expect(table.firstPhrase(.difficulty, inASCII: "Design a URL shortener, café") == nil)
        for text in ["was not able", "was not  able.", "was not", "was not-able!", "was not ablex", "XwasZ not able", "(was)not[able]"] {
            Self.check(text)
        }
    }

    @Test func randomTextsOfCueWords() {
        var words = Array(Set(Self.phrases.flatMap { $0.split(separator: " ").map(String.init) }))
        words += ["the", "a", "system", "cache", "I", "we", "naïve", "café", "Ünïcode", "面试", "问了", "¿qué", "x", "", "🚀", "`code`", "C++"]
        // The non-ASCII cue words decomposed (NFD): equal as Strings, not as bytes.
        words += words.filter { $0.utf8.contains { $0 >= 0x80 } }.map(\.decomposedStringWithCanonicalMapping)
        words.sort()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let separators = [" ", " ", " ", ", ", ": ", " - ", "? ", "  ", "'"]
        for _ in 0..<3000 {
            var text = ""
            for i in 0..<(1 + next(14)) {
                if i > 0 { text += separators[next(separators.count)] }
                text += words[next(words.count)]
            }
            Self.check(text)
        }
    }
}
