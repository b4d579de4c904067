@testable import JournalKit
import Foundation
import Testing

/// `JSONOutput` writes exactly what Foundation's `JSONEncoder` writes (pretty, sorted
/// keys, unescaped slashes): the JSON formats are a public contract.
@Suite struct JSONOutputTests {
    /// Both ways, and that the fast one did not fall back; pretty and compact (`export --compact`).
    static func expectSameAsFoundation<T: Encodable>(_ value: T, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        for compact in [false, true] {
            let fast = (try? FastJSONEncoder.encode(value, compact: compact)).map { String(decoding: $0, as: UTF8.self) + "\n" }
            #expect(fast != nil, "the fast encoder fell back", sourceLocation: sourceLocation)
            #expect(fast == (try? JSONOutput.foundationEncoded(value, compact: compact)), "compact: \(compact)", sourceLocation: sourceLocation)
        }
    }

    struct Scalars: Encodable {
        var int = Int.min, int8 = Int8.min, int16 = Int16.max, int32 = Int32.min, int64 = Int64.max
        var uint = UInt.max, uint8 = UInt8.max, uint16 = UInt16.max, uint32 = UInt32.max, uint64 = UInt64.max
        var yes = true, no = false
        var doubles: [Double] = [0, -0.0, 1, -1, 0.1, 1.5, 1e20, 1e-7, 123456789.125, 5e-324, .greatestFiniteMagnitude, 2.0 / 3.0]
        var float: Float = 0.1
        var wholeFloat: Float = 3
    }

    @Test func scalars() throws {
        try Self.expectSameAsFoundation(Scalars())
        try Self.expectSameAsFoundation(42)
        try Self.expectSameAsFoundation("top-level \"string\"")
        try Self.expectSameAsFoundation(true)
        try Self.expectSameAsFoundation(2.5)
        try Self.expectSameAsFoundation(JSONValue.object(["pi": .number(3.14159), "big": .number(1e300), "n": .number(7), "list": .array([.null, .bool(false), .string("x")])]))
    }

