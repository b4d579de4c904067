import Foundation

/// A temporary folder removed when the test ends: the one scratch-folder helper of both
/// test targets (a journal to run the binary on, or to load with the library).
///
/// Files are written in place (not through a rename), as most editors save them.
package final class TemporaryDirectory: @unchecked Sendable {
    package let path: String

    /// The folder's path (the journal root, for tests that load it as a journal).
    package var root: String { path }

    /// A new empty folder under `folder` (default: the system's temporary folder).
    package init(in folder: String? = nil) throws {
        let base = folder.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
        path = base.appendingPathComponent("journal-test-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A journal with a `.journal/` folder (so the cache is used) holding `files`.
    package convenience init(journal files: [String: String], in folder: String? = nil) throws {
        try self.init(in: folder)
        try FileManager.default.createDirectory(atPath: path + "/.journal", withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    /// The full path of `relative`.
    package func path(_ relative: String) -> String { (path as NSString).appendingPathComponent(relative) }

    package func write(_ relative: String, _ bytes: [UInt8]) throws {
        let full = path(relative)
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    package func write(_ relative: String, _ contents: String) throws { try write(relative, Array(contents.utf8)) }

    package func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path(relative), encoding: .utf8)
    }

    package func link(_ relative: String, to destination: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path(relative), withDestinationPath: destination)
    }

    /// A sparse file of `size` bytes: cheap to make whatever its size.
    package func sparse(_ relative: String, size: Int) throws {
        try FileManager.default.createDirectory(atPath: (path(relative) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let fd = open(path(relative), O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        guard ftruncate(fd, off_t(size)) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    deinit {
        // chmod 000 folders left by a test must be made readable to be removed.
        _ = chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }
}
