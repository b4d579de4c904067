import Foundation
import Testing
@testable import JournalKit

/// The fast paths of extraction (issue 20) against the plain code they replaced, on many
/// inputs: regular expressions compiled once against `range(of:options: .regularExpression)`,
/// the byte search against the first-byte search, `MaskedText.restore` on byte runs against
/// scalar by scalar, and the byte checks that rule texts out before the plain reading.
@Suite struct ExtractionFastPathTests {
    /// Pieces that the patterns care about: digits (ASCII and not), leads, brackets, spaces
    /// of every kind, case, marks, CJK punctuation, scripts with and without case.
    static let pieces = [
        "Q", "q", "Question", "question", "QUESTION", "**", "*", "1", "12", "123", "2026", "-", "_", ".", ")", "(", "[", "{", "]",
        ":", "：", "、", "．", " ", "  ", "\t", "\n", "\u{A0}", "\u{3000}", "\u{0B}", "\u{85}", "٣", "１", "a", "B", "Asked", "me",
        "how", "ME", "hOw", "about", "年", "月", "/", "é", "e\u{301}", "ſ", "K", "K", "İ", "ß", "问了", "，", "?", "🚀", "x",
        "the interviewer", "asked", "had to", "to", "design", "question:: ", "::", "\u{F0000}", "\u{F0001}", "\u{F0005}",
    ]

