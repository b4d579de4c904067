import Foundation
import Testing
@testable import JournalKit

/// The bytes of a file in `Fixtures/` (read from the source tree, next to this file).
func fixture(_ name: String) throws -> [UInt8] {
    let url = JournalRunner.packageRoot.appendingPathComponent("Tests/JournalKitTests/Fixtures").appendingPathComponent(name)
    return Array(try Data(contentsOf: url))
}

/// Reads raw bytes as an entry, as `journal` reads a file.
func read(bytes: [UInt8], path: String = "entry.md") -> EntryReader.Result {
    EntryReader().read(path: path, bytes: bytes)
}

/// Hostile file contents (DESIGN 10): each is read without a crash or a hang, and
/// says what is wrong where something is.
@Suite struct HostileInputTests {
    @Test func emptyFileIsAnEntryWithAWarning() throws {
        let result = read(bytes: [], path: "2026-11-18-acme.md")
        #expect(messages(result) == ["1:1: warning: this file is empty; write down the interview while it is fresh, or delete the file"])
        let entry = try #require(result.entry)
        #expect(entry.title.value == "2026-11-18-acme")
        #expect(entry.date?.value.description == "2026-11-18")
    }

    @Test func binaryDataIsRefused() throws {
        let result = read(bytes: try fixture("entries/binary.md"))
        #expect(result.entry == nil)
        #expect(messages(result) == ["1:1: error: this file looks binary (it contains NUL bytes), not Markdown text; move it out of the journal or add it to .journalignore"])
    }

    @Test func binaryDataWithoutNULBytesIsReadAsBadUTF8() throws {
        // 0x80...0xFF never start a valid UTF-8 sequence the same way twice: the first bad byte is reported.
        let bytes = Array("# Acme\n".utf8) + (0..<4096).map { UInt8(0x80 + ($0 * 7) % 0x80) }
        let result = read(bytes: bytes)
        #expect(messages(result) == ["2:1: error: invalid UTF-8 at byte offset 7; the bad bytes are read as \u{FFFD}. Re-save the file as UTF-8"])
        #expect(result.entry?.title.value == "Acme")
    }

