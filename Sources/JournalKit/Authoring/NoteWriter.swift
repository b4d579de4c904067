import Foundation

/// Replaces a note the user owns with an edited version, safely: a temporary file in the
/// same folder, flushed to disk, renamed over the note, with the note's permissions; and
/// only when the note still holds what the edit was made from.
package enum NoteWriter {
    package enum Failure: Error, Sendable, Hashable, CustomStringConvertible {
        /// The file changed (or went away) after it was read: someone else edited it.
        case changedSinceRead(String)
        case cannotWrite(String)

        package var description: String {
            switch self {
            case .changedSinceRead(let path):
                "\(path) changed after journal read it (is it open in an editor?); nothing was written. Save it there and run the command again."
            case .cannotWrite(let message): message
            }
        }
    }

    /// Writes `bytes` over the note at `path` when it still holds exactly `original`.
    /// A symbolic link is followed: the file it points to is replaced, the link kept.
    package static func replace(_ path: String, original: [UInt8], with bytes: [UInt8]) throws(Failure) {
        let target = resolved(path)
        var info = stat()
        guard stat(target, &info) == 0 else { throw .changedSinceRead(path) }
        struct Changed: Error {}
        do {
            // AtomicFile keeps the replaced file's mode.
            try AtomicFile.write(to: target, beforeRename: {
                guard readWholeFile(target) == original else { throw Changed() }
            }) { sink in try sink(bytes) }
        } catch {
            // `AtomicFile` reports the check's error as text; the file on disk tells which it was.
            if readWholeFile(target) != original { throw .changedSinceRead(path) }
            throw .cannotWrite("\(error)")
        }
    }

    /// `path` with symbolic links resolved, or `path` itself when that fails.
    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
