/// ANSI styling that turns into plain text when colour is off.
package struct TerminalStyle: Sendable {
    package let enabled: Bool

    package init(enabled: Bool) { self.enabled = enabled }

    private func wrap(_ code: String, _ text: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    package func bold(_ s: String) -> String { wrap("1", s) }
    package func dim(_ s: String) -> String { wrap("2", s) }
    package func red(_ s: String) -> String { wrap("31", s) }
    package func yellow(_ s: String) -> String { wrap("33", s) }
    package func cyan(_ s: String) -> String { wrap("36", s) }
}
