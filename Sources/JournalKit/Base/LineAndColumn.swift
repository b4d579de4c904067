#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The 1-based line and column (in UTF-8 bytes, as `SourceLocation` counts) of the byte at
/// `offset` in `bytes`.
func lineAndColumn(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (line: Int, column: Int) {
    guard let base = bytes.baseAddress else { return (1, offset + 1) }
    var line = 1
    var lineStart = 0
    var j = 0
    while j < offset, let newline = memchr(base + j, 0x0A, offset - j) {
        line += 1
        j = UnsafeRawPointer(newline) - UnsafeRawPointer(base) + 1
        lineStart = j
    }
    return (line, offset - lineStart + 1)
}
