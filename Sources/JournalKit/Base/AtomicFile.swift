import Foundation

/// Writes files atomically: a temporary file in the same folder, then a rename.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Replaces (or creates) `path` with `contents`; a reader never sees half a file.
    public static func write(_ contents: String, to path: String) throws {
        try write(bytes: Array(contents.utf8), to: path)
    }

    /// Replaces (or creates) `path` with `bytes`; a reader never sees half a file.
    public static func write(bytes: [UInt8], to path: String) throws {
        try write(to: path) { sink in try sink(bytes) }
    }

    /// Replaces (or creates) `path` with what `produce` hands to its sink, piece by piece;
    /// a reader never sees half a file, and nothing is left behind on failure.
    /// - Parameters:
    ///   - mode: the permissions of the new file.
    ///   - beforeRename: runs after the data is on disk, just before it replaces `path`;
    ///     throwing leaves `path` as it was.
    public static func write(to path: String, mode: mode_t = 0o644, beforeRename: () throws -> Void = {},
                             _ produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void) throws {
        let directory = (path as NSString).deletingLastPathComponent
        let dir = directory.isEmpty ? "." : directory
        var template = Array(((dir as NSString).appendingPathComponent(".\((path as NSString).lastPathComponent).tmp-XXXXXX")).utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else {
            throw WriteError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        var ok = true
        var reason = ""
        do {
            try produce { bytes in
                try bytes.withUnsafeBytes { buffer in
                    var offset = 0
                    while offset < buffer.count {
                        let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                        if n < 0 {
                            if errno == EINTR { continue }
                            throw WriteError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
                        }
                        offset += n
                    }
                }
            }
        } catch {
            ok = false
            reason = "\(error)"
        }
        if ok, fsync(fd) != 0 {
            ok = false
            reason = "cannot write \(path): \(String(cString: strerror(errno)))"
        }
        fchmod(fd, mode)
        close(fd)
        if ok {
            do { try beforeRename() } catch {
                ok = false
                reason = "\(error)"
            }
        }
        guard ok, rename(temporary, path) == 0 else {
            let message = ok ? "cannot write \(path): \(String(cString: strerror(errno)))" : reason
            unlink(temporary)
            throw WriteError(description: message)
        }
    }

    /// Creates `path` with `contents` only if nothing exists there yet (never overwrites).
    /// Returns false when the path already exists.
    public static func create(_ contents: String, at path: String) throws -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd < 0 {
            if errno == EEXIST { return false }
            throw WriteError(description: "cannot create \(path): \(String(cString: strerror(errno)))")
        }
        let bytes = Array(contents.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else {
            unlink(path)
            throw WriteError(description: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        return true
    }
}
