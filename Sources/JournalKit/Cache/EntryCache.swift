import Foundation

/// `.journal/cache/entries.bin`: extracted entries keyed by path, size, modification
/// time and content hash, so that a second run reads and parses only what changed.
///
/// The file starts with a header (magic, layout version, a fingerprint of the tool and
/// of the configuration); a file whose header does not match, or that is corrupt in any
/// way, is ignored and rebuilt, never trusted. Deleting it is always safe.
final class EntryCache: @unchecked Sendable {
    // @unchecked: immutable after `load` (the buffer is only read, from any thread).

    static let relativePath = ".journal/cache/entries.bin"
    private static let magic = Array("JOURNAL-CACHE\n".utf8)

    struct Key: Hashable, Sendable {
        var size: Int
        var mtime: Int64
        var hash: UInt64
    }

    private struct Record {
        var key: Key
        var payload: Range<Int>
    }

    private let data: [UInt8]
    private let records: [String: Record]

    private init(data: [UInt8], records: [String: Record]) {
        self.data = data
        self.records = records
    }

    var count: Int { records.count }

    /// A fingerprint of what extraction depends on: this layout, this build of the tool, the configuration.
    static func fingerprint(configBytes: [UInt8]) -> UInt64 {
        var text = "codec \(EntryCodec.version)\n"
        if let exe = Bundle.main.executablePath {
            var st = stat()
            if stat(exe, &st) == 0 { text += "exe \(st.st_size) \(EntryCache.mtime(st))\n" }
        }
        var h = StableHash.fnv1a(text)
        configBytes.withUnsafeBufferPointer { h = StableHash.fnv1a($0, seed: h) }
        return h
    }

    static func mtime(_ st: stat) -> Int64 {
        #if canImport(Darwin)
        return Int64(st.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(st.st_mtimespec.tv_nsec)
        #else
        return Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
        #endif
    }

    /// The cache of `root`, or nil when there is none or it cannot be trusted.
    static func load(root: String, fingerprint: UInt64) -> EntryCache? {
        let path = (root as NSString).appendingPathComponent(relativePath)
        guard let contents = FileManager.default.contents(atPath: path) else { return nil }
        let data = [UInt8](contents)
        return data.withUnsafeBufferPointer { buffer -> EntryCache? in
            guard buffer.count > magic.count, Array(buffer[0..<magic.count]) == magic else { return nil }
            var r = BinaryReader(buffer, offset: magic.count)
            do {
                guard try r.int() == EntryCodec.version, try r.uint64() == fingerprint else { return nil }
                let n = try r.int()
                guard n >= 0, n < 10_000_000 else { return nil }
                var records: [String: Record] = [:]
                records.reserveCapacity(n)
                for _ in 0..<n {
                    let path = try r.string()
                    let key = Key(size: try r.int(), mtime: Int64(try r.int()), hash: try r.uint64())
                    let length = try r.int()
                    let start = r.offset
                    guard length >= 0, start + length <= buffer.count else { return nil }
                    records[path] = Record(key: key, payload: start..<(start + length))
                    r = BinaryReader(buffer, offset: start + length)
                }
                guard r.isAtEnd else { return nil }
                return EntryCache(data: data, records: records)
            } catch {
                return nil
            }
        }
    }

    /// The stored key of `path`, if any.
    func key(for path: String) -> Key? { records[path]?.key }

    /// The stored result of `path`, or nil when it cannot be decoded.
    func result(for path: String) -> (EntryReader.Result, ArraySlice<UInt8>)? {
        guard let record = records[path] else { return nil }
        let payload = data[record.payload]
        let decoded: EntryReader.Result? = data.withUnsafeBufferPointer { buffer in
            var r = BinaryReader(UnsafeBufferPointer(rebasing: buffer[record.payload]))
            guard var result = try? EntryCodec.read(&r), r.isAtEnd else { return nil }
            for i in result.diagnostics.indices { result.diagnostics[i].location.path = path }
            return result
        }
        return decoded.map { ($0, payload) }
    }

    /// Writes a new cache atomically; records are in path order.
    static func save(root: String, fingerprint: UInt64, records: [(path: String, key: Key, payload: ArraySlice<UInt8>)]) {
        let folder = (root as NSString).appendingPathComponent(".journal/cache")
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: (root as NSString).appendingPathComponent(".journal"), isDirectory: &isDir), isDir.boolValue else { return }
        try? fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ignore = (folder as NSString).appendingPathComponent(".gitignore")
        if !fm.fileExists(atPath: ignore) { _ = try? AtomicFile.create("# Derived data of journal; safe to delete.\n*\n", at: ignore) }
        var w = BinaryWriter(capacity: records.reduce(64) { $0 + $1.payload.count + $1.path.utf8.count + 32 })
        w.raw(magic)
        w.int(EntryCodec.version)
        w.uint64(fingerprint)
        w.int(records.count)
        for record in records {
            w.string(record.path)
            w.int(record.key.size)
            w.int(Int(record.key.mtime))
            w.uint64(record.key.hash)
            w.int(record.payload.count)
            w.raw(Array(record.payload))
        }
        try? AtomicFile.write(bytes: w.bytes, to: (root as NSString).appendingPathComponent(relativePath))
    }
}
