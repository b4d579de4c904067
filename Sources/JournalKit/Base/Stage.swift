import Foundation

/// The kind of interview round. Known stages have an order; others are kept as written.
public struct Stage: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The known stages, in the order a search usually goes through them.
    public static let known = ["phone-screen", "recruiter", "technical", "take-home", "onsite", "final", "reference-check", "offer"]

    private static let aliases: [String: String] = [
        "phone": "phone-screen", "screen": "phone-screen", "phone-interview": "phone-screen", "screening": "phone-screen",
        "recruiter-call": "recruiter", "recruiter-screen": "recruiter", "hr": "recruiter", "hr-screen": "recruiter",
        "tech": "technical", "technical-interview": "technical", "coding": "technical", "tech-screen": "technical",
        "takehome": "take-home", "homework": "take-home", "assignment": "take-home",
        "on-site": "onsite", "virtual-onsite": "onsite", "loop": "onsite",
        "final-round": "final", "finals": "final",
        "references": "reference-check", "reference": "reference-check", "reference-checks": "reference-check",
    ]

    /// The value as written when unknown, else its canonical name.
    public let name: String

    public init(_ text: String) {
        // A canonical name (what most files and the cache hold) is its own normal form.
        if Stage.known.contains(text) { name = text; return }
        let key = Stage.normalize(text)
        if Stage.known.contains(key) { name = key }
        else if let alias = Stage.aliases[key] { name = alias }
        else { name = text.trimmingCharacters(in: .whitespaces) }
    }

    /// The position in `known`, or nil for a stage `journal` does not know.
    public var rank: Int? { Stage.known.firstIndex(of: name) }

    public var isKnown: Bool { rank != nil }

    public var description: String { name }

    public static func < (lhs: Stage, rhs: Stage) -> Bool {
        (lhs.rank ?? Stage.known.count, lhs.name) < (rhs.rank ?? Stage.known.count, rhs.name)
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }

    /// Lowercase words joined by `-`: "Phone Screen", "phone_screen" and "phone-screen" are alike.
    static func normalize(_ text: String) -> String {
        var copy = text
        if let ascii = copy.withUTF8(normalizeASCII) { return ascii }
        return text.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" }).joined(separator: "-")
    }

    /// `normalize` for ASCII text, written in one pass; nil for any other text.
    private static func normalizeASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var n = 0
            var dash = false
            for b in bytes {
                if b == 32 || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") {
                    dash = n > 0
                    continue
                }
                if dash { out[n] = UInt8(ascii: "-"); n += 1; dash = false }
                out[n] = b >= 65 && b <= 90 ? b + 32 : b
                n += 1
            }
            return n
        }
    }
}

/// Where an application ended up (or `pending` while it is open).
public struct Outcome: Sendable, Hashable, Codable, CustomStringConvertible {
    public static let known = ["pending", "advanced", "offer", "accepted", "declined", "rejected", "withdrawn", "ghosted"]
    private static let aliases: [String: String] = [
        "waiting": "pending", "open": "pending", "in-progress": "pending", "tbd": "pending",
        "passed": "advanced", "next-round": "advanced", "moved-on": "advanced",
        "offered": "offer", "selected": "offer",
        "accept": "accepted", "decline": "declined", "rejection": "rejected", "reject": "rejected",
        "no-offer": "rejected", "not-selected": "rejected", "withdrew": "withdrawn", "ghost": "ghosted",
    ]
    /// Outcomes after which nothing is chased any more.
    public static let final: Set<String> = ["accepted", "declined", "rejected", "withdrawn", "ghosted"]

    public let name: String

    public init(_ text: String) {
        // A canonical name (what most files and the cache hold) is its own normal form.
        if Outcome.known.contains(text) { name = text; return }
        let key = Stage.normalize(text)
        if Outcome.known.contains(key) { name = key }
        else if let alias = Outcome.aliases[key] { name = alias }
        else { name = text.trimmingCharacters(in: .whitespaces) }
    }

    public var isKnown: Bool { Outcome.known.contains(name) }
    /// True when the application is over (rejected, withdrawn, accepted, declined, ghosted).
    public var isFinal: Bool { Outcome.final.contains(name) }
    public var description: String { name }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }
}
