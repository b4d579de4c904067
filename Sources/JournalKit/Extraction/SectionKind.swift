/// What a section of an entry holds, decided from its heading's words.
package enum SectionKind: String, Sendable, Hashable, Codable, CaseIterable {
    case questions
    case round
    case difficult
    case askedThem = "asked-them"
    case nextSteps = "next-steps"
    case reflection
    case wentWell = "went-well"
    case toImprove = "to-improve"
    case feedback
    case offer
}
