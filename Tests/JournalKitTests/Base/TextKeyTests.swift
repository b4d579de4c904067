import Testing
@testable import JournalKit

/// TextKey's fast paths against plain definitions: the ASCII loop of `normalize`, and
/// `wordCount`, which counts the words of the normalised text without building it.
@Suite struct TextKeyTests {
    /// Lowercase letters and digits, every run of anything else one space, none at either end.
    static func reference(_ text: String) -> String {
        var words: [String] = []
        var word = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                word += String(scalar).lowercased()
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.joined(separator: " ")
    }

    static func randomTexts(_ alphabet: [String], count: Int) -> [String] {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }.joined() }
    }

    @Test func asciiNormalisationIsThePlainOne() {
        let ascii = (0..<128).map { String(UnicodeScalar(UInt8($0))) } + ["Ab", "Z9", "  ", "--"]
        for text in Self.randomTexts(ascii, count: 5000) {
            #expect(TextKey.normalize(text) == Self.reference(text), "\(text.debugDescription)")
        }
        #expect(TextKey.normalize("  Hello, WORLD -- 42!  ") == "hello world 42")
        #expect(TextKey.normalize("@[]`{}") == "")
    }

    @Test func wordCountIsTheCountOfTheNormalisedWords() {
        let pieces = ["a", "B", "7", " ", "  ", ", ", "-", "é", "É", "ß", "面试", "🚀", "e\u{301}", "_", "İ", "ǅ"]
        for text in Self.randomTexts(pieces, count: 5000) {
            let words = SectionClassifier.words(TextKey.normalize(text)).count
            for limit in [0, 1, 2, 6, 100] {
                #expect(TextKey.wordCount(text[...], limit: limit) == min(words, limit + 1), "\(text.debugDescription) limit \(limit)")
            }
        }
    }
}