    @Test func stringsWithEveryEscape() throws {
        var texts = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }
        texts += ["", "\"", "\\", "/", "</script>", "a\u{7F}b", "é", "e\u{301}", "👍🏽", "東京", "\u{2028}\u{2029}", "tab\there", "crlf\r\n", "\u{FEFF}bom", "x\0y"]
        try Self.expectSameAsFoundation(texts)
        try Self.expectSameAsFoundation(["joined": texts.joined()])
    }

    struct Empty: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct Nothing: Encodable {
        func encode(to encoder: any Encoder) throws { _ = encoder.singleValueContainer() }
    }

    struct Optionals: Encodable {
        var some: String? = "x"
        var none: String?
        var nested: [Int?] = [1, nil, 3]

        enum CodingKeys: String, CodingKey { case some, none, nested, explicitNull, skipped }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(some, forKey: .some)
            try c.encode(none, forKey: .none)
            try c.encode(nested, forKey: .nested)
            try c.encodeNil(forKey: .explicitNull)
            try c.encodeIfPresent(none, forKey: .skipped)
        }
    }

    /// Keys whose byte order differs from other orders (case, accents, digits, prefixes;
    /// "é" and "e\u{301}" are one key to a Swift dictionary).
    static let awkwardKeys = ["", "a", "B", "b", "Z", "_", "aa", "a b", "é", "z", "10", "9", "1", "Ä", "ä", "👍", "ab", "aB", "a\0", "ǅ"]

    @Test func containersAndKeyOrder() throws {
        try Self.expectSameAsFoundation([Empty(), Empty()])
        try Self.expectSameAsFoundation(["inner": Empty()])
        try Self.expectSameAsFoundation(["nothing": Nothing()])
        try Self.expectSameAsFoundation(Optionals())
        try Self.expectSameAsFoundation([[Int]]())
        try Self.expectSameAsFoundation([[Int](), [], [1]])
        try Self.expectSameAsFoundation([String: Int]())
        try Self.expectSameAsFoundation(["empty": [String: [Int]](), "list": ["a": [], "b": [1, 2]]])
        try Self.expectSameAsFoundation(Dictionary(uniqueKeysWithValues: Self.awkwardKeys.enumerated().map { ($1, $0) }))
        try Self.expectSameAsFoundation([3: "three", 10: "ten", -1: "minus one", 200: "two hundred"])
        try Self.expectSameAsFoundation([[["deep": [["deeper": [1, 2]]]]]])
    }

    struct Repeated: Encodable {
        enum CodingKeys: String, CodingKey { case b, a }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(1, forKey: .b)
            try c.encode(2, forKey: .a)
            try c.encode("last", forKey: .b)
        }
    }

    @Test func aRepeatedKeyKeepsTheLastValue() throws {
        try Self.expectSameAsFoundation(Repeated())
    }

    struct Nested: Encodable {
        enum CodingKeys: String, CodingKey { case inner, list }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            var inner = c.nestedContainer(keyedBy: CodingKeys.self, forKey: .inner)
            try inner.encode(1, forKey: .list)
            var list = c.nestedUnkeyedContainer(forKey: .list)
            try list.encode("x")
        }
    }

    struct Special: Encodable {
        var date = Date(timeIntervalSince1970: 1_000_000)
        var url = URL(string: "https://example.com/a b")
        var data = Data([1, 2, 3])
        var decimal = Decimal(string: "1.10")
    }

    /// What the fast encoder leaves to Foundation still comes out as Foundation writes it.
    @Test func fallsBackToFoundation() throws {
        #expect(throws: FastJSONEncoder.Unsupported.self) { try FastJSONEncoder.encode(Nested()) }
        #expect(throws: FastJSONEncoder.Unsupported.self) { try FastJSONEncoder.encode(Special()) }
        #expect(throws: FastJSONEncoder.Unsupported.self) { try FastJSONEncoder.encode([Double.nan]) }
        #expect(throws: FastJSONEncoder.Unsupported.self) { try FastJSONEncoder.encode(Empty()) }
        for value in [Nested(), Special()] as [any Encodable] {
            #expect(try JSONOutput.encode(value) == (try JSONOutput.foundationEncoded(value)))
            #expect(try JSONOutput.encode(value, compact: true) == (try JSONOutput.foundationEncoded(value, compact: true)))
        }
        // What is no JSON at all is an error, never a placeholder text.
        for value in [[Double.infinity], Empty()] as [any Encodable] {
            #expect(throws: (any Error).self) { try JSONOutput.encode(value) }
        }
    }

    /// The journals to compare on: the example, the practice fixture, and the real-world
    /// notes of `../shared/corpus/` when this checkout sits beside them.
    static var journals: [String] {
        let realWorld = TestEntries.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/real-world").path
        return [TestEntries.exampleJournal, TestEntries.practiceJournal] + (FileManager.default.fileExists(atPath: realWorld) ? [realWorld] : [])
    }

    /// The JSON of the commands on real journals: the report, the practice list, the
    /// export of every entry and `due`.
    @Test(arguments: journals)
    func wholeJournals(_ root: String) throws {
        try #require(FileManager.default.fileExists(atPath: root))
        let journal = Journal.load(root: root, options: LoadOptions(useCache: false))
        let today = CalendarDay(iso: "2026-11-23")!
        let practice = PracticeList(entries: journal.entries)
        let actions = AdviceEngine.actions(for: journal, today: today)
        let model = ReportModel(entries: journal.entries, today: today, practice: practice) {
            AdviceEngine.select(actions, entries: journal.entries, filter: EntryFilter(), today: today, within: 7).map(ReportAction.init)
        }
        struct Entries: Encodable { var entries: [Entry] }
        try Self.expectSameAsFoundation(model)
        try Self.expectSameAsFoundation(practice.questions)
        try Self.expectSameAsFoundation(Entries(entries: journal.entries))
        try Self.expectSameAsFoundation(actions)
        let upcoming = UpcomingRound.list(journal.entries, today: today)
        struct Due: Encodable { var actions: [Action]; var upcoming: [UpcomingRound] }
        #expect(try DueRenderer.json(actions, upcoming: upcoming) == (try JSONOutput.foundationEncoded(Due(actions: actions, upcoming: upcoming))))
        // `list`, `check` and `prep` JSON: the CLI golden files, written by JSONEncoder.
    }
}
