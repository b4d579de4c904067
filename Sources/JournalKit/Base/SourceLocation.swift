/// A position in a journal file: 1-based line, 1-based column in UTF-8 bytes.
package struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The path of the file, relative to the journal root.
    package var path: String
    package var line: Int
    package var column: Int

    package init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// `path:line:column`, the form editors and terminals understand; a path with a
    /// newline or another control is quoted (`TerminalSafe.path`), so it cannot forge a line.
    package var description: String { "\(TerminalSafe.path(path)):\(line):\(column)" }
}
