import Foundation
import Testing
@testable import JournalKit

/// Crashes and hangs found by fuzzing and hostile input, each pinned by the input that found it.
@Suite struct RegressionTests {
    /// `[` then `::` on one line: every `[` scanned to the end of the line for a `]` (quadratic;
    /// 100,000 brackets took minutes).
    @Test func manyBracketsBeforeAFieldSeparator() throws {
        let text = "## Questions\n- " + String(repeating: "[", count: 100_000) + " a:: b [difficulty:: hard]\n"
        // Linear work on this shape is checked by LinearWorkTests (instructions, not seconds).
        let entry = try #require(read(text).entry)
        let question = try #require(entry.questions.first)
        #expect(question.text == String(repeating: "[", count: 100_000) + " a:: b")
        #expect(question.difficult)
        // Fields after a failed scan are still read.
        let (tags, stripped) = TagScanner.scan("[[ x [a:: b] [difficulty:: hard] end")
        #expect(tags == ["hard"])
        #expect(stripped == "[[ x end")
    }

    /// Nested TOML arrays and inline tables recursed without a limit: a stack overflow (SIGSEGV).
    @Test func deeplyNestedTOMLIsAnErrorNotAStackOverflow() {
        let result = read("+++\na = " + String(repeating: "[", count: 200_000) + "\n+++\n")
        #expect(messages(result) == ["2:69: error: TOML syntax error: arrays and tables are nested more than 64 levels deep here; the front-matter is ignored until this is fixed"])
        let allowed = read("+++\na = " + String(repeating: "[", count: 64) + String(repeating: "]", count: 64) + "\n+++\n")
        #expect(messages(allowed) == [])
    }

    /// Each YAML node's column was found by walking its line from the start: a long flow
    /// list on one line was quadratic (100,000 tags took 30 s).
    @Test func manyValuesOnOneYAMLLine() throws {
        let tags = (0..<100_000).map { "t\($0)" }.joined(separator: ", ")
        // Linear work on this shape is checked by LinearWorkTests (instructions, not seconds).
        let entry = try #require(read("---\ntags: [" + tags + "]\n---\n").entry)
        #expect(entry.tags.count == 100_000)
    }

    /// Columns are UTF-8 bytes, after non-ASCII text and far along a line.
    @Test func yamlColumnsCountBytes() {
        let far = String(repeating: "é", count: 300)
        let result = read("---\nextra: [\(far), x]\nfit: [\(far)]\n---\n")
        #expect(messages(result) == ["3:6: error: 'fit' should be a whole number from 1 (poor fit) to 5 (great fit), but it is a list"])
        let table = LineTable("ab\n\(far)x\r\nü")
        #expect(table.byteColumn(line: 1, scalarColumn: 2) == 2)
        #expect(table.byteColumn(line: 2, scalarColumn: 301) == 601)
        #expect(table.byteColumn(line: 2, scalarColumn: 302) == 602)
        #expect(table.byteColumn(line: 2, scalarColumn: 305) == 605)
        #expect(table.byteColumn(line: 3, scalarColumn: 2) == 3)
        #expect(table.byteColumn(line: 9, scalarColumn: 4) == 4)
    }

    /// `max_file_size: 99999999999999999GB` overflowed Int when multiplied out: a trap.
    @Test func hugeMaxFileSizeIsAnErrorNotAnOverflow() {
        let (config, diagnostics) = ConfigLoader.parse("max_file_size: 99999999999999999GB\n", path: ".journal/config.yml")
        #expect(config.maxFileBytes == 8 << 20)
        #expect(diagnostics.map(\.message) == ["'max_file_size' should be a size such as 8MB or 500KB"])
        #expect(diagnostics.map(\.location.column) == [16])
        #expect(ConfigLoader.parseSize("8191 PB") == nil)
        #expect(ConfigLoader.parseSize("8589934591GB") == 8_589_934_591 << 30)
    }

    /// `#hard` in a code block under a question made it difficult, and notes lost the
    /// `#words` of their code (found by the CommonMark spec test with poisoned code).
    @Test func codeUnderAQuestionIsNotScannedForTags() throws {
        let entry = try #require(read("## Questions\n- Why C?\n  ```\n  #hard\n  ```\n").entry)
        #expect(entry.questions.map(\.difficult) == [false])
        #expect(entry.questions.map(\.notes) == [["#hard"]])
    }

    /// `salary: 1e999` became an infinite JSON number, which JSONEncoder refuses: `journal
    /// export` printed `{}` for the whole journal (found by the hostile front-matter values).
    @Test func infiniteNumbersInFrontMatterStayText() throws {
        let entry = try #require(read("---\nsalary: 1e999\nrate: -nan\nbonus: 1.5e3\n---\n").entry)
        #expect(entry.extra["salary"] == .string("1e999"))
        #expect(entry.extra["rate"] == .string("-nan"))
        #expect(entry.extra["bonus"] == .number(1500))
        #expect(try JSONOutput.encode(entry).contains("\"salary\" : \"1e999\""))
    }

    /// An empty `###` heading in a difficult section became a difficult question with no
    /// text (found by the fuzzer: the invariant "no question is empty").
    @Test func emptyHeadingInADifficultSectionIsNotAQuestion() throws {
        let entry = try #require(read("## Difficult answers\n###\n- I forgot hot keys.\n### #hard\n").entry)
        #expect(entry.questions.map(\.text) == ["I forgot hot keys."])
        #expect(entry.questions.map(\.difficult) == [true])
    }
}
