import Foundation

/// `.journal/cache/entries.bin`: extracted entries keyed by path, size, modification
/// time, change time, inode and content hash, so that a second run reads and parses only
/// what changed.
///
/// Layout: a header (magic, layout version, a fingerprint of the tool and of the
/// configuration), the records, an index (path, key, offset, length and checksum of each
/// record) and a footer with the index's offset, length and checksum. A record or an
/// index whose checksum (FNV-1a, which sees every single-bit flip) does not match is
/// not used: its file is read again, and the cache rewritten. Only the index is read up front;
/// each record is read with `pread` when its file is found unchanged, so the cache never
/// sits in memory whole. A file whose header does not match, or that is corrupt in any
/// way, is ignored and rebuilt, never trusted. Deleting it is always safe.
final class EntryCache: @unchecked Sendable {
    // @unchecked: immutable after `load`; `pread` on the shared descriptor is thread-safe.

    static let relativePath = ".journal/cache/entries.bin"
    static let folderPath = ".journal/cache"

    /// Whether `path` is a folder itself, not a symbolic link to one.
    static func isRealFolder(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }
    private static let magic = Array("JOURNAL-CACHE\n".utf8)

    struct Key: Hashable, Sendable {
        var size: Int
        var mtime: Int64
        var hash: UInt64
        /// Status-change time: an edit whose modification time was set back (`touch -d`) still changes it.
        var ctime: Int64 = 0
        var inode: UInt64 = 0

        /// The key of a file as `stat` describes it, with its content hash.
        init(_ st: stat, hash: UInt64) {
            size = Int(st.st_size)
            mtime = EntryCache.mtime(st)
            ctime = EntryCache.ctime(st)
            inode = UInt64(st.st_ino)
            self.hash = hash
        }

        init(size: Int, mtime: Int64, hash: UInt64, ctime: Int64, inode: UInt64) {
            self.size = size
            self.mtime = mtime
            self.hash = hash
            self.ctime = ctime
            self.inode = inode
        }

        /// Whether the file's status says it is unchanged, without reading it.
        func statusMatches(_ st: stat) -> Bool {
            size == Int(st.st_size) && mtime == EntryCache.mtime(st) && ctime == EntryCache.ctime(st) && inode == UInt64(st.st_ino)
        }

        /// "Racily clean" (as git calls it): changed within `EntryCache.racyWindow` of
        /// `now`, so a later edit could keep the same times (a coarse clock, a fast
        /// editor); its status is not trusted, its content is hashed.
        func isRacy(now: Int64) -> Bool {
            max(mtime, ctime) >= now - EntryCache.racyWindow
        }
    }

    /// Two seconds, in nanoseconds: more than any file system's timestamp granularity.
    static let racyWindow: Int64 = 2_000_000_000

