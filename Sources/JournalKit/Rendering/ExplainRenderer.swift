/// `journal check --explain`: each block the question classifier judged, line by line,
/// with its decision and the cues behind it.
package enum ExplainRenderer {
    package static func text(_ candidates: [QuestionCandidate]) -> String {
        var out = ""
        for c in candidates.sorted(by: { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }) {
            let decision = c.isQuestion ? "question    " : "not question"
            var text = c.text.replacingNewlines()
            if text.count > 72 { text = String(text.prefix(71)) + "…" }
            out += "\(c.location): \(decision) (\(c.shape)) \(text)\n"
            out += "    because: \(c.reasons.joined(separator: "; "))\n"
        }
        return out
    }
}

private extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
