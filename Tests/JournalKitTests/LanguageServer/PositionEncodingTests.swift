import Testing
@testable import JournalKit

@Suite struct PositionEncodingTests {
    @Test func utf8WhenOfferedElseUTF16() {
        #expect(PositionEncoding.negotiate(offered: ["utf-8", "utf-16"]) == .utf8)
        #expect(PositionEncoding.negotiate(offered: ["utf-16"]) == .utf16)
        #expect(PositionEncoding.negotiate(offered: ["utf-32"]) == .utf16)
        // VS Code offers nothing.
        #expect(PositionEncoding.negotiate(offered: nil) == .utf16)
    }

    /// "面试 😀 é" with a combining acute accent (e + U+0301): bytes 3+3+1+4+1+1+2, UTF-16 units 1+1+1+2+1+1+1.
    static let line = ArraySlice(Array("面试 😀 e\u{301}x".utf8))

    @Test func byteColumnsAsUTF16Characters() {
        let utf16 = PositionEncoding.utf16
        #expect([0, 3, 6, 7, 11, 12, 13, 15, 16].map { utf16.character(ofByte: $0, in: Self.line) } == [0, 1, 2, 3, 5, 6, 7, 8, 9])
        // Inside a character counts as its start; past the end as the end.
        #expect(utf16.character(ofByte: 1, in: Self.line) == 0)
        #expect(utf16.character(ofByte: 9, in: Self.line) == 3)
        #expect(utf16.character(ofByte: 99, in: Self.line) == 9)
    }

    @Test func utf16CharactersAsByteColumns() {
        let utf16 = PositionEncoding.utf16
        #expect([0, 1, 2, 3, 5, 6, 7, 8, 9].map { utf16.byte(ofCharacter: $0, in: Self.line) } == [0, 3, 6, 7, 11, 12, 13, 15, 16])
        // Between the two halves of the emoji's surrogate pair: its start.
        #expect(utf16.byte(ofCharacter: 4, in: Self.line) == 7)
        #expect(utf16.byte(ofCharacter: 50, in: Self.line) == 16)
    }

    @Test func utf8IsTheByteColumn() {
        #expect(PositionEncoding.utf8.character(ofByte: 11, in: Self.line) == 11)
        #expect(PositionEncoding.utf8.byte(ofCharacter: 13, in: Self.line) == 13)
        #expect(PositionEncoding.utf8.byte(ofCharacter: 40, in: Self.line) == 16)
    }

    @Test func everyCharacterBoundaryRoundTrips() {
        let text = "a面😀e\u{301}🇩🇪z"
        let bytes = ArraySlice(Array(text.utf8))
        var offset = 0
        var units = 0
        for scalar in text.unicodeScalars {
            #expect(PositionEncoding.utf16.character(ofByte: offset, in: bytes) == units)
            #expect(PositionEncoding.utf16.byte(ofCharacter: units, in: bytes) == offset)
            offset += String(scalar).utf8.count
            units += String(scalar).utf16.count
        }
        #expect(units == text.utf16.count)
    }
}
