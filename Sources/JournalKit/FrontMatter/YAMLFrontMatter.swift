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

    /// - Parameters:
    ///   - text: the YAML between the delimiters.
    ///   - firstLine: the file line of the first YAML line.
    static func parse(_ text: String, firstLine: Int) -> Result<FrontMatterNode?, Failure> {
        if let fast = FastYAML.parse(text, firstLine: firstLine) { return .success(fast) }
        return parseWithYams(text, firstLine: firstLine)
    }

    /// The full YAML path: every construct, and errors with their position.
    static func parseWithYams(_ text: String, firstLine: Int) -> Result<FrontMatterNode?, Failure> {
        let lines = LineTable(text)
        func position(_ mark: Mark?) -> (Int, Int) {
            guard let mark else { return (firstLine, 1) }
            return (mark.line - 1 + firstLine, lines.byteColumn(line: mark.line, scalarColumn: mark.column))
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, Resolver.basic, Constructor.default, .utf8)
        } catch let error as YamlError {
            return .failure(failure(error, firstLine: firstLine, position: position))
        } catch {
            return .failure(Failure(line: firstLine, column: 1, message: "the front-matter could not be read as YAML: \(error)"))
        }
        guard let root else { return .success(nil) }
        return .success(convert(root, position: position, depth: 0))
    }

    private static func failure(_ error: YamlError, firstLine: Int, position: (Mark?) -> (Int, Int)) -> Failure {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let (line, column) = position(mark)
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

    private static func convert(_ node: Node, position: (Mark?) -> (Int, Int), depth: Int) -> FrontMatterNode {
        let (line, column) = position(node.mark)
        guard depth < 64 else { return FrontMatterNode(.scalar("", quoted: false), line: line, column: column) }
        switch node {
        case .scalar(let scalar):
            return FrontMatterNode(.scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any), line: line, column: column)
        case .sequence(let sequence):
            return FrontMatterNode(.list(sequence.map { convert($0, position: position, depth: depth + 1) }), line: line, column: column)
        case .mapping(let mapping):
            var pairs: [FrontMatterPair] = []
            for (key, value) in mapping {
                let (keyLine, keyColumn) = position(key.mark)
                let keyText = key.scalar?.string ?? "\(key)"
                pairs.append(FrontMatterPair(key: keyText, keyLine: keyLine, keyColumn: keyColumn,
                                             value: convert(value, position: position, depth: depth + 1)))
            }
            return FrontMatterNode(.map(pairs), line: line, column: column)
        case .alias:
            return FrontMatterNode(.scalar("", quoted: false), line: line, column: column)
        }
    }
}

/// Converts (line, column in Unicode scalars) positions to UTF-8 byte columns.
struct LineTable {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based byte column of the 1-based scalar column on the 1-based line.
    func byteColumn(line: Int, scalarColumn: Int) -> Int {
        guard line >= 1, line <= lines.count else { return max(scalarColumn, 1) }
        var bytes = 0
        var count = 0
        for scalar in lines[line - 1].unicodeScalars {
            if count >= scalarColumn - 1 { break }
            bytes += UTF8.width(scalar)
            count += 1
        }
        return bytes + max(1, scalarColumn - count)
    }
}
