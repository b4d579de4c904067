import Foundation

/// Reads `.journal/config.yml`: every key optional, unknown keys and wrong types are errors.
package enum ConfigLoader {
    package static let relativePath = ".journal/config.yml"

    package static let adviceKeys = ["thank_you_hours", "follow_up_after_days", "max_follow_ups", "notes_fresh_days", "keep_applying_days",
                                    "weekends", "thank_you_words"]
    /// The day names `weekends` accepts (English, full or three letters), by ISO number.
    package static let dayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    package static let drillKeys = ["desired_retention", "maximum_interval", "mastered_days"]
    package static let topKeys = ["sections", "advice", "drill", "formats", "max_file_size"]

    /// The commands with a default format to set, and their formats (from `CommandFormats`).
    package static var knownFormats: [(key: String, value: [String])] {
        CommandFormats.all.map { (key: $0.command, value: $0.names) }
    }

    /// Loads the configuration of the journal at `root` (defaults when the file is absent).
    package static func load(root: String) -> (JournalConfig, [Diagnostic]) {
        let path = (root as NSString).appendingPathComponent(relativePath)
        var st = stat()
        guard stat(path, &st) == 0 else { return (JournalConfig(), []) }
        func refused(_ message: String) -> (JournalConfig, [Diagnostic]) {
            (JournalConfig(), [Diagnostic(.error, SourceLocation(path: relativePath, line: 1, column: 1), message + "; the defaults are used", help: "docs/format.md#configuration")])
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return refused("the configuration is not a regular file") }
        guard Int(st.st_size) <= maximumBytes else {
            return refused("the configuration is \(Journal.describeSize(Int(st.st_size))), more than the \(Journal.describeSize(maximumBytes)) a configuration may have")
        }
        guard let data = readWholeFile(path) else { return refused("the configuration cannot be read (permission denied?)") }
        return parse(String(decoding: data, as: UTF8.self), path: relativePath)
    }

    /// A configuration is a few lines; anything this large is a mistake, refused before it is parsed.
    package static let maximumBytes = 1 << 20

    package static func parse(_ text: String, path: String) -> (JournalConfig, [Diagnostic]) {
        var config = JournalConfig()
        var diagnostics: [Diagnostic] = []
        func error(_ line: Int, _ column: Int, _ message: String) {
            diagnostics.append(Diagnostic(.error, SourceLocation(path: path, line: line, column: column), message, help: "docs/format.md#configuration"))
        }
        let root: FrontMatterNode?
        switch YAMLFrontMatter.parse(text, firstLine: 1) {
        case .success(let node): root = node
        case .failure(let f):
            error(f.line, f.column, f.message + "; the defaults are used")
            return (config, diagnostics)
        }
        guard let root else { return (config, diagnostics) }
        guard case .map(let pairs) = root.value else {
            error(root.line, root.column, "the configuration must be a mapping of settings, but it is \(root.kindName)")
            return (config, diagnostics)
        }
        // Bounded, so that day and hour arithmetic on them can never overflow.
        func integer(_ node: FrontMatterNode, _ key: String, min: Int, max: Int) -> Int? {
            guard let s = node.scalar, let n = Int(s.trimmingSpaces()), n >= min, n <= max else {
                error(node.line, node.column, "'\(key)' should be a whole number from \(min) to \(max)")
                return nil
            }
            return n
        }
        /// A list of words (a single word too; an empty list is allowed).
        func words(_ node: FrontMatterNode, _ key: String) -> [(node: FrontMatterNode, word: String)]? {
            if node.isNull { return [] }
            let items: [FrontMatterNode]
            switch node.value {
            case .scalar: items = [node]
            case .list(let list): items = list
            case .map:
                error(node.line, node.column, "'\(key)' should be a list of words, e.g. [saturday, sunday]")
                return nil
            }
            var out: [(node: FrontMatterNode, word: String)] = []
            for item in items {
                guard let s = item.scalar else {
                    error(item.line, item.column, "each item of '\(key)' should be a word")
                    return nil
                }
                out.append((item, s.trimmingSpaces()))
            }
            return out
        }
        func weekdays(_ days: [(node: FrontMatterNode, word: String)], _ key: String) -> Set<Int> {
            var set: Set<Int> = []
            for (node, word) in days {
                let name = word.lowercased()
                if let i = dayNames.firstIndex(where: { $0 == name || (name.count == 3 && $0.hasPrefix(name)) }) {
                    set.insert(i + 1)
                } else {
                    error(node.line, node.column, "'\(word)' is not a day of the week; '\(key)' takes day names such as saturday or sun")
                }
            }
            if set.count == 7 {
                error(days[0].node.line, days[0].node.column, "'\(key)' names every day of the week; leave at least one working day")
                return [6, 7]
            }
            return set
        }
        func mapping(_ node: FrontMatterNode, _ key: String) -> [FrontMatterPair] {
            if node.isNull { return [] }
            guard case .map(let pairs) = node.value else {
                error(node.line, node.column, "'\(key)' should be a mapping, but it is \(node.kindName)")
                return []
            }
            return pairs
        }
        for pair in pairs {
            let key = FrontMatterDecoder.normalizeKey(pair.key)
            switch key {
            case "sections":
                for section in mapping(pair.value, "sections") {
                    let name = FrontMatterDecoder.normalizeKey(section.key).replacingOccurrences(of: "_", with: "-")
                    guard let kind = SectionKind(rawValue: name) else {
                        error(section.keyLine, section.keyColumn, "unknown section kind '\(section.key)'; known kinds: \(SectionKind.allCases.map(\.rawValue).joined(separator: ", "))")
                        continue
                    }
                    switch section.value.value {
                    case .scalar(let s, _): if !section.value.isNull { config.sections[kind] = [s] }
                    case .list(let items):
                        let words = items.compactMap { item -> String? in
                            if let s = item.scalar { return s }
                            error(item.line, item.column, "each heading word of '\(section.key)' should be text")
                            return nil
                        }
                        // An empty list adds nothing, as if the kind were not there.
                        if !words.isEmpty { config.sections[kind] = words }
                    case .map:
                        error(section.value.line, section.value.column, "'\(section.key)' should be a list of heading words")
                    }
                }
            case "advice":
                for item in mapping(pair.value, "advice") {
                    let name = FrontMatterDecoder.normalizeKey(item.key)
                    switch name {
                    case "thank_you_hours": if let n = integer(item.value, item.key, min: 1, max: 8784) { config.thankYouHours = n }
                    case "follow_up_after_days": if let n = integer(item.value, item.key, min: 1, max: 3_653) { config.followUpAfterDays = n }
                    case "max_follow_ups": if let n = integer(item.value, item.key, min: 0, max: 100) { config.maxFollowUps = n }
                    case "notes_fresh_days": if let n = integer(item.value, item.key, min: 0, max: 3_653) { config.notesFreshDays = n }
                    case "keep_applying_days": if let n = integer(item.value, item.key, min: 1, max: 3_653) { config.keepApplyingDays = n }
                    case "weekends": if let days = words(item.value, item.key) { config.weekendDays = weekdays(days, item.key) }
                    case "thank_you_words":
                        if let words = words(item.value, item.key) { config.thankYouWords = words.map { $0.word.lowercased() }.filter { !$0.isEmpty } }
                    default:
                        error(item.keyLine, item.keyColumn, "unknown advice setting '\(item.key)'; known settings: \(adviceKeys.joined(separator: ", "))")
                    }
                }
            case "drill":
                for item in mapping(pair.value, "drill") {
                    switch FrontMatterDecoder.normalizeKey(item.key) {
                    case "desired_retention":
                        if let s = item.value.scalar, let r = Double(s.trimmingSpaces()), r > 0, r < 1 { config.drill.desiredRetention = r }
                        else { error(item.value.line, item.value.column, "'desired_retention' should be a number between 0 and 1, such as 0.9") }
                    case "maximum_interval": if let n = integer(item.value, item.key, min: 1, max: 36_500) { config.drill.maximumInterval = n }
                    case "mastered_days": if let n = integer(item.value, item.key, min: 1, max: 36_500) { config.drill.masteredDays = n }
                    default:
                        error(item.keyLine, item.keyColumn, "unknown drill setting '\(item.key)'; known settings: \(drillKeys.joined(separator: ", "))")
                    }
                }
            case "formats":
                for item in mapping(pair.value, "formats") {
                    let command = FrontMatterDecoder.normalizeKey(item.key)
                    guard let formats = knownFormats.first(where: { $0.key == command })?.value else {
                        error(item.keyLine, item.keyColumn, "'\(item.key)' has no default format to set; commands with formats: \(knownFormats.map(\.key).joined(separator: ", "))")
                        continue
                    }
                    guard let s = item.value.scalar, !item.value.isNull else {
                        error(item.value.line, item.value.column, "the format of '\(item.key)' should be one word: \(formats.joined(separator: ", "))")
                        continue
                    }
                    let format = s.trimmingSpaces().lowercased()
                    guard formats.contains(format) else {
                        error(item.value.line, item.value.column, "'\(s)' is not a format of '\(item.key)'; use one of \(formats.joined(separator: ", "))")
                        continue
                    }
                    config.formats[command] = format
                }
            case "max_file_size":
                if let s = pair.value.scalar, let n = parseSize(s) { config.maxFileBytes = n }
                else { error(pair.value.line, pair.value.column, "'max_file_size' should be a size such as 8MB or 500KB") }
            default:
                error(pair.keyLine, pair.keyColumn, "unknown setting '\(pair.key)'; known settings: \(topKeys.joined(separator: ", "))")
            }
        }
        return (config, diagnostics)
    }

    /// "8MB", "500 KB", "1048576".
    static func parseSize(_ text: String) -> Int? {
        let t = text.trimmingSpaces().uppercased().replacingOccurrences(of: " ", with: "")
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10), ("G", 1 << 30), ("M", 1 << 20), ("K", 1 << 10), ("B", 1)]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            guard let n = Int(t.dropLast(suffix.count)), n > 0 else { return nil }
            let (bytes, overflow) = n.multipliedReportingOverflow(by: factor)
            return overflow ? nil : bytes
        }
        return Int(t).flatMap { $0 > 0 ? $0 : nil }
    }
}
