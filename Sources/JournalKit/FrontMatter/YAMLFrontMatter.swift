import CYamlLimits
import Yams

/// Reads YAML front-matter into `FrontMatterNode`s with file positions.
///
/// Uses `Yams.compose` with the basic resolver (no regular expressions per
/// scalar); scalars are interpreted by `FrontMatterDecoder`.
enum YAMLFrontMatter {
    struct Failure: Error {
        var line: Int
        var column: Int
        var message: String
    }

    /// Lists and mappings nested deeper than this are refused by libyaml: Yams composes and
    /// frees nodes recursively, and libyaml's default of 1000 levels overflowed a 512 KB stack
    /// (a Dispatch worker thread on macOS) in a debug build.
    static let maximumDepth = 64

    /// Sets libyaml's process-wide limit exactly once (a lazy static is initialised once,
    /// thread-safely), before the first document is parsed.
    private static let depthLimitSet: Bool = {
        yaml_set_max_nest_level(Int32(maximumDepth))
        return true
    }()

    /// - Parameters:
    ///   - text: the YAML between the delimiters.
    ///   - firstLine: the file line of the first YAML line.
    static func parse(_ text: String, firstLine: Int) -> Result<FrontMatterNode?, Failure> {
        if let fast = FastYAML.parse(text, firstLine: firstLine) { return .success(fast) }
        return parseWithYams(text, firstLine: firstLine)
    }

    /// `parse` of the front-matter bytes of a file, read in place when they are valid UTF-8
    /// (as a string they would be the same bytes); a string is made only for Yams, or to
    /// read invalid UTF-8 the way a string does (as U+FFFD).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, validUTF8: Bool, firstLine: Int) -> Result<FrontMatterNode?, Failure> {
        guard validUTF8 else { return parse(String(decoding: bytes, as: UTF8.self), firstLine: firstLine) }
        if let fast = FastYAML.parse(bytes, firstLine: firstLine) { return .success(fast) }
        return parseWithYams(String(decoding: bytes, as: UTF8.self), firstLine: firstLine)
    }

    /// The full YAML path: every construct, and errors with their position.
    static func parseWithYams(_ text: String, firstLine: Int) -> Result<FrontMatterNode?, Failure> {
        let lines = LineTable(text)
        func position(_ mark: Mark?) -> (Int, Int) {
            guard let mark else { return (firstLine, 1) }
            return (mark.line - 1 + firstLine, lines.byteColumn(line: mark.line, scalarColumn: mark.column))
        }
        _ = depthLimitSet
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic, Constructor.default, .utf8)
        } catch let error as YamlError {
            return .failure(failure(error, firstLine: firstLine, position: position))
        } catch {
            return .failure(Failure(line: firstLine, column: 1, message: "the front-matter could not be read as YAML: \(error)"))
        }
        guard let root else { return .success(nil) }
        // Yams shares an aliased node; converting copies it. Aliases of aliases double at
        // every level (a "billion laughs"): the copy stops at a budget, as libyaml users do.
        var budget = ExpansionBudget()
        let node = convert(root, position: position, depth: 0, budget: &budget)
        guard !budget.exhausted else {
            let (line, column) = firstAlias(in: text).map { (firstLine + $0.line - 1, $0.column) } ?? (firstLine, 1)
            return .failure(Failure(line: line, column: column, message: "the YAML aliases (*name) expand to more than \(ExpansionBudget.maximumNodes.formatted()) values or \(ExpansionBudget.maximumBytes / (1 << 20)) MB of text (aliases of aliases, a \"billion laughs\"); write the values out"))
        }
        return .success(node)
    }

    /// How much of the YAML may be expanded: far more than any real front-matter or
    /// configuration, little enough to take milliseconds.
    struct ExpansionBudget {
        static let maximumNodes = 100_000
        static let maximumBytes = 16 << 20
        var nodes = 0
        var bytes = 0
        var exhausted: Bool { nodes > ExpansionBudget.maximumNodes || bytes > ExpansionBudget.maximumBytes }
    }

    /// The line and byte column of the first alias (`*name` after a space, `[`, `,`, `:` or `-`).
    static func firstAlias(in text: String) -> (line: Int, column: Int)? {
        var line = 1, column = 1
        var previous: UInt8 = 0x20
        for b in text.utf8 {
            if b == UInt8(ascii: "*"), [0x20, 0x09, UInt8(ascii: "["), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-")].contains(previous) {
                return (line, column)
            }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            previous = b
        }
        return nil
    }

    private static func failure(_ error: YamlError, firstLine: Int, position: (Mark?) -> (Int, Int)) -> Failure {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let (line, column) = position(mark)
            if problem.hasPrefix("Maximum nesting level") {
                // libyaml's limit, set to `maximumDepth`, which bounds the recursion of Yams.
                return Failure(line: line, column: column, message: "the YAML is nested too deeply here (more than \(maximumDepth) levels of lists or mappings)")
            }
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(position(context.mark).0))" }
            return Failure(line: line, column: column, message: message)
        case .reader(let problem, _, _, _):
            return Failure(line: firstLine, column: 1, message: "the front-matter is not readable text: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let (line, column) = position(context.mark)
            return Failure(line: line, column: column,
                           message: "the key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears more than once; keep one")
        default:
            return Failure(line: firstLine, column: 1, message: "the front-matter could not be read as YAML: \(error)")
        }
    }

    private static func convert(_ node: Node, position: (Mark?) -> (Int, Int), depth: Int, budget: inout ExpansionBudget) -> FrontMatterNode {
        let (line, column) = position(node.mark)
        budget.nodes += 1
        guard depth < 64, !budget.exhausted else { return FrontMatterNode(.scalar("", quoted: false), line: line, column: column) }
        switch node {
        case .scalar(let scalar):
            budget.bytes += scalar.string.utf8.count
            return FrontMatterNode(.scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any), line: line, column: column)
        case .sequence(let sequence):
            var items: [FrontMatterNode] = []
            for item in sequence where !budget.exhausted { items.append(convert(item, position: position, depth: depth + 1, budget: &budget)) }
            return FrontMatterNode(.list(items), line: line, column: column)
        case .mapping(let mapping):
            var pairs: [FrontMatterPair] = []
            for (key, value) in mapping where !budget.exhausted {
                let (keyLine, keyColumn) = position(key.mark)
                let keyText = key.scalar?.string ?? "\(key)"
                pairs.append(FrontMatterPair(key: keyText, keyLine: keyLine, keyColumn: keyColumn,
                                             value: convert(value, position: position, depth: depth + 1, budget: &budget)))
            }
            return FrontMatterNode(.map(pairs), line: line, column: column)
        case .alias:
            return FrontMatterNode(.scalar("", quoted: false), line: line, column: column)
        }
    }
}
