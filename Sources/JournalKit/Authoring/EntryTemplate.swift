import Foundation

/// The text of a new entry: a template with `{{placeholder}}`s, filled in safely.
///
/// Placeholders: `{{company}}`, `{{role}}`, `{{date}}` (YYYY-MM-DD), `{{stage}}` and
/// `{{title}}` ("Company — stage", or just the company). Inside the front-matter each
/// value is written as a YAML scalar, quoted and escaped when it needs to be (a
/// placeholder already between quotes is replaced together with its quotes); in the
/// body values are written as they are. An empty value leaves nothing behind, so
/// `role: {{role}}` becomes `role:`. Other `{{words}}` are left untouched.
package struct EntryTemplate: Sendable, Hashable {
    /// The template text, placeholders included.
    package var text: String

    package init(_ text: String) {
        self.text = text
    }

    /// Where a journal keeps its own template, relative to the root.
    package static let relativePath = ".journal/template.md"

    /// The placeholders `render` replaces.
    package static let placeholders = ["company", "role", "date", "stage", "title"]

    /// The built-in template (DESIGN 3): front-matter with every key the advice uses,
    /// every section heading, and a short hint in each as an HTML comment.
    package static let builtIn = EntryTemplate("""
        ---
        company: {{company}}
        role: {{role}}
        date: {{date}}
        stage: {{stage}}
        interviewers:
          # - Dana Lee (Engineering Manager)
          # - name: Raj Patel
          #   title: Staff Engineer
          #   linkedin: https://www.linkedin.com/in/...
        decision_by:
        thank_you:
        follow_ups: []
        outcome: pending
        fit:
        tags: []
        ---

        # {{title}}

        <!-- Write it down now: most of what you hear fades within two days.
             Fill in interviewers and decision_by above; set thank_you to the day you send it. -->

        ## Questions
        <!-- One list item per question, in their words; your answer and notes indented below.
             Tag them (#behavioral, #system-design) and mark the hard ones with #hard. -->

        ## Difficult answers
        <!-- - **The question, as in Questions** What went wrong; what you would say next time. -->

        ## Questions I asked
        <!-- - What does success look like after six months? -->

        ## Next steps
        <!-- - [ ] Send the take-home by 2026-11-30   ([x] when done, [-] when cancelled) -->

        ## Reflection
        ### Went well
        <!-- What to keep doing. -->

        ### To improve
        <!-- What to do differently next time. -->

        ## Feedback
        <!-- What they said about you, in their words, once you hear back. -->

        """)

    /// The values of a new entry.
    package struct Values: Sendable, Hashable {
        package var company: String
        package var role: String
        package var date: CalendarDay
        package var stage: String

        /// Values cleaned with `EntryTemplate.clean`.
        package init(company: String, role: String = "", date: CalendarDay, stage: String = "") {
            self.company = EntryTemplate.clean(company)
            self.role = EntryTemplate.clean(role)
            self.date = date
            self.stage = EntryTemplate.clean(stage)
        }

        /// "Company — stage", or the company alone.
        package var title: String { stage.isEmpty ? company : "\(company) — \(stage)" }

        func value(of name: String) -> String? {
            switch name {
            case "company": company
            case "role": role
            case "date": date.description
            case "stage": stage
            case "title": title
            default: nil
            }
        }
    }

    /// One line of text: control characters, line breaks and runs of white space become
    /// one space, byte-order marks go, and the ends are trimmed.
    package static func clean(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for scalar in text.unicodeScalars {
            let category = scalar.properties.generalCategory
            if scalar == "\u{FEFF}" { continue }
            if scalar.properties.isWhitespace || category == .control || category == .lineSeparator || category == .paragraphSeparator {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" "); space = false }
            out.append(scalar)
        }
        return String(out)
    }

    /// The template with every placeholder replaced.
    package func render(_ values: Values) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let frontMatterEnd = EntryTemplate.frontMatterEnd(lines)
        var out: [String] = []
        out.reserveCapacity(lines.count)
        for (index, line) in lines.enumerated() {
            let inFrontMatter = frontMatterEnd.map { index > 0 && index < $0 } ?? false
            var filled = EntryTemplate.substitute(String(line), values, yaml: inFrontMatter)
            // `role: {{role}}` with no role becomes `role:`, without a trailing space.
            if inFrontMatter, filled != line { while filled.last == " " || filled.last == "\t" { filled.removeLast() } }
            out.append(filled)
        }
        return out.joined(separator: "\n")
    }

    /// The index of the closing `---` line when `lines` start with a YAML front-matter.
    private static func frontMatterEnd(_ lines: [Substring]) -> Int? {
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{FEFF}", with: "") == "---" else { return nil }
        for index in lines.indices.dropFirst() {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." { return index }
        }
        return nil
    }

    private static func substitute(_ line: String, _ values: Values, yaml: Bool) -> String {
        guard line.contains("{{") else { return line }
        var out = ""
        var rest = Substring(line)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces).lowercased()
            guard let value = values.value(of: name) else {
                out += rest[..<close.upperBound]
                rest = rest[close.upperBound...]
                continue
            }
            var before = rest[..<open.lowerBound]
            var after = rest[close.upperBound...]
            if yaml {
                // A placeholder the template already quoted is replaced with its quotes.
                if let quote = before.last, quote == "\"" || quote == "'", after.first == quote {
                    before = before.dropLast()
                    after = after.dropFirst()
                }
                out += before + (value.isEmpty ? "" : yamlScalar(value))
            } else {
                out += before + value
            }
            rest = after
        }
        return out + rest
    }

    /// `text` as a YAML scalar: plain when that reads back as the same text, else double-quoted
    /// with escapes.
    package static func yamlScalar(_ text: String) -> String {
        if isPlainSafe(text) { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                let category = scalar.properties.generalCategory
                if category == .control || category == .lineSeparator || category == .paragraphSeparator || scalar == "\u{FEFF}" {
                    out += scalar.value <= 0xFF ? String(format: "\\x%02X", scalar.value) : String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static let plainWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    /// Letters, digits, spaces and `.&()'+-/_` after a letter or digit, and not a YAML keyword
    /// (no comma, so that a value stays one item even inside a `[...]` list of a template).
    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || ("0"..."9").contains(first),
              text.unicodeScalars.last != " ", !plainWords.contains(text.lowercased()) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            if scalar.isASCII {
                return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || " .&()'+-/_".unicodeScalars.contains(scalar)
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// The 1-based line where writing should start: in the first section (a heading of
    /// level 2 or deeper, without subsections) that holds nothing but blank lines, HTML
    /// comments and empty list items — on its first empty item when it has one, else on its
    /// first blank line (below the hint), else just below the heading. Nil when every
    /// section has content.
    package static func firstEmptySectionLine(in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        var index = 0
        if let end = frontMatterEnd(lines.map { Substring($0) }) { index = end + 1 }
        var fence: String?
        var inComment = false
        var candidate: (level: Int, heading: Int, item: Int?, blank: Int?)?
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            defer { index += 1 }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                candidate = nil
                continue
            }
            if trimmed.hasPrefix("<!--") {
                if !trimmed.contains("-->") { inComment = true }
                continue
            }
            let level = trimmed.prefix { $0 == "#" }.count
            if level >= 1, level <= 6, trimmed.count == level || trimmed.dropFirst(level).first == " " {
                // A section whose only content is subsections is not empty: look inside it.
                if let c = candidate, level <= c.level { return c.item ?? c.blank ?? c.heading + 1 }
                candidate = level >= 2 ? (level, index + 1, nil, nil) : nil
                continue
            }
            if trimmed.isEmpty {
                if let c = candidate, c.blank == nil { candidate = (c.level, c.heading, c.item, index + 1) }
                continue
            }
            if ["-", "*", "+", "- [ ]", "* [ ]", "+ [ ]", "1.", "1)"].contains(trimmed) {
                if let c = candidate, c.item == nil { candidate = (c.level, c.heading, index + 1, c.blank) }
                continue
            }
            candidate = nil
        }
        if let c = candidate { return c.item ?? c.blank ?? c.heading + 1 }
        return nil
    }
}
