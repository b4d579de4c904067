// Every file of this target sees the shared test support without importing it.
@_exported import JournalTestSupport
@testable import JournalKit

/// Reads one entry from Markdown text, as `journal` would read the file.
func read(_ text: String, path: String = "entry.md", config: JournalConfig = JournalConfig()) -> EntryReader.Result {
    EntryReader(config: config).read(path: path, bytes: Array(text.utf8))
}

/// The entry of `text`, or a placeholder when it could not be read.
func entry(_ text: String, path: String = "entry.md") -> Entry {
    read(text, path: path).entry ?? Entry(path: path, title: Sourced("<unreadable>", from: .fileName))
}

/// Diagnostics as `line:column: severity: message` strings, for whole comparisons
/// (notes on inferred values left out unless asked for).
func messages(_ result: EntryReader.Result, notes: Bool = false) -> [String] {
    result.diagnostics.filter { notes || $0.severity != .note }.map { "\($0.location.line):\($0.location.column): \($0.severity.rawValue): \($0.message)" }
}
