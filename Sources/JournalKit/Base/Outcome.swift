import Foundation

/// Where an application ended up (or `pending` while it is open).
package struct Outcome: Sendable, Hashable, Codable, CustomStringConvertible {
    package static let known = ["pending", "advanced", "offer", "accepted", "declined", "rejected", "withdrawn", "ghosted"]
    private static let aliases: [String: String] = [
        "waiting": "pending", "open": "pending", "in-progress": "pending", "tbd": "pending",
        "passed": "advanced", "next-round": "advanced", "moved-on": "advanced",
        "offered": "offer", "selected": "offer",
        "accept": "accepted", "decline": "declined", "rejection": "rejected", "reject": "rejected",
        "no-offer": "rejected", "not-selected": "rejected", "withdrew": "withdrawn", "ghost": "ghosted",
    ]
    /// Outcomes after which nothing is chased any more.
    package static let final: Set<String> = ["accepted", "declined", "rejected", "withdrawn", "ghosted"]

    package let name: String

    package init(_ text: String) {
        name = KnownName.canonical(text, known: Outcome.known, aliases: Outcome.aliases)
    }

    package var isKnown: Bool { Outcome.known.contains(name) }
    /// True when the application is over (rejected, withdrawn, accepted, declined, ghosted).
    package var isFinal: Bool { Outcome.final.contains(name) }
    package var description: String { name }

    package init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    package func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(name)
    }
}
