import Foundation

/// A loaded journal: every entry, in path order, and every diagnostic.
package struct Journal: Sendable {
    /// Absolute path of the journal root.
    package var root: String
    package var config: JournalConfig
    /// Entries sorted by path.
    package var entries: [Entry]
    /// Diagnostics sorted by location.
    package var diagnostics: [Diagnostic]
    /// First-commit day of each file, when the journal is in git and it was asked for.
    package var firstCommitDays: [String: CalendarDay]

    package init(root: String, config: JournalConfig = JournalConfig(), entries: [Entry], diagnostics: [Diagnostic], firstCommitDays: [String: CalendarDay] = [:]) {
        self.root = root
        self.config = config
        self.entries = entries
        self.diagnostics = diagnostics
        self.firstCommitDays = firstCommitDays
    }
}

/// How to load a journal.
package struct LoadOptions: Sendable {
    /// Only these files (paths relative to the root, or absolute); nil for the whole journal.
    package var files: [String]?
    /// Worker threads; nil for one per core.
    package var threads: Int?
    /// Ask git for the first-commit day of every file when an entry's interview day is in
    /// this range (`AdviceEngine.gitHistoryDays`, for the write-sooner advice). An entry
    /// without a date asks git anyway, for its date. Git is started on another thread by
    /// the first such entry read, so a journal with nothing to ask never starts it.
    package var gitHistoryDays: ClosedRange<CalendarDay>?
    /// Content to use instead of the file on disk (e.g. staged content), by relative path;
    /// `.journal/config.yml` too.
    package var overrides: [String: [UInt8]]
    /// Use `.journal/cache/` (when the journal has a `.journal/` folder).
    package var useCache: Bool
    /// Called now and then from worker threads with (files done, files in all), for a progress line.
    package var progress: (@Sendable (Int, Int) -> Void)?

    package init(files: [String]? = nil, threads: Int? = nil, gitHistoryDays: ClosedRange<CalendarDay>? = nil, overrides: [String: [UInt8]] = [:], useCache: Bool = true) {
        self.files = files
        self.threads = threads
        self.gitHistoryDays = gitHistoryDays
        self.overrides = overrides
        self.useCache = useCache
    }
}

extension Journal {
    /// Discovers, reads and extracts every entry below `root`, in parallel.
    /// One bad file never stops the others: its problems become diagnostics.
    package static func load(root: String, options: LoadOptions = LoadOptions()) -> Journal {
        let (config, configDiagnostics) = options.overrides[ConfigLoader.relativePath].map {
            ConfigLoader.parse(String(decoding: $0, as: UTF8.self), path: ConfigLoader.relativePath)
        } ?? ConfigLoader.load(root: root)
        var diagnostics = configDiagnostics
        let paths: [String]
        if let files = options.files {
            // A folder among the files stands for the entries below it.
            var expanded: Set<String> = []
            for file in files {
                // Given content (staged) is known by its own path, even when it is a link.
                if options.overrides[file] != nil {
                    expanded.insert(file)
                    continue
                }
                let relative = relativePath(file, root: root)
                let absolute = relative.hasPrefix("/") ? relative : (root as NSString).appendingPathComponent(relative)
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDir), isDir.boolValue {
                    let listing = EntryDiscovery.list(root: absolute)
                    let prefix = relative == "." || relative.isEmpty || absolute == root ? "" : relative + "/"
                    expanded.formUnion(listing.paths.map { prefix + $0 })
                } else {
                    expanded.insert(relative)
                }
            }
            paths = expanded.sorted()
        } else {
            let listing = EntryDiscovery.list(root: root)
            paths = listing.paths
            diagnostics += listing.diagnostics
        }

        PhaseTimer.mark("discover \(paths.count) files")
        let reader = EntryReader(config: config)
        // --no-cache reads every file afresh, and still refreshes the cache with what it read.
        let cacheEnabled = options.overrides.isEmpty
        let fingerprint = cacheEnabled
            ? EntryCache.fingerprint(configBytes: readWholeFile((root as NSString).appendingPathComponent(ConfigLoader.relativePath)) ?? []) : 0
        let cache = cacheEnabled && options.useCache ? EntryCache.load(root: root, fingerprint: fingerprint) : nil
        let now = EntryCache.now()
        // Git runs while the files are read, from the first entry that needs its answer.
        let git = StartOnce { GitHistory.firstCommitDays(root: root) }
        let gitHistoryDays = options.gitHistoryDays
        let progress = options.progress
        let total = paths.count
        // One interner per worker: no lock on the hot path; a string is kept at most once per worker.
        let interners = (0..<ParallelMap.workers(threads: options.threads, count: paths.count)).map { _ in StringInterner() }
        var reads = ParallelMap.map(paths, threads: options.threads) { (worker: Int, index: Int, path: String) -> FileRead in
            if let progress, index % 512 == 511 { progress(index + 1, total) }
            var read: FileRead
            // Staged content has the same limit as a file on disk.
            if let bytes = options.overrides[path] {
                read = bytes.count > config.maxFileBytes ? tooLarge(path: path, size: bytes.count, maxBytes: config.maxFileBytes)
                                                         : FileRead(result: reader.read(path: path, bytes: bytes))
            }
            else { read = readFile(path: path, root: root, reader: reader, maxBytes: config.maxFileBytes, cache: cache, encode: cacheEnabled, interner: interners[worker], now: now) }
            let started = PhaseTimer.start()
            if var entry = read.result.entry {
                // Git knows the date of an undated entry, and whether a recent one was written late.
                if entry.date.map({ gitHistoryDays?.contains($0.value) ?? false }) ?? true { git.start() }
                read.result.entry = nil
                interners[worker].intern(&entry, stringsShared: read.fromCache)
                read.result.entry = entry
            }
            PhaseTimer.add(.interning, since: started)
            return read
        }
        progress?(total, total)
        PhaseTimer.mark("read and extract")
        PhaseTimer.markStages()

