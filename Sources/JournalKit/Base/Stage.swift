import Foundation

/// The kind of interview round. Known stages have an order; others are kept as written.
package struct Stage: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The known stages, in the order a search usually goes through them.
    package static let known = ["phone-screen", "recruiter", "technical", "take-home", "onsite", "final", "reference-check", "offer"]

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
    package let name: String

    package init(_ text: String) {
        name = KnownName.canonical(text, known: Stage.known, aliases: Stage.aliases)
    }

    /// The position in `known`, or nil for a stage `journal` does not know.
    package var rank: Int? { Stage.known.firstIndex(of: name) }

    package var isKnown: Bool { rank != nil }

    package var description: String { name }

    package static func < (lhs: Stage, rhs: Stage) -> Bool {
        (lhs.rank ?? Stage.known.count, lhs.name) < (rhs.rank ?? Stage.known.count, rhs.name)
    }

    package init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }
}