    @Test func afewNULBytesInTextAreAWarningAndTheRestIsRead() throws {
        let result = read(bytes: try fixture("entries/nul-bytes.md"))
        #expect(messages(result) == ["3:13: warning: this file contains 4 NUL bytes (the first at byte offset 47), which are read as \u{FFFD}; remove them, or re-save the file as UTF-8 text"])
        let entry = try #require(result.entry)
        #expect(entry.questions.map(\.text) == ["Tell me ab\u{FFFD}out yourself", "Why Initech?"])
        let one = read(bytes: Array("# Hi\nab".utf8) + [0] + Array("cd\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 100))
        #expect(messages(one) == ["2:3: warning: this file contains a NUL byte (at byte offset 7), which is read as \u{FFFD}; remove it, or re-save the file as UTF-8 text"])
    }

    @Test(arguments: ["utf16le-bom.md", "utf16be-bom.md"])
    func utf16WithAByteOrderMarkIsRefused(_ name: String) throws {
        let result = read(bytes: try fixture("entries/" + name))
        #expect(result.entry == nil)
        #expect(messages(result) == ["1:1: error: this file is UTF-16 text, not UTF-8; save it as UTF-8 (most editors offer \"UTF-8\" in Save As) so journal can read it"])
    }

    @Test(arguments: ["utf16le-no-bom.md", "utf16be-no-bom.md"])
    func utf16WithoutAByteOrderMarkIsRefused(_ name: String) throws {
        let result = read(bytes: try fixture("entries/" + name))
        #expect(result.entry == nil)
        #expect(messages(result) == ["1:1: error: this file looks like UTF-16 text without a byte-order mark, not UTF-8; save it as UTF-8 so journal can read it"])
    }

    @Test func invalidUTF8NamesTheByteOffsetAndTheRestIsRead() throws {
        let result = read(bytes: try fixture("entries/invalid-utf8.md"))
        #expect(messages(result) == ["6:6: error: invalid UTF-8 at byte offset 63; the bad bytes are read as \u{FFFD}. Re-save the file as UTF-8"])
        let entry = try #require(result.entry)
        #expect(entry.company?.value == "Pied Piper")
        #expect(entry.questions.map(\.text) == ["Caf\u{FFFD} or tea?", "Why compression?"])
    }

    @Test func invalidUTF8OffsetCountsTheByteOrderMark() {
        let result = read(bytes: [0xEF, 0xBB, 0xBF] + Array("# Hi\nab".utf8) + [0xE9] + Array("cd\n".utf8))
        #expect(messages(result) == ["2:3: error: invalid UTF-8 at byte offset 10; the bad bytes are read as \u{FFFD}. Re-save the file as UTF-8"])
    }

    @Test func byteOrderMarkAndCRLF() throws {
        let result = read(bytes: try fixture("entries/bom-crlf.md"))
        #expect(messages(result) == [])
        let entry = try #require(result.entry)
        #expect(entry.company?.value == "Hooli")
        #expect(entry.questions.map(\.text) == ["Why Hooli?"])
        #expect(entry.tags == ["culture"])
    }

    @Test func frontMatterNeverClosedIsReadAsMarkdown() throws {
        let result = read(bytes: try fixture("entries/unclosed-front-matter.md"))
        #expect(messages(result) == ["1:1: error: the front-matter opened on line 1 is never closed; add a line with only `---` after the last key (the whole file is read as Markdown meanwhile)"])
        let entry = try #require(result.entry)
        #expect(entry.questions.map(\.text) == ["What is your biggest weakness?"])
    }

    @Test func frontMatterThatIsAListOrAScalarIsAnError() throws {
        let list = read(bytes: try fixture("entries/front-matter-list.md"))
        #expect(messages(list) == ["2:1: error: the front-matter must be a mapping of `key: value` lines, but it is a list; nothing in it was read"])
        #expect(list.entry?.date?.value.description == "2026-11-01")
        let scalar = read(bytes: try fixture("entries/front-matter-scalar.md"))
        #expect(messages(scalar) == ["2:1: error: the front-matter must be a mapping of `key: value` lines, but it is a single value; nothing in it was read"])
        #expect(scalar.entry?.title.value == "Acme, 2026-11-01")
    }

    @Test func fiveMegabyteLine() throws {
        // A pasted blob: 5 MB of words on one line, a tag at its end.
        let line = String(repeating: "word ", count: 1_000_000) + "#tag"
        let result = read("---\ncompany: Acme\ndate: 2026-11-18\n---\n## Questions\n- " + line + "\n- Why Acme?\n")
        let entry = try #require(result.entry)
        #expect(entry.questions.count == 2)
        #expect(entry.questions[0].text.utf8.count == 5_000_000 - 1)
        #expect(entry.questions[0].tags == ["tag"])
        #expect(entry.questions[1].text == "Why Acme?")
    }

    @Test func fiftyThousandNestedBlockQuotes() throws {
        let text = "## Questions\n- Why Acme?\n\n" + String(repeating: "> ", count: 50_000) + "deep #deep\n\n## Next steps\n- [ ] Write back\n"
        let result = read(text)
        #expect(messages(result).contains("4:1: warning: blocks are nested more than 48 levels deep here; text below that depth is not read"))
        let entry = try #require(result.entry)
        #expect(entry.questions.map(\.text) == ["Why Acme?"])
        #expect(entry.nextSteps.map(\.text) == ["Write back"])
    }

    @Test func threeThousandDeepNestedLists() throws {
        let oneLine = "## Questions\n" + String(repeating: "- ", count: 3_000) + "deep\n- Why Acme?\n"
        let result = read(oneLine)
        #expect(messages(result).contains("2:1: warning: blocks are nested more than 48 levels deep here; text below that depth is not read"))
        #expect(result.entry?.questions.last?.text == "Why Acme?")
        // One level per line, as an editor indents them (1,000 levels: 1 MB of indentation).
        let indented = "## Next steps\n" + (0..<1_000).map { String(repeating: "  ", count: $0) + "- [ ] step \($0)\n" }.joined()
        let steps = try #require(read(indented).entry).nextSteps
        // Each level is a list and an item: 23 levels fit below the limit of 48 with their paragraph.
        #expect(steps.count == 23)
        #expect(steps.first?.text == "step 0")
    }

    @Test func hundredThousandUnmatchedBrackets() throws {
        for brackets in ["[", "]", "![", "[[", "[a](", "[x:: "] {
            let text = "## Questions\n- " + String(repeating: brackets, count: 100_000 / brackets.count) + " a:: b #tag\n- Why Acme?\n"
            let entry = try #require(read(text).entry, "\(brackets)")
            #expect(entry.questions.count == 2, "\(brackets)")
            #expect(entry.questions.last?.text == "Why Acme?", "\(brackets)")
        }
    }

    /// Front-matter nested deeper than the readers allow: an error, never a stack overflow.
    @Test func deeplyNestedFrontMatter() throws {
        let yaml = read("---\ntags: " + String(repeating: "[", count: 100_000) + "\n---\n# Acme\n")
        // (The position is libyaml's: for a flow sequence, where the nesting began.)
        #expect(messages(yaml) == ["2:8: error: the YAML is nested too deeply here (more than 64 levels of lists or mappings); the front-matter is ignored until this is fixed"])
        let toml = read("+++\ntags = " + String(repeating: "[", count: 100_000) + "\n+++\n# Acme\n")
        #expect(messages(toml) == ["2:72: error: TOML syntax error: arrays and tables are nested more than 64 levels deep here; the front-matter is ignored until this is fixed"])
        let tomlTables = read("+++\na = " + String(repeating: "{b = ", count: 100_000) + "\n+++\n# Acme\n")
        #expect(messages(tomlTables) == ["2:325: error: TOML syntax error: arrays and tables are nested more than 64 levels deep here; the front-matter is ignored until this is fixed"])
        // Within the limits, deep values are kept.
        let fine = read(bytes: try fixture("entries/toml-nested.md"))
        #expect(messages(fine) == [])
        #expect(fine.entry?.company?.value == "Hooli")
        #expect(fine.entry?.extra["matrix"] == .array([.array([.string("a"), .array([.string("b")])]), .object(["x": .object(["y": .number(1)])])]))
    }

    @Test func codeNeverYieldsTagsOrDifficulty() throws {
        let entry = try #require(read(bytes: try fixture("entries/code-everywhere.md")).entry)
        #expect(entry.tags == ["cpp"])
        #expect(entry.questions.map(\.text) == ["How does `#include` work?", "`❌ #hard`"])
        #expect(entry.questions.map(\.difficult) == [false, false])
        #expect(entry.questions[0].tags == ["cpp"])
        // Code in notes is kept as written, tags and all.
        #expect(entry.questions[0].notes == ["#include <stdio.h> /* #hard */", "#hard", "`[difficulty:: hard] ❌` is only an example"])
        #expect(entry.nextSteps.map(\.text) == ["Send the `#snippet` 📅 2026-11-08"])
    }
}

/// `.journal/config.yml` (also the seeds of the config fuzz target).
@Suite struct ConfigFileTests {
    func parse(_ name: String) throws -> (JournalConfig, [String]) {
        let (config, diagnostics) = ConfigLoader.parse(String(decoding: try fixture("config/" + name), as: UTF8.self), path: ".journal/config.yml")
        return (config, diagnostics.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" })
    }

    @Test func everyKey() throws {
        let (config, messages) = try parse("every-key.yml")
        #expect(messages == [])
        #expect(config.sections == [SectionKind.questions: ["Grilling", "Interrogation"], SectionKind.nextSteps: ["Homework"]])
        #expect([config.thankYouHours, config.followUpAfterDays, config.maxFollowUps, config.notesFreshDays, config.keepApplyingDays] as [Int] == [12, 5, 3, 1, 10])
        #expect(config.formats == ["report": "markdown"])
        #expect(config.maxFileBytes == 500 << 10)
        #expect(config.classifier.classify("Grilling") == .questions)
    }

    @Test func everyMistakeHasAPosition() throws {
        let (config, messages) = try parse("errors.yml")
        #expect(messages == [
            "2:3: error: unknown section kind 'puzzles'; known kinds: questions, round, difficult, asked-them, next-steps, reflection, went-well, to-improve, feedback, offer",
            "3:14: error: 'questions' should be a list of heading words",
            "5:20: error: 'thank_you_hours' should be a whole number from 1 to 8784",
            "6:3: error: unknown advice setting 'nap_minutes'; known settings: thank_you_hours, follow_up_after_days, max_follow_ups, notes_fresh_days, keep_applying_days, weekends, thank_you_words",
            "7:16: error: 'max_file_size' should be a size such as 8MB or 500KB",
            "8:1: error: unknown setting 'colour'; known settings: sections, advice, drill, formats, max_file_size",
        ])
        #expect(config == JournalConfig())
    }
}