        let changed = cache == nil || cache!.count != reads.count || reads.contains { !$0.fromCache }
        if cacheEnabled, options.files == nil, changed {
            let records = zip(paths, reads).compactMap { path, read in
                read.key.map { (path: path, key: $0, result: read.result) }
            }
            EntryCache.save(root: root, fingerprint: fingerprint, records: records)
        }
        // Entries are moved out of the reads, not copied (a copy retains each of their strings and arrays).
        var entries: [Entry] = []
        entries.reserveCapacity(reads.count)
        for i in reads.indices {
            diagnostics += reads[i].result.diagnostics
            if let entry = reads[i].result.entry.take() { entries.append(entry) }
        }

        PhaseTimer.mark("merge and save cache")
        // Git was asked once, and only if some entry needed it.
        let firstCommits = git.valueIfStarted ?? [:]
        let pathsWithErrors = Set(diagnostics.filter { $0.severity == .error }.map(\.location.path))
        // A template or a question bank has no interview date to miss.
        for index in entries.indices where entries[index].date == nil && entries[index].isInterview {
            let path = entries[index].path
            if let day = firstCommits[path] {
                entries[index].date = Sourced(day, from: .gitCommit)
                diagnostics.append(Diagnostic(.note, SourceLocation(path: path, line: 1, column: 1),
                                              "the interview date \(day) comes from the file's first git commit; state it with `date: \(day)` in the front-matter",
                                              help: FormatDoc.inference))
            } else if !pathsWithErrors.contains(path) {
                // (A file with errors already says what to fix first, often the date itself.)
                diagnostics.append(Diagnostic(.warning, SourceLocation(path: path, line: 1, column: 1),
                                              "no interview date found; add `date: YYYY-MM-DD` to the front-matter or put the date in the file name",
                                              help: FormatDoc.dates))
            }
        }
        // A date far from the others is most likely a typo in the year.
        let span = DateSpan(entries.compactMap { $0.date?.value })
        for entry in entries {
            guard let day = entry.date?.value, span.isFar(day) else { continue }
            let around = span.median.map { " (most are around \($0.year))" } ?? ""
            diagnostics.append(Diagnostic(.warning, SourceLocation(path: entry.path, line: 1, column: 1),
                                          "the interview date \(day) is far from the journal's other dates\(around); is the year a typo?",
                                          help: FormatDoc.dates))
        }
        // The same typo in a date the advice counts from (`decision_by: 2062-11-25` would
        // never be due): far from the journal's interview dates too.
        for entry in entries {
            let fields: [(String, CalendarDay?)] = [("decision_by", entry.decisionBy), ("thank_you", entry.thankYou?.day)]
                + entry.followUps.map { ("follow_ups", $0) }
            for case let (field, day?) in fields where span.isFar(day) {
                let around = span.median.map { " (the interviews are around \($0.year))" } ?? ""
                diagnostics.append(Diagnostic(.warning, entry.location(of: field),
                                              "'\(field)' is \(day), far from the journal's interview dates\(around); is the year a typo?",
                                              help: FormatDoc.dates))
            }
        }
        let sorted = diagnostics.sorted()
        PhaseTimer.mark("git history and dates")
        return Journal(root: root, config: config, entries: entries, diagnostics: sorted, firstCommitDays: firstCommits)
    }

    /// A path relative to `root`, `/`-separated, for a path given on the command line.
    package static func relativePath(_ path: String, root: String) -> String {
        let absolute = path.hasPrefix("/") ? (path as NSString).standardizingPath
            : ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path) as NSString).standardizingPath
        let base = root.hasSuffix("/") ? root : root + "/"
        if absolute.hasPrefix(base) { return String(absolute.dropFirst(base.count)) }
        if !path.hasPrefix("/") {
            if FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(path)) { return path }
            // Missing from both places (deleted, or a looping link): the documented meaning,
            // relative to the root, so that its diagnostic names it as the journal does.
            if !FileManager.default.fileExists(atPath: absolute) { return (path as NSString).standardizingPath }
        }
        return absolute
    }

    /// What reading one file gave, and what the cache needs to remember it.
    struct FileRead: Sendable {
        var result: EntryReader.Result
        /// Set when the result may be cached.
        var key: EntryCache.Key?
        var fromCache = false
    }

    static func readFile(path: String, root: String, reader: EntryReader, maxBytes: Int, cache: EntryCache? = nil, encode: Bool = false,
                         interner: StringInterner? = nil, now: Int64 = EntryCache.now()) -> FileRead {
        let full = path.hasPrefix("/") ? path : (root as NSString).appendingPathComponent(path)
        let location = SourceLocation(path: path, line: 1, column: 1)
        func failure(_ message: String) -> FileRead {
            FileRead(result: EntryReader.Result(entry: nil, diagnostics: [Diagnostic(.error, location, message, help: FormatDoc.encoding)]))
        }
        func tooLarge(_ size: Int) -> FileRead { Journal.tooLarge(path: path, size: size, maxBytes: maxBytes) }
        var st = stat()
        guard FileName.withCString(full, { stat($0, &st) }) == 0 else {
            if errno == ELOOP { return failure("this symbolic link loops (it leads back to itself through other links); it is skipped") }
            return failure("this file cannot be found (was it deleted or moved?)")
        }
        // A folder, a pipe or a device named *.md: reading it could block or never end.
        guard (st.st_mode & S_IFMT) == S_IFREG else { return failure("this is not a regular file (a folder, a pipe or a device); it is skipped") }
        if Int(st.st_size) > maxBytes { return tooLarge(Int(st.st_size)) }
        // Unchanged size, modification and change times and inode, and not changed in the
        // last two seconds ("racily clean"): the file is not even read.
        if let cache, let old = cache.key(for: path), old.statusMatches(st), !old.isRacy(now: now),
           let result = cache.result(for: path, interner: interner) {
            return FileRead(result: result, key: old, fromCache: true)
        }
        // Without blocking: a FIFO put in the file's place since `stat` must not hang the run.
        let fd = FileName.withCString(full) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else {
            if errno == ENOENT { return failure("this file cannot be found (was it deleted or moved?)") }
            let reason = errno == EACCES ? "permission denied" : String(cString: strerror(errno))
            return failure("this file cannot be read (\(reason)); it is skipped")
        }
        defer { close(fd) }
        // What was opened is what is read: check it, not the path `stat` saw.
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            return failure("this is not a regular file (a folder, a pipe or a device); it is skipped")
        }
        if Int(st.st_size) > maxBytes { return tooLarge(Int(st.st_size)) }
        // Read up to one byte past the limit: a file that grew while it was read is refused, not cut.
        var bytes = [UInt8](repeating: 0, count: min(Int(st.st_size), maxBytes) + 1)
        var total = 0
        while total < bytes.count {
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, $0.count - total) }
            if n < 0 {
                if errno == EINTR { continue }
                return failure("this file cannot be read (\(String(cString: strerror(errno)))); it is skipped")
            }
            if n == 0 { break }
            total += n
            if total == bytes.count, total <= maxBytes {
                bytes.append(contentsOf: repeatElement(0, count: min(max(4096, bytes.count), maxBytes + 1 - bytes.count)))
            }
        }
        if total > maxBytes { return tooLarge(total) }
        bytes.removeSubrange(total...)
        // The content hash is only needed to use or fill the cache (not with --no-cache).
        guard cache != nil || encode else { return FileRead(result: reader.read(path: path, bytes: bytes)) }
        let hash = bytes.withUnsafeBufferPointer { StableHash.fnv1a($0) }
        var key = EntryCache.Key(st, hash: hash)
        key.size = total
        // Touched but not changed (a checkout, a copy): the stored result still holds.
        if let cache, let old = cache.key(for: path), old.size == total, old.hash == hash, let result = cache.result(for: path, interner: interner) {
            return FileRead(result: result, key: key, fromCache: false)
        }
        return FileRead(result: reader.read(path: path, bytes: bytes), key: encode ? key : nil)
    }

    /// The refusal of a file (or staged content) of `size` bytes, over `maxBytes`.
    static func tooLarge(path: String, size: Int, maxBytes: Int) -> FileRead {
        let message = "this file is \(describeSize(size)), more than the limit of \(describeSize(maxBytes)) for one entry; split it, or raise max_file_size in .journal/config.yml"
        return FileRead(result: EntryReader.Result(entry: nil, diagnostics: [Diagnostic(.error, SourceLocation(path: path, line: 1, column: 1), message, help: FormatDoc.encoding)]))
    }

    /// "8 MB", "500 KB", "1.5 MB", "200 bytes".
    static func describeSize(_ bytes: Int) -> String {
        let units: [(String, Int)] = [("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)]
        for (unit, factor) in units where bytes >= factor {
            let value = Double(bytes) / Double(factor)
            var text = String(format: "%.1f", value)
            if text.hasSuffix(".0") { text.removeLast(2) }
            return text + " " + unit
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
