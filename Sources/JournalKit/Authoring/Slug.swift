import Foundation

/// Turns a company or stage name into a safe piece of a file name.
///
/// The result holds only lowercase ASCII letters, digits and single `-` (never at
/// either end), so it can contain no `/`, `..`, control character or leading dot,
/// whatever the input. Accented letters are transliterated (`Société` → `societe`);
/// other characters separate words.
package enum Slug {
    /// The longest slug `make` returns, in characters.
    package static let maxLength = 60

    /// Letters that do not decompose into a base letter and a mark.
    private static let special: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
    ]

    /// The slug of `text`, at most `maxLength` characters, or `fallback` when nothing is left.
    /// With `keepingScripts`, letters and digits of other scripts stay as they are
    /// (`星云科技`, `東京-labs`), lowercased, instead of separating words.
    package static func make(_ text: String, maxLength: Int = Slug.maxLength, fallback: String = "interview", keepingScripts: Bool = false) -> String {
        var out = ""
        var pendingDash = false
        for character in text.lowercased() {
            var piece = ""
            if let replacement = special[character] {
                piece = replacement
            } else {
                // Canonical decomposition splits "é" into "e" and a combining accent, which is dropped.
                for scalar in String(character).decomposedStringWithCanonicalMapping.unicodeScalars {
                    if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                        piece.unicodeScalars.append(scalar)
                    } else if keepingScripts, !scalar.isASCII, scalar.properties.isAlphabetic || scalar.properties.numericType != nil,
                              scalar.properties.generalCategory != .nonspacingMark {
                        piece.unicodeScalars.append(scalar)
                    } else if scalar.properties.generalCategory == .nonspacingMark, !piece.isEmpty {
                        continue
                    } else {
                        piece = ""
                        break
                    }
                }
            }
            if piece.isEmpty {
                pendingDash = !out.isEmpty
                continue
            }
            if pendingDash { out += "-"; pendingDash = false }
            out += piece
        }
        if out.count > maxLength {
            // Cut at a word boundary when one is reasonably close, never leaving a trailing dash.
            var cut = String(out.prefix(maxLength))
            if let dash = cut.lastIndex(of: "-"), cut.distance(from: cut.startIndex, to: dash) >= maxLength / 2 {
                cut = String(cut[..<dash])
            }
            while cut.hasSuffix("-") { cut.removeLast() }
            out = cut
        }
        return out.isEmpty ? fallback : out
    }
}
