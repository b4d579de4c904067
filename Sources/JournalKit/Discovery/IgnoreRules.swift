import Foundation

/// Patterns of a `.journalignore` file, in gitignore syntax.
package struct IgnoreRules: Sendable {
    struct Rule: Sendable {
        var pattern: String
        var negated: Bool
        var directoryOnly: Bool
        var anchored: Bool
    }

    private var rules: [Rule] = []

    package init(_ text: String = "") {
        for raw in text.split(whereSeparator: \.isNewline) {
            var line = String(raw)
            while line.hasSuffix(" "), !line.hasSuffix("\\ ") { line.removeLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var rule = Rule(pattern: line, negated: false, directoryOnly: false, anchored: false)
            if rule.pattern.hasPrefix("!") { rule.negated = true; rule.pattern.removeFirst() }
            if rule.pattern.hasPrefix("\\") { rule.pattern.removeFirst() }
            if rule.pattern.hasSuffix("/") { rule.directoryOnly = true; rule.pattern.removeLast() }
            if rule.pattern.hasPrefix("/") { rule.anchored = true; rule.pattern.removeFirst() }
            else if rule.pattern.contains("/") && !rule.pattern.hasPrefix("**/") { rule.anchored = true }
            if rule.pattern.hasPrefix("**/") { rule.pattern.removeFirst(3) }
            if !rule.pattern.isEmpty { rules.append(rule) }
        }
    }

    /// The rules of `.journalignore` at the journal root (none when there is no such file).
    package static func load(root: String) -> IgnoreRules {
        IgnoreRules((try? String(contentsOfFile: (root as NSString).appendingPathComponent(".journalignore"), encoding: .utf8)) ?? "")
    }

    package var isEmpty: Bool { rules.isEmpty }

    /// Whether `path` (relative to the root, `/`-separated) is ignored.
    package func ignores(_ path: String, isDirectory: Bool) -> Bool {
        var ignored = false
        let name = (path as NSString).lastPathComponent
        for rule in rules {
            if rule.directoryOnly && !isDirectory { continue }
            let matched: Bool
            if rule.anchored {
                matched = IgnoreRules.match(rule.pattern, path, pathname: true)
                    || (rule.pattern.hasSuffix("/**") && path.hasPrefix(String(rule.pattern.dropLast(2))))
            } else {
                matched = IgnoreRules.match(rule.pattern, name, pathname: true) || IgnoreRules.match(rule.pattern, path, pathname: false)
            }
            if matched { ignored = !rule.negated }
        }
        return ignored
    }

    private static func match(_ pattern: String, _ text: String, pathname: Bool) -> Bool {
        let p = pattern.replacingOccurrences(of: "**", with: "*")
        return fnmatch(p, text, pathname && !pattern.contains("**") ? FNM_PATHNAME : 0) == 0
    }
}
