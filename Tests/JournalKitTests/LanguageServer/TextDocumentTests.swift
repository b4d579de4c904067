import Testing
@testable import JournalKit

@Suite struct TextDocumentTests {
    func document(_ text: String) -> TextDocument { TextDocument(uri: "file:///j/a.md", path: "a.md", version: 1, text: Array(text.utf8)) }

    @Test func linesWithoutTheirEnds() {
        let doc = document("一\r\ntwo\n\nlast")
        #expect(doc.lineStarts == [0, 5, 9, 10])
        #expect(String(decoding: doc.line(0), as: UTF8.self) == "一")
        #expect(String(decoding: doc.line(1), as: UTF8.self) == "two")
        #expect(doc.line(2).isEmpty)
        #expect(String(decoding: doc.line(3), as: UTF8.self) == "last")
        #expect(doc.line(9).isEmpty)
    }

    @Test func incrementalEditsInUTF16Positions() {
        var doc = document("- 😀 question\n- 面试\n")
        // Replace "question" (after the emoji: UTF-16 character 5) with "问题\nnew line".
        let lower = doc.offset(line: 0, character: 5, encoding: .utf16)
        let upper = doc.offset(line: 0, character: 13, encoding: .utf16)
        doc.replace(lower..<upper, with: Array("问题\nnew line".utf8))
        #expect(String(decoding: doc.bytes, as: UTF8.self) == "- 😀 问题\nnew line\n- 面试\n")
        #expect(doc.lineStarts == TextDocument.lineStarts(doc.bytes))
        // Delete the line break that was just typed.
        let end = doc.offset(line: 0, character: 7, encoding: .utf16)
        doc.replace(end..<(end + 1), with: [])
        #expect(String(decoding: doc.bytes, as: UTF8.self) == "- 😀 问题new line\n- 面试\n")
        #expect(doc.lineStarts == [0, 22, 31])
        // Byte 26 is inside 面 (bytes 24-26 of the file): its start, in UTF-16; the byte itself, in UTF-8.
        #expect(doc.position(ofOffset: 26, encoding: .utf16) == (1, 2))
        #expect(doc.position(ofOffset: 26, encoding: .utf8) == (1, 4))
    }

    @Test func positionsPastTheEnd() {
        let doc = document("ab\ncd")
        #expect(doc.offset(line: 7, character: 0, encoding: .utf16) == 5)
        #expect(doc.offset(line: 1, character: 99, encoding: .utf16) == 5)
        #expect(doc.position(ofOffset: 99, encoding: .utf16) == (1, 2))
    }
}
