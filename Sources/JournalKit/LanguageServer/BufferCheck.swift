/// The diagnostics of one open buffer: exactly what `journal check FILE` reports for that
/// file (the same `Journal.load` of that one file, notes included), with the buffer's text
/// in place of the file on disk.
package enum BufferCheck {
    /// The entry read from `bytes` and the diagnostics located in `path`, sorted.
    package static func check(path: String, bytes: [UInt8], root: String) -> (entry: Entry?, diagnostics: [Diagnostic]) {
        let journal = Journal.load(root: root, options: LoadOptions(files: [path], overrides: [path: bytes]))
        return (journal.entries.first { $0.path == path }, journal.diagnostics.filter { $0.location.path == path })
    }
}
