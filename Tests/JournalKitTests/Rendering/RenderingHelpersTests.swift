import JournalKit
import Testing

@Suite struct RenderingHelpersTests {
    @Test func fnv1aMatchesThePublishedVectors() {
        #expect(StableHash.fnv1a("") == 0xcbf2_9ce4_8422_2325)
        #expect(StableHash.fnv1a("a") == 0xaf63_dc4c_8601_ec8c)
        #expect(StableHash.fnv1a("foobar") == 0x8594_4171_f739_67e8)
        #expect(StableHash.hex("") == "cbf29ce484222325")
        #expect(StableHash.hex("a").count == 16)
    }

    @Test func barsUseEighthBlocks() {
        #expect(BarChart.bar(8, of: 8, width: 8) == "████████")
        #expect(BarChart.bar(1, of: 8, width: 4) == "▌")
        #expect(BarChart.bar(5, of: 6, width: 30) == "█████████████████████████")
        #expect(BarChart.bar(1, of: 3, width: 4) == "█▍")  // 10.7 eighths, rounded to 11
        #expect(BarChart.bar(1, of: 1000, width: 10) == "▏")
        #expect(BarChart.bar(0, of: 5) == "")
        #expect(BarChart.bar(3, of: 0) == "")
    }

    @Test func wrapsByTerminalCells() {
        #expect(TextWrap.wrap("aaa bbb ccc", width: 7, first: "", rest: "  ") == ["aaa bbb", "  ccc"])
        #expect(TextWrap.wrap("面接 面接 面接", width: 9) == ["面接 面接", "面接"])
        #expect(TextWrap.wrap("averyveryverylongword x", width: 12) == ["averyveryver", "ylongword x"])
        #expect(TextWrap.wrap("宏定义一个函数这个函数有很多行", width: 12, first: "1. ", rest: "   ") == ["1. 宏定义一", "   个函数这", "   个函数有", "   很多行"])
        #expect(TextWrap.wrap("", first: "> ") == ["> "])
    }

    @Test func ankiHasHeadersAndOneLinePerQuestionWithEscapedFields() {
        let question = PracticeQuestion(text: "Tabs\tand <tags> & \"quotes\"", key: "tabs and tags quotes", count: 2,
                                        companies: ["A", "B"], difficult: true, notes: ["line one\nline two"],
                                        tags: ["area/sub", "behavioral"], lastAsked: CalendarDay(iso: "2026-11-02"), sources: [])
        let anki = PracticeRenderer.anki(PracticeList(questions: [question], entryCount: 2))
        #expect(anki == """
        #separator:tab
        #html:true
        #notetype:Basic
        #columns:GUID\tFront\tBack\tTags
        #guid column:1
        #tags column:4
        journal-\(StableHash.hex("tabs and tags quotes"))\tTabs and &lt;tags&gt; &amp; &quot;quotes&quot;\t\
        <p>difficult · asked 2× · A, B · last 2026-11-02</p><ul><li>line one line two</li></ul>\tarea::sub behavioral difficult

        """)
    }
}
