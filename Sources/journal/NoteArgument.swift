import ArgumentParser
import Foundation
import JournalKit

/// `--file PATH` of `log` and `draft`: a note named from the current folder or from the
/// journal root (the message and exit status of `JournalOptions.load(files:)` when it is missing).
enum NoteArgument {
    /// The note's path, relative to the root when it is inside it; a usage error when no
    /// such file exists.
    static func path(_ file: String, root: String) throws -> String {
        let cwdPath = file.hasPrefix("/") ? file : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(file)
        let path = FileManager.default.fileExists(atPath: cwdPath) ? cwdPath : (root as NSString).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: path) else { throw usageError("No such file: \(TerminalSafe.path(file))") }
        return Journal.relativePath((path as NSString).standardizingPath, root: root)
    }
}
