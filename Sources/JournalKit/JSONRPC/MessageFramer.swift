/// Splits a byte stream into JSON-RPC message bodies framed by `Content-Length` headers
/// (the base protocol of the Language Server Protocol).
///
/// Bytes arrive in any pieces: a message split over several reads, or several messages in
/// one. A header block without a valid `Content-Length` is reported and skipped up to the
/// next `Content-Length:`, so one bad message does not end the session.
package struct MessageFramer: Sendable {
    /// What the next complete piece of the stream is.
    package enum Frame: Sendable, Equatable {
        /// The body of one message (the bytes after the blank line, `Content-Length` of them).
        case body([UInt8])
        /// A header block that could not be used, with why; its bytes are dropped.
        case badHeader(String)
    }

    private var buffer: [UInt8] = []
    private var start = 0
    /// The longest header block accepted (a stream without a blank line is not waited for forever).
    static let maxHeaderBytes = 8192

    package init() {}

    /// Adds bytes read from the stream.
    package mutating func append<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        if start > 0, start >= buffer.count / 2 {
            buffer.removeSubrange(0..<start)
            start = 0
        }
        buffer.append(contentsOf: bytes)
    }

    /// Bytes received and not yet part of a frame.
    package var pending: Int { buffer.count - start }

    /// The next complete frame, or nil until more bytes arrive.
    package mutating func next() -> Frame? {
        guard start < buffer.count else { return nil }
        guard let end = headerEnd() else {
            if buffer.count - start > Self.maxHeaderBytes {
                let problem = "no blank line after \(Self.maxHeaderBytes) bytes of header"
                skipToNextHeader(from: start + 1)
                return .badHeader(problem)
            }
            return nil
        }
        let header = String(decoding: buffer[start..<end.headerEnd], as: UTF8.self)
        var length: Int?
        var problem: String?
        for line in header.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            guard let colon = line.firstIndex(of: ":") else {
                problem = "a header line without a colon: \(line.prefix(80))"
                break
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let number = Int(value), number >= 0 else {
                    problem = "Content-Length is not a number of bytes: '\(value.prefix(40))'"
                    break
                }
                length = number
            }
        }
        if problem == nil, length == nil { problem = "a header block without Content-Length" }
        if let problem {
            // The next message may start inside this block (after a body cut short).
            skipToNextHeader(from: start + 1)
            return .badHeader(problem)
        }
        let bodyEnd = end.bodyStart + length!
        guard bodyEnd <= buffer.count else { return nil }
        let body = Array(buffer[end.bodyStart..<bodyEnd])
        start = bodyEnd
        return .body(body)
    }

    /// Where the header block ends (before "\r\n\r\n", also accepted: "\n\n") and the body starts.
    private func headerEnd() -> (headerEnd: Int, bodyStart: Int)? {
        var i = start
        let limit = min(buffer.count, start + Self.maxHeaderBytes + 4)
        while i < limit {
            if buffer[i] == 0x0A {
                if i + 1 < buffer.count, buffer[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < buffer.count, buffer[i + 1] == 0x0D, buffer[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// Drops bytes up to the next `Content-Length` (any case), or all of them.
    private mutating func skipToNextHeader(from offset: Int) {
        let needle = Array("content-length".utf8)
        var i = max(offset, start)
        while i + needle.count <= buffer.count {
            var matched = true
            for (k, byte) in needle.enumerated() where buffer[i + k] | 0x20 != byte {
                matched = false
                break
            }
            if matched {
                start = i
                return
            }
            i += 1
        }
        // Keep a tail that could still become the start of the name.
        start = max(max(offset, start), buffer.count - (needle.count - 1))
    }

    /// The framed form of a message body: `Content-Length: N\r\n\r\n` then the body.
    package static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
