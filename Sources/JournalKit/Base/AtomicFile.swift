import Foundation

/// Writes files atomically: a temporary file in the same folder, then a rename.
///
/// What a careful Unix tool does (docs/robustness.md, "Writing files"):
/// - a regular file is replaced by a rename, keeping its mode (and owner, where allowed);
///   one without write permission is refused, not replaced;
/// - a new file gets `0666 & ~umask`, like `>` in a shell;
/// - a character device or a FIFO (`/dev/null`, `/dev/stdout`, a named pipe) is written
///   to directly, never replaced by a regular file; a folder, a block device or a socket
///   is refused with a message that says so;
/// - a symbolic link to a file is followed: the file it names is replaced, the link stays.
package enum AtomicFile {
    package struct WriteError: Error, CustomStringConvertible {
        package var description: String
    }

    /// Replaces (or creates) `path` with `contents`; a reader never sees half a file.
    package static func write(_ contents: String, to path: String) throws {
        try write(bytes: Array(contents.utf8), to: path)
    }

    /// Replaces (or creates) `path` with `bytes`; a reader never sees half a file.
    package static func write(bytes: [UInt8], to path: String) throws {
        try write(to: path) { sink in try sink(bytes) }
    }

    /// The folder part and the name part of `path`, split at its last `/` (without
    /// Foundation's path functions, which treat one-character names oddly).
    static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let folder = String(path[..<slash])
        return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
    }

    private static func failure(_ path: String, _ reason: String) -> WriteError {
        WriteError(description: "cannot write \(TerminalSafe.path(path)): \(reason)")
    }

    private static func systemError(_ path: String, _ code: Int32 = errno) -> WriteError {
        failure(path, String(cString: strerror(code)))
    }

    /// Replaces (or creates) `path` with what `produce` hands to its sink, piece by piece;
    /// a reader never sees half a file, and nothing is left behind on failure.
    /// - Parameter followingLinks: false for derived data (the cache): a symbolic link at
    ///   `path` is itself replaced, never the file it names, and a device or FIFO there is
    ///   replaced too instead of written.
    /// - Parameter mode: when given, the file gets exactly this mode, new or replaced (the
    ///   cache is 0600: it holds the notes' text, which may be private).
    /// - Parameter beforeRename: runs after the data is on disk, just before it replaces
    ///   `path` (`journal log` checks there that the note did not change meanwhile);
    ///   throwing leaves `path` as it was.
    package static func write(to path: String, followingLinks: Bool = true, mode: mode_t? = nil, beforeRename: () throws -> Void = {},
                             _ produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void) throws {
        guard !path.isEmpty else { throw WriteError(description: "cannot write to an empty file name") }
        var st = stat()
        if (followingLinks ? stat(path, &st) : lstat(path, &st)) == 0 {
            switch st.st_mode & S_IFMT {
            case S_IFREG:
                break
            case let kind where !followingLinks && [S_IFLNK, S_IFCHR, S_IFIFO, S_IFSOCK].contains(kind):
                st = stat() // Replaced as if it were not there.
            case S_IFCHR, S_IFIFO:
                return try writeDirectly(to: path, produce)
            case S_IFDIR:
                throw failure(path, "it is a folder; name a file (for example \(TerminalSafe.path(path.hasSuffix("/") ? path + "report" : path + "/report")))")
            default:
                throw failure(path, "it is not a regular file (a block device or a socket); journal writes only to files, pipes and character devices")
            }
            guard (st.st_mode & S_IFMT) != S_IFREG || access(path, W_OK) == 0 else {
                if errno == EACCES || errno == EROFS {
                    throw failure(path, "the file is read-only; make it writable (chmod u+w) or write elsewhere")
                }
                throw systemError(path)
            }
        } else if errno == ENOTDIR {
            throw failure(path, "\(TerminalSafe.path(fileInTheWay(path))) is a file, not a folder")
        } else if errno != ENOENT {
            throw systemError(path)
        } else if path.hasSuffix("/") {
            throw failure(path, "a file name cannot end with /")
        }
        let existing = (st.st_mode & S_IFMT) == S_IFREG ? st : nil
        // A link is followed: the file it names is replaced.
        var target = path
        if existing != nil, followingLinks, let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        let (folder, name) = split(target)
        var folderStat = stat()
        if stat(folder, &folderStat) != 0 {
            throw failure(path, errno == ENOENT ? "the folder \(TerminalSafe.path(folder)) does not exist" : String(cString: strerror(errno)))
        }
        guard (folderStat.st_mode & S_IFMT) == S_IFDIR else {
            throw failure(path, "\(TerminalSafe.path(folder)) is not a folder")
        }
        let (fd, temporary) = try createTemporary(folder: folder, name: name, path: path)
        var failed: Error?
        do {
            try produce { bytes in try writeAll(fd, bytes, path: path) }
            if fsync(fd) != 0 { throw systemError(path) }
            if let mode {
                if fchmod(fd, mode) != 0 { throw systemError(path) }
            } else if let existing {
                // Keep the replaced file's mode and, where allowed, its owner and group.
                if existing.st_uid != geteuid() || existing.st_gid != getegid() { _ = fchown(fd, existing.st_uid, existing.st_gid) }
                if fchmod(fd, existing.st_mode & 0o7777) != 0 { throw systemError(path) }
            }
            try beforeRename()
        } catch {
            failed = error
        }
        close(fd)
        if failed == nil, rename(temporary, target) != 0 { failed = systemError(path) }
        if let failed {
            unlink(temporary)
            throw failed
        }
    }

    /// The first part of `path` that exists and is not a folder (`dd` in `dd/x`).
    private static func fileInTheWay(_ path: String) -> String {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
            var st = stat()
            if stat(prefix, &st) == 0, (st.st_mode & S_IFMT) != S_IFDIR { return prefix }
        }
        return path
    }

    /// A new file next to `name` in `folder`, created with `0666 & ~umask` (the kernel
    /// applies the umask), never one that exists.
    private static func createTemporary(folder: String, name: String, path: String) throws -> (Int32, String) {
        // A name of 255 bytes plus the suffix would be too long for the folder.
        let stem = String(decoding: Array(name.utf8.prefix(200)), as: UTF8.self)
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789".utf8)
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let suffix = String(decoding: (0..<8).map { _ in letters[Int(generator.next() % UInt64(letters.count))] }, as: UTF8.self)
            let temporary = (folder == "/" ? "/" : folder + "/") + ".\(stem).tmp-\(suffix)"
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 { return (fd, temporary) }
            if errno != EEXIST {
                if errno == EACCES { throw failure(path, "the folder \(TerminalSafe.path(folder)) is not writable (permission denied)") }
                throw systemError(path)
            }
        }
        throw systemError(path, EEXIST)
    }

    /// Writes to a pipe or a character device as it is: it cannot be replaced, and must not be.
    private static func writeDirectly(to path: String, _ produce: (_ sink: ([UInt8]) throws -> Void) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else { throw systemError(path) }
        defer { close(fd) }
        try produce { bytes in try writeAll(fd, bytes, path: path) }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw systemError(path)
                }
                offset += n
            }
        }
    }

    /// Makes the folder `path` and any missing folder above it (`0777 & ~umask`). When a
    /// file is in the way (`.journal` or `.git/hooks` is a file), says which, in words.
    package static func makeFolders(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") where !part.isEmpty {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
            var st = stat()
            if stat(prefix, &st) == 0 {
                guard (st.st_mode & S_IFMT) == S_IFDIR else {
                    throw WriteError(description: "cannot make the folder \(TerminalSafe.path(path)): \(TerminalSafe.path(prefix)) is a file in the way, not a folder; move it away or rename it")
                }
                continue
            }
            if mkdir(prefix, 0o777) != 0, errno != EEXIST {
                throw WriteError(description: "cannot make the folder \(TerminalSafe.path(prefix)): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Creates `path` with `contents` only if nothing exists there yet (never overwrites).
    /// Returns false when the path already exists. The file gets `0666 & ~umask`.
    package static func create(_ contents: String, at path: String) throws -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0 {
            if errno == EEXIST { return false }
            throw WriteError(description: "cannot create \(TerminalSafe.path(path)): \(String(cString: strerror(errno)))")
        }
        do { try writeAll(fd, Array(contents.utf8), path: path) } catch {
            close(fd)
            unlink(path)
            throw error
        }
        close(fd)
        return true
    }
}
