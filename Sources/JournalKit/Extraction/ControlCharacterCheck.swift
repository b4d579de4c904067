import Foundation

/// Finds characters that make a note show in another way than it is stored: the
/// bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069:
/// "Acme‮evil‬ Corp") and terminal escapes (ESC). Output shows them visibly
/// (`TerminalSafe`); `check` warns so that they can be removed at the source.
enum ControlCharacterCheck {
    struct Finding: Equatable {
        var bidi: Int
        var escapes: Int
        /// The first one's position: 1-based line and byte column.
        var line: Int
        var column: Int
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Finding? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        // Fast path: neither the lead byte of U+2000–U+2FFF nor ESC.
        if memchr(base, 0xE2, bytes.count) == nil, memchr(base, 0x1B, bytes.count) == nil { return nil }
        var finding: Finding?
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x1B || (b == 0xE2 && i + 2 < bytes.count && isBidi(bytes[i + 1], bytes[i + 2])) {
                if finding == nil {
                    // Lines are counted only up to the first finding (most files have none).
                    var line = 1, lineStart = 0
                    for k in 0..<i where bytes[k] == 0x0A { line += 1; lineStart = k + 1 }
                    finding = Finding(bidi: 0, escapes: 0, line: line, column: i - lineStart + 1)
                }
                if b == 0x1B { finding!.escapes += 1 } else { finding!.bidi += 1 }
            }
            i += 1
        }
        return finding
    }

    private static func isBidi(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0x80 && (0xAA...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }

    /// The warnings for a file: its content, and its name.
    static func diagnostics(path: String, bytes: UnsafeBufferPointer<UInt8>) -> [Diagnostic] {
        var out: [Diagnostic] = []
        if let f = scan(bytes) {
            var what: [String] = []
            if f.bidi > 0 { what.append(f.bidi == 1 ? "a bidirectional control character (U+202A–U+202E, U+2066–U+2069), which shows text in another order than it is stored"
                                                    : "\(f.bidi) bidirectional control characters (U+202A–U+202E, U+2066–U+2069), which show text in another order than it is stored") }
            if f.escapes > 0 { what.append(f.escapes == 1 ? "a terminal escape character (ESC)" : "\(f.escapes) terminal escape characters (ESC)") }
            out.append(Diagnostic(.warning, SourceLocation(path: path, line: f.line, column: f.column),
                                  "this file contains \(what.joined(separator: " and ")); journal shows them as <U+…>, remove them unless they are meant",
                                  help: FormatDoc.encoding))
        }
        if TerminalSafe.path(path) != path {
            out.append(Diagnostic(.warning, SourceLocation(path: path, line: 1, column: 1),
                                  "this file name contains control characters, bidirectional controls or bytes that are not UTF-8 (shown escaped, in quotes); rename the file",
                                  help: FormatDoc.encoding))
        }
        return out
    }
}