    /// Now, in nanoseconds since 1970, as file times are.
    static func now() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return nanoseconds(ts)
    }

    private struct Record {
        var key: Key
        var offset: Int
        var length: Int
        var checksum: UInt64
    }

    private let fd: Int32
    private let records: [String: Record]

    private init(fd: Int32, records: [String: Record]) {
        self.fd = fd
        self.records = records
    }

    deinit { close(fd) }

    var count: Int { records.count }

    /// A fingerprint of what extraction depends on: this layout, this build of the tool, the configuration.
    static func fingerprint(configBytes: [UInt8]) -> UInt64 {
        var text = "codec \(EntryCodec.version)\n"
        var st = stat()
        #if os(Linux)
        // The link to the running executable: no need for `Bundle.main`, whose setup costs a millisecond.
        let found = stat("/proc/self/exe", &st) == 0
        #else
        let found = Bundle.main.executablePath.map { stat($0, &st) == 0 } ?? false
        #endif
        if found { text += "exe \(st.st_size) \(EntryCache.mtime(st))\n" }
        var h = StableHash.fnv1a(text)
        configBytes.withUnsafeBufferPointer { h = StableHash.fnv1a($0, seed: h) }
        return h
    }

    /// Nanoseconds since 1970 of a `timespec`, as file times are compared.
    private static func nanoseconds(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }

    static func ctime(_ st: stat) -> Int64 {
        #if canImport(Darwin)
        return nanoseconds(st.st_ctimespec)
        #else
        return nanoseconds(st.st_ctim)
        #endif
    }

    static func mtime(_ st: stat) -> Int64 {
        #if canImport(Darwin)
        return nanoseconds(st.st_mtimespec)
        #else
        return nanoseconds(st.st_mtim)
        #endif
    }

    private static func readExactly(_ fd: Int32, _ count: Int, at offset: Int) -> [UInt8]? {
        guard count >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            done += n
        }
        return bytes
    }

    private static let headerLength = magic.count + 16
    private static let footerLength = 24

    /// The cache of `root`, or nil when there is none or it cannot be trusted.
    static func load(root: String, fingerprint: UInt64) -> EntryCache? {
        guard isRealFolder((root as NSString).appendingPathComponent(folderPath)) else { return nil }
        let path = (root as NSString).appendingPathComponent(relativePath)
        // Never through a link, never blocking on a FIFO planted there: a regular file only.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) >= headerLength + footerLength,
              let header = readExactly(fd, headerLength, at: 0), Array(header[0..<magic.count]) == magic,
              let footer = readExactly(fd, footerLength, at: Int(st.st_size) - footerLength) else {
            close(fd)
            return nil
        }
        let fileSize = Int(st.st_size)
        let records: [String: Record]? = {
            let valid = header.withUnsafeBufferPointer { buffer -> Bool in
                var r = BinaryReader(buffer, offset: magic.count)
                return (try? r.uint64()) == UInt64(EntryCodec.version) && (try? r.uint64()) == fingerprint
            }
            guard valid else { return nil }
            let (indexOffset, indexLength, indexChecksum) = footer.withUnsafeBufferPointer { buffer -> (Int, Int, UInt64) in
                var r = BinaryReader(buffer)
                let offset = (try? r.uint64()).map { Int(clamping: $0) } ?? -1
                let length = (try? r.uint64()).map { Int(clamping: $0) } ?? -1
                return (offset, length, (try? r.uint64()) ?? 0)
            }
            // Checked without overflow: a corrupt footer may hold any number.
            guard indexOffset >= headerLength, indexOffset <= fileSize, indexLength >= 0, indexLength <= fileSize,
                  indexOffset + indexLength == fileSize - footerLength,
                  let index = readExactly(fd, indexLength, at: indexOffset),
                  index.withUnsafeBufferPointer({ StableHash.fnv1a($0) }) == indexChecksum else { return nil }
            return index.withUnsafeBufferPointer { buffer -> [String: Record]? in
                var r = BinaryReader(buffer)
                do {
                    let n = try r.int()
                    guard n >= 0, n < 10_000_000 else { return nil }
                    var records: [String: Record] = [:]
                    records.reserveCapacity(n)
                    for _ in 0..<n {
                        let path = try r.string()
                        let key = Key(size: try r.int(), mtime: Int64(try r.int()), hash: try r.uint64(),
                                      ctime: Int64(try r.int()), inode: try r.uint64())
                        let offset = try r.int(), length = try r.int(), checksum = try r.uint64()
                        guard offset >= headerLength, offset <= indexOffset, length >= 0, length <= indexOffset - offset else { return nil }
                        records[path] = Record(key: key, offset: offset, length: length, checksum: checksum)
                    }
                    return r.isAtEnd ? records : nil
                } catch {
                    return nil
                }
            }
        }()
        guard let records else {
            close(fd)
            return nil
        }
        return EntryCache(fd: fd, records: records)
    }

    /// The stored key of `path`, if any.
    func key(for path: String) -> Key? { records[path]?.key }

    /// The stored result of `path`, or nil when it cannot be read or decoded.
    /// - Parameter interner: shares the strings while decoding (see `BinaryReader.interner`).
    func result(for path: String, interner: StringInterner? = nil) -> EntryReader.Result? {
        guard let record = records[path], let bytes = EntryCache.readExactly(fd, record.length, at: record.offset),
              bytes.withUnsafeBufferPointer({ StableHash.fnv1a($0) }) == record.checksum else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            var r = BinaryReader(buffer)
            r.interner = interner
            guard var result = try? EntryCodec.read(&r), r.isAtEnd else { return nil }
            for i in result.diagnostics.indices { result.diagnostics[i].location.path = path }
            return result
        }
    }

    /// Writes a new cache (in path order) to a temporary file, then renames it into place.
    /// Records are encoded one at a time, so the cache is never built whole in memory.
    /// A key whose file changed within `racyWindow` of now is stored with no times, so the
    /// next run hashes the file instead of trusting its status.
    static func save(root: String, fingerprint: UInt64, records: [(path: String, key: Key, result: EntryReader.Result)]) {
        let now = EntryCache.now()
        let folder = (root as NSString).appendingPathComponent(folderPath)
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: (root as NSString).appendingPathComponent(".journal"), isDirectory: &isDir), isDir.boolValue else { return }
        // Private to the user (0700, the file 0600): the cache holds the text of every note,
        // which may be more private than the folder it sits in.
        _ = mkdir(folder, 0o700)
        // A cache folder that is a link (a cloned folder may hold one) could point anywhere:
        // journal writes derived data only into a real folder of the journal.
        guard isRealFolder(folder) else { return }
        let ignore = (folder as NSString).appendingPathComponent(".gitignore")
        if !fm.fileExists(atPath: ignore) { _ = try? AtomicFile.create("# Derived data of journal; safe to delete.\n*\n", at: ignore) }

        var header = BinaryWriter(capacity: 64)
        header.raw(magic)
        header.uint64(UInt64(EntryCodec.version))
        header.uint64(fingerprint)
        let target = (root as NSString).appendingPathComponent(relativePath)
        // Records are encoded and written in chunks; the index follows them.
        // The file is replaced, never followed: a link planted as entries.bin is replaced by
        // the cache instead of the file it names being overwritten.
        try? AtomicFile.write(to: target, followingLinks: false, mode: 0o600) { sink in
            try sink(header.bytes)
            var index = BinaryWriter(capacity: records.count * 64)
            index.int(records.count)
            var offset = headerLength
            var chunk = BinaryWriter(capacity: 1 << 20)
            for record in records {
                let start = chunk.bytes.count
                EntryCodec.write(record.result, to: &chunk)
                let length = chunk.bytes.count - start
                let racy = record.key.isRacy(now: now)
                index.string(record.path)
                index.int(record.key.size)
                index.int(racy ? 0 : Int(record.key.mtime))
                index.uint64(record.key.hash)
                index.int(racy ? 0 : Int(record.key.ctime))
                index.uint64(record.key.inode)
                index.int(offset)
                index.int(length)
                index.uint64(chunk.bytes.withUnsafeBufferPointer { StableHash.fnv1a(UnsafeBufferPointer(rebasing: $0[start...])) })
                offset += length
                if chunk.bytes.count >= 1 << 20 {
                    try sink(chunk.bytes)
                    chunk = BinaryWriter(capacity: 1 << 20)
                }
            }
            try sink(chunk.bytes)
            try sink(index.bytes)
            var footer = BinaryWriter(capacity: 24)
            footer.uint64(UInt64(offset))
            footer.uint64(UInt64(index.bytes.count))
            footer.uint64(index.bytes.withUnsafeBufferPointer { StableHash.fnv1a($0) })
            try sink(footer.bytes)
        }
    }
}
