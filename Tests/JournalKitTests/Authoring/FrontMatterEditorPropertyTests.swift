import PropertyBased
import Testing
@testable import JournalKit

/// Random valid front-matter (keys, comments, blank lines, quoting, flow and block lists,
/// CRLF, a byte-order mark) round-trips through the editor with only the intended line changed.
@Suite struct FrontMatterEditorPropertyTests {
    static let day = CalendarDay(iso: "2026-11-19")!

    /// One front-matter line (or block of lines) for each number: the building blocks.
    static func block(_ n: Int) -> [String] {
        let words = ["Acme Corp", "Globex", "Ünïcode Ltd", "星云科技", "O'Brien & Sons"]
        let word = words[n % words.count]
        switch n % 12 {
        case 0: return ["company: \(word)"]
        case 1: return ["role: \"\(word) engineer\"   # quoted"]
        case 2: return ["# a comment about \(word)"]
        case 3: return [""]
        case 4: return ["tags: [a\(n), b]"]
        case 5: return ["interviewers:", "  - Dana Lee (EM)", "  - name: Raj \(n)", "    title: Staff"]
        case 6: return ["date: 2026-11-\(10 + n % 9)"]
        case 7: return ["fit: \(1 + n % 5)"]
        case 8: return ["custom_\(n): '\(word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''"))'"]
        case 9: return ["notes: |", "  line one", "  line two: \(word)"]
        case 10: return ["stage: onsite  # the big one"]
        default: return ["links:", "- https://example.com/\(n)"]
        }
    }

    /// The three ways `follow_ups` may already be written, or not at all.
    static func followUps(_ style: Int) -> [String] {
        switch style % 4 {
        case 0: return []
        case 1: return ["follow_ups: [2026-11-10]"]
        case 2: return ["follow_ups:", "  - 2026-11-10   # by mail"]
        default: return ["follow_ups: []"]
        }
    }

    static func document(_ blocks: [Int], followUpStyle: Int, crlf: Bool, bom: Bool, body: Int) -> [UInt8] {
        // Each key once (a YAML mapping has no duplicate keys); comments and blank lines repeat.
        var seen = Set<Int>()
        let unique = blocks.filter { n in [2, 3].contains(n % 12) || seen.insert(n % 12 == 8 ? 100 + n : n % 12).inserted }
        var parts = unique.map(block)
        parts.insert(followUps(followUpStyle), at: parts.count / 2)
        let lines = parts.flatMap { $0 }
        let newline = crlf ? "\r\n" : "\n"
        let text = (["---"] + lines + ["---", "# Title \(body)", "", "- [ ] step \(body)", "---", "not front-matter"]).joined(separator: newline) + newline
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
    }

    /// The lines of `bytes`, split on `\n` only.
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        bytes.split(separator: 10, omittingEmptySubsequences: false).map(Array.init)
    }

    /// True when `new` is `old` with exactly one line inserted or exactly one line changed.
    static func differsByOneLine(_ old: [[UInt8]], _ new: [[UInt8]]) -> Bool {
        if new.count == old.count + 1 {
            return new.indices.contains { i in Array(new[..<i] + new[(i + 1)...]) == old }
        }
        guard new.count == old.count else { return false }
        return zip(old, new).filter { $0 != $1 }.count == 1
    }

    @Test func randomFrontMatterKeepsEveryOtherLine() async {
        let input = Gen.int(in: 0...10_000).array(of: 0...10)
        await propertyCheck(count: 300, input: input, Gen.int(in: 0...63)) { blocks, flags in
            let original = Self.document(blocks, followUpStyle: flags % 4, crlf: flags & 4 != 0, bom: flags & 8 != 0, body: flags)
            let event: LogEvent = [.followUp, .thankYou, .outcome][(flags >> 4) % 3]
            let changes = event.changes(value: event == .outcome ? "offer" : nil, on: Self.day)
            guard case .edited(let edit)? = try? FrontMatterEditor.apply(changes, to: original) else {
                Issue.record("not edited: \(String(decoding: original, as: UTF8.self))")
                return
            }
            let old = Self.lines(original), new = Self.lines(edit.edited)
            if event == .outcome {
                // outcome and outcome_date: two new lines.
                #expect(new.count == old.count + 2)
            } else {
                #expect(Self.differsByOneLine(old, new), "\(String(decoding: edit.edited, as: UTF8.self))")
            }
            // Same bytes before and after the edit, and the body untouched.
            #expect(Array(edit.edited[..<edit.range.lowerBound]) == Array(original[..<edit.range.lowerBound]))
            #expect(edit.edited.suffix(original.count - edit.range.upperBound) == original.suffix(original.count - edit.range.upperBound))
            #expect(edit.edited.starts(with: original.prefix(flags & 8 != 0 ? 3 : 0)))
            // The note reads back with the new value and the old ones.
            let before = EntryReader(config: JournalConfig()).read(path: "a.md", bytes: original).entry
            let after = EntryReader(config: JournalConfig()).read(path: "a.md", bytes: edit.edited).entry
            switch event {
            case .followUp: #expect(after?.followUps == ((before?.followUps ?? []) + [Self.day]).sorted())
            case .thankYou: #expect(after?.thankYou?.day == Self.day)
            default: #expect(after?.outcome?.name == "offer")
            }
            #expect(after?.company == before?.company)
            #expect(after?.interviewers == before?.interviewers)
            #expect(after?.tags == before?.tags)
            #expect(after?.nextSteps.map(\.text) == before?.nextSteps.map(\.text))
        }
    }
}