    static func randomTexts(_ count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15, extra: [String] = []) -> [String] {
        let words = pieces + extra
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(12)).map { _ in words[next(words.count)] }.joined() }
    }

    static var regexes: [CachedRegex] {
        [QuestionText.questionLead, QuestionText.numberLead, EntryExtractor.boldNumber, Inference.Regexes.newFileName,
         Inference.Regexes.numberPrefix, Inference.Regexes.bracketTail, Inference.Regexes.datePrefix, Inference.Regexes.isoDate]
    }

    static func plainRange(_ regex: CachedRegex, _ text: String) -> Range<String.Index>? {
        text.range(of: regex.pattern, options: regex.caseInsensitive ? [.regularExpression, .caseInsensitive] : .regularExpression)
    }

    @Test func compiledOnceMatchesAsRangeOfDoes() {
        let texts = Self.randomTexts(4000) + ["Q1: x", "**Question 3.** y", "1、 a", "12) b", "2026-11-18-acme", "Acme (remote)", "2026/1/5 then"]
        for regex in Self.regexes {
            for text in texts {
                #expect(regex.firstRange(in: text) == Self.plainRange(regex, text), "\(regex.pattern) on \(text.debugDescription)")
            }
        }
    }

    @Test func reportedPhrasesCompiledOnceMatchAsRangeOfDoes() {
        let cues = QuestionCues.all
        let phrases = Array(Set((cues.reported + cues.reportedLeads).map(TextKey.normalize))).sorted()
        let texts = Self.randomTexts(300, extra: phrases + phrases.map { $0.uppercased() } + phrases.map { $0.replacingOccurrences(of: " ", with: ", ") })
        for phrase in phrases {
            let regex = CachedRegex(QuestionClassifier.reportPattern(phrase), caseInsensitive: true)
            for text in texts + [phrase, "He " + phrase + ": how?", phrase.uppercased() + " x"] {
                #expect(regex.firstRange(in: text) == Self.plainRange(regex, text), "\(phrase) in \(text.debugDescription)")
            }
        }
    }

    @Test func byteSearchFindsTheFirstOccurrence() {
        let needles = [" - ", " – ", " — ", ": ", ":", "? ", "  ", " ", "a ", " a", "::", "[[", "?\"", "？」", "leetcode.com/problems", "   x"]
        let texts = Self.randomTexts(3000, extra: needles + ["a", "-", "–"])
        for text in texts {
            for needle in needles {
                var t = text, n = needle
                let fast = t.withUTF8 { hay in n.withUTF8 { TextSearch.find($0, in: hay) } }
                let plain = t.withUTF8 { hay in n.withUTF8 { TextSearch.findPlain($0, in: hay) } }
                #expect(fast == plain, "\(needle.debugDescription) in \(text.debugDescription)")
            }
        }
    }

    @Test func restoreOnByteRunsAsScalarByScalar() {
        let inlines: [InlineText] = Self.randomTexts(400).enumerated().map { i, text in
            InlineText(runs: [InlineRun(text), InlineRun("x\(i)", isCode: true), InlineRun(" and "), InlineRun("`y`", isCode: true), InlineRun(text)])
        }
        for inline in inlines {
            let masked = MaskedText(inline)
            for part in [masked.text, String(masked.text.dropFirst(3)), masked.text + "\u{F0001}\u{F0007}", "\u{F0000}"] {
                #expect(masked.restore(part) == masked.restorePlain(part), "\(part.debugDescription)")
            }
        }
    }

    @Test func maskedTagsAndBreaksAsTheInlineScan() {
        let texts = Self.randomTexts(600, extra: ["#hard", " #tag", "#", "[difficulty:: hard]", "difficulty:: tough", "<b>", "<span\nx>"])
        for (i, text) in texts.enumerated() {
            let inline = InlineText(runs: [InlineRun(text), InlineRun("c\(i)", isCode: i % 2 == 0), InlineRun("<i\n>", isHTML: i % 3 == 0),
                                           InlineRun(texts[(i + 1) % texts.count])])
            let masked = MaskedText(inline)
            let scanned = TagScanner.scan(inline)
            #expect(masked.tags == scanned.tags, "\(inline.runs)")
            if scanned.text.includesByte(10) { #expect(masked.text.includesByte(10), "\(inline.runs)") }
        }
    }

    /// `fieldValue` as it was, before its look at the first eight bytes.
    static func plainFieldValue(_ text: String) -> String? {
        guard text.utf8.count > 11, text.prefix(8).lowercased() == "question", let range = text.firstByteRange(of: "::"),
              text.utf8.distance(from: text.startIndex, to: range.lowerBound) <= 9 else { return nil }
        let value = text[range.upperBound...].trimmingSpaces()
        return value.isEmpty ? nil : value
    }

    @Test func fieldValueAsBefore() {
        let leads = ["question", "Question", "QUESTION", "qUeStIoN", "questioN", "quéstion", "que\u{301}stion", "Ques\u{200B}tion",
                     "questio", "questionn", "ｑuestion", "question\u{301}", "QUESTİON", "question ", "Question 1"]
        for lead in leads {
            for rest in [":: What is X?", "::  ", ": : x", "::", " :: why", "1:: how so", "xyzw:: far", ":: 面试"] {
                let text = lead + rest
                #expect(QuestionClassifier.fieldValue(text) == Self.plainFieldValue(text), "\(text.debugDescription)")
            }
        }
        for text in Self.randomTexts(2000) {
            #expect(QuestionClassifier.fieldValue(text) == Self.plainFieldValue(text), "\(text.debugDescription)")
        }
    }

    @Test func lastQuoteAsBackwardsSearch() {
        for text in Self.randomTexts(2000, extra: ["\"", "'", "“", "「", "e\u{301}\"", "\"\u{301}"]) {
            for quote in ["\"", "“", "'", "「"] {
                let sub = Substring(text)
                #expect(QuestionClassifier.lastRange(of: quote, in: sub) == sub.range(of: quote, options: .backwards), "\(quote) in \(text.debugDescription)")
            }
        }
    }

    @Test func answerHeadingsAsEveryPhraseTried() {
        let phrases = Array(HeadingVocabulary.answerHeadings).sorted()
        var texts = Self.randomTexts(1500, extra: phrases + phrases.map { $0.uppercased() + ":" })
        for phrase in phrases {
            texts += [phrase, phrase + " (partial)", phrase + "s", "my " + phrase, phrase + " \u{093F}x", phrase + "\u{301} x", phrase + " é"]
        }
        for text in texts {
            #expect(HeadingVocabulary.isAnswerHeading(text) == HeadingVocabulary.isAnswerHeadingPlain(text), "\(text.debugDescription)")
        }
    }

    @Test func tableRuledOutOnlyWhenItIsNone() {
        let rows = ["| Question | Notes |", "|---|---|", "| What is X? | a |", "| Why Y? | b |", "\n", "|", "x", "`|`"]
        var state: UInt64 = 7
        for _ in 0..<2000 {
            var runs: [InlineRun] = []
            for _ in 0..<(1 + Int(state % 6)) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let text = (0..<Int(state >> 60)).map { k in rows[(Int(state >> 20) + k * 3) % rows.count] }.joined(separator: "\n")
                runs.append(InlineRun(text, isCode: state >> 40 & 3 == 0))
            }
            let inline = InlineText(runs: runs)
            if !QuestionLines.mayBeTable(inline) { #expect(QuestionLines.parseTable(inline) == nil, "\(runs.map(\.text))") }
        }
        let table = InlineText(runs: [InlineRun(rows[0..<4].joined(separator: "\n"))])
        #expect(QuestionLines.mayBeTable(table))
        #expect(QuestionLines.tableQuestions(table)?.map(\.cell) == ["What is X?", "Why Y?"])
    }
}
