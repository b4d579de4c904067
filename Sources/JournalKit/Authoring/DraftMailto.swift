import Foundation

/// `mailto:` URLs as RFC 6068 writes them: `mailto:TO?subject=...&body=...`.
///
/// Text is UTF-8 and percent-encoded: in the subject and body every byte but the
/// unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded (a space is `%20`, never `+`),
/// and each line break of the body is `%0D%0A`; in the addresses the characters
/// RFC 6068 allows there (unreserved, `@` and `!$'()*+,;:`) stay as they are.
package enum DraftMailto {
    /// The URL; `to` is one address or several separated by commas (spaces around them go).
    package static func url(to: String, subject: String, body: String) -> String {
        let addresses = to.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let recipients = addresses.map { encode($0, keeping: addressCharacters) }.joined(separator: ",")
        // "\r\n" is one Character to Swift: split the scalars.
        let lines = body.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line[...]))
        }
        let encodedBody = lines.map { encode($0, keeping: []) }.joined(separator: "%0D%0A")
        return "mailto:\(recipients)?subject=\(encode(subject, keeping: []))&body=\(encodedBody)"
    }

    private static let addressCharacters: Set<UInt8> = Set("@!$'()*+,;:".utf8)

    /// Every byte of `text` but the unreserved ones and `keeping` as `%XX`.
    static func encode(_ text: String, keeping: Set<UInt8>) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            let unreserved = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "~")
            if unreserved || keeping.contains(byte) { out.append(byte) }
            else { out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension DraftMailto {
    /// The address a note gives for the application: an `email:` or `contact:` front-matter
    /// key (text with an `@`, or a list of them) of `entry`, else of the latest other note
    /// of the application that has one; nil when none does.
    package static func recipient(_ entry: Entry, of application: Application) -> String? {
        for note in [entry] + application.entries.reversed() {
            for key in ["email", "contact"] {
                let texts: [String]
                switch note.recorded(key) {
                case .string(let text)?: texts = text.split(separator: ",").map(String.init)
                case .array(let items)?: texts = items.compactMap { if case .string(let text) = $0 { text } else { nil } }
                default: texts = []
                }
                let addresses = texts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.contains("@") && !$0.contains(" ") }
                if !addresses.isEmpty { return addresses.joined(separator: ",") }
            }
        }
        return nil
    }
}
