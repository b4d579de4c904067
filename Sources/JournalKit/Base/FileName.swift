#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File names that are not UTF-8 (Linux allows any bytes but `/` and NUL).
///
/// A Swift `String` holds only Unicode, so each byte that is not part of valid UTF-8 is
/// kept as one of the last 256 code points of plane 16 (private use, U+10FF00 + byte),
/// the way Python's "surrogateescape" keeps them. `withCString` turns such a name back
/// into its exact bytes for the system, and `TerminalSafe` shows those bytes as `\xE9`.
package enum FileName {
    static let base: UInt32 = 0x10FF00

    /// The byte a kept scalar stands for, if it is one.
    package static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= base ? UInt8(scalar.value - base) : nil
    }

    /// A name read from the system (`readdir`), bytes that are not UTF-8 kept.
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        var i = 0
        while i < bytes.count {
            let lead = bytes[i]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            if length > 0, i + length <= bytes.count,
               let piece = String(validating: UnsafeBufferPointer(rebasing: bytes[i..<(i + length)]), as: UTF8.self) {
                scalars.append(contentsOf: piece.unicodeScalars)
                i += length
            } else {
                scalars.append(Unicode.Scalar(base + UInt32(lead))!)
                i += 1
            }
        }
        return String(scalars)
    }

    /// Calls `body` with the name as the system spells it.
    package static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        guard path.unicodeScalars.contains(where: { $0.value >= base }) else { return try path.withCString(body) }
        var bytes: [CChar] = []
        for scalar in path.unicodeScalars {
            if let byte = rawByte(scalar) { bytes.append(CChar(bitPattern: byte)) } else {
                bytes.append(contentsOf: String(scalar).utf8.map { CChar(bitPattern: $0) })
            }
        }
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }
}
