import Foundation

/// Appends whole lines to a log file so that concurrent writers never interleave them:
/// each line goes out in one `write(2)` on a descriptor opened with `O_APPEND`.
package enum AtomicAppend {
    package struct AppendError: Error, CustomStringConvertible, Equatable {
        package var description: String
    }

    /// Appends `line` (a newline is added) to `path`, creating the file and its folder when
    /// needed. When the file does not end with a newline (edited by hand), one is written
    /// first, in the same write. Returns the file's size after the write.
    @discardableResult
    package static func append(line: String, to path: String) throws -> Int {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            do { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) } catch {
                throw AppendError(description: "cannot create \(folder): \(error.localizedDescription)")
            }
        }
        // Never through a link planted in a cloned folder (it would append to the file it
        // names), never to a FIFO or a device: a regular file of the journal only.
        let fd = open(path, O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw AppendError(description: "cannot write \(TerminalSafe.path(path)): \(reason(errno))") }
        defer { close(fd) }
        try requireRegular(fd, path)
        var bytes = Array(line.utf8) + [UInt8(ascii: "\n")]
        if let last = lastByte(fd), last != UInt8(ascii: "\n") { bytes.insert(UInt8(ascii: "\n"), at: 0) }
        while true {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n == bytes.count { break }
            if n < 0, errno == EINTR { continue }
            let reason = n < 0 ? String(cString: strerror(errno)) : "only \(n) of \(bytes.count) bytes written"
            throw AppendError(description: "cannot write \(path): \(reason)")
        }
        fsync(fd)
        var info = stat()
        return fstat(fd, &info) == 0 ? Int(info.st_size) : 0
    }

    /// Takes back the last `append(line:to:)`: removes `line` and its newline from the end of
    /// `path`, but only while the file is still `size` bytes long and ends with them (nothing
    /// was appended since). Returns whether it did.
    package static func removeLast(line: String, from path: String, size: Int) throws -> Bool {
        let tail = Array(line.utf8) + [UInt8(ascii: "\n")]
        let fd = open(path, O_RDWR | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw AppendError(description: "cannot open \(TerminalSafe.path(path)): \(reason(errno))") }
        defer { close(fd) }
        try requireRegular(fd, path)
        guard flock(fd, LOCK_EX) == 0 else { return false }
        defer { flock(fd, LOCK_UN) }
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) == size, size >= tail.count else { return false }
        var found = [UInt8](repeating: 0, count: tail.count)
        let n = found.withUnsafeMutableBytes { pread(fd, $0.baseAddress, tail.count, off_t(size - tail.count)) }
        guard n == tail.count, found == tail else { return false }
        guard ftruncate(fd, off_t(size - tail.count)) == 0 else {
            throw AppendError(description: "cannot shorten \(path): \(String(cString: strerror(errno)))")
        }
        fsync(fd)
        return true
    }

    private static func lastByte(_ fd: Int32) -> UInt8? {
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        var byte: UInt8 = 0
        return pread(fd, &byte, 1, info.st_size - 1) == 1 ? byte : nil
    }

    /// `strerror`, with a sentence for the link that `O_NOFOLLOW` refuses.
    private static func reason(_ code: Int32) -> String {
        code == ELOOP ? "it is a symbolic link; journal writes its log only to a file of the journal itself, not through a link"
            : String(cString: strerror(code))
    }

    private static func requireRegular(_ fd: Int32, _ path: String) throws {
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw AppendError(description: "cannot write \(TerminalSafe.path(path)): it is not a regular file (a folder, a pipe or a device)")
        }
    }
}
