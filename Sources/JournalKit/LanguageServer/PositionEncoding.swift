/// How LSP positions count characters on a line, negotiated at `initialize`: UTF-8 when the
/// client offers it (`general.positionEncodings`), else UTF-16, the protocol's default
/// (VS Code offers nothing). The one place where the UTF-8 byte columns of diagnostics
/// become LSP characters and back.
package enum PositionEncoding: String, Sendable, Hashable {
    case utf8 = "utf-8"
    case utf16 = "utf-16"

    /// UTF-8 when `offered` names it, else UTF-16.
    package static func negotiate(offered: [String]?) -> PositionEncoding {
        (offered ?? []).contains("utf-8") ? .utf8 : .utf16
    }

    /// The LSP character of byte `column` (0-based) of `line` (the bytes of the line,
    /// without its line end). A column inside a character counts as its start; past the
    /// end, as the end.
    package func character(ofByte column: Int, in line: ArraySlice<UInt8>) -> Int {
        let column = min(max(0, column), line.count)
        switch self {
        case .utf8: return column
        case .utf16:
            var units = 0
            var i = line.startIndex
            let end = line.startIndex + column
            while i < end {
                let byte = line[i]
                let width = Self.sequenceLength(byte)
                guard i + width <= end else { break }
                units += width == 4 ? 2 : 1
                i += width
            }
            return units
        }
    }

    /// The 0-based byte column of LSP `character` on `line`; past the end, the end. A
    /// UTF-16 position inside a surrogate pair counts as the character's start.
    package func byte(ofCharacter character: Int, in line: ArraySlice<UInt8>) -> Int {
        let character = max(0, character)
        switch self {
        case .utf8: return min(character, line.count)
        case .utf16:
            var units = 0
            var i = line.startIndex
            while i < line.endIndex {
                let width = min(Self.sequenceLength(line[i]), line.endIndex - i)
                let size = width == 4 ? 2 : 1
                if units + size > character { break }
                units += size
                i += width
            }
            return i - line.startIndex
        }
    }

    /// Bytes of the UTF-8 sequence a lead byte starts (1 for a stray continuation byte).
    static func sequenceLength(_ byte: UInt8) -> Int {
        switch byte {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
