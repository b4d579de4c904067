import Foundation

/// Lists the entries of a journal: every `*.md` / `*.markdown` file below the root,
/// except hidden folders, `node_modules` and `.journalignore` matches. Symbolic links
/// are followed once; loops are reported, not followed.
public enum EntryDiscovery {
    public struct Listing: Sendable {
        /// Paths relative to the root, `/`-separated, sorted.
        public var paths: [String]
        public var diagnostics: [Diagnostic]
    }

    public static func isEntryName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return (lower.hasSuffix(".md") || lower.hasSuffix(".markdown")) && !name.hasPrefix(".")
    }

    /// Whether a path relative to the root is an entry: a Markdown file outside hidden
    /// folders and `node_modules`, not matched by `.journalignore` (nor any folder above it).
    public static func isEntry(_ path: String, rules: IgnoreRules) -> Bool {
        let components = path.split(separator: "/").map(String.init)
        guard let name = components.last, isEntryName(name) else { return false }
        if components.dropLast().contains(where: isSkippedFolder) { return false }
        if rules.isEmpty { return true }
        for depth in 1..<components.count where rules.ignores(components[0..<depth].joined(separator: "/"), isDirectory: true) {
            return false
        }
        return !rules.ignores(path, isDirectory: false)
    }

    /// Whether a folder is never looked into: hidden ones and `node_modules`.
    public static func isSkippedFolder(_ name: String) -> Bool {
        name.hasPrefix(".") || name == "node_modules"
    }

    public static func list(root: String) -> Listing {
        var paths: [String] = []
        var diagnostics: [Diagnostic] = []
        let rules = IgnoreRules.load(root: root)

        struct DirID: Hashable { var dev: UInt64; var ino: UInt64 }
        func identity(_ path: String) -> DirID? {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            return DirID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
        }

        // Depth-first with an explicit stack; each frame remembers the chain of directories above it.
        var stack: [(relative: String, chain: Set<DirID>)] = []
        if let id = identity(root) { stack.append(("", [id])) }
        while let (relative, chain) = stack.popLast() {
            let absolute = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
            guard let names = directoryEntries(absolute) else {
                diagnostics.append(Diagnostic(.error, SourceLocation(path: relative.isEmpty ? "." : relative, line: 1, column: 1),
                                              "this folder cannot be read (permission denied?); its entries are skipped", help: FormatDoc.encoding))
                continue
            }
            for (name, type) in names.sorted(by: { $0.name < $1.name }).reversed() {
                // A hidden file is no entry either (isEntryName), so one test serves both.
                if isSkippedFolder(name) { continue }
                let rel = relative.isEmpty ? name : relative + "/" + name
                // A regular file needs no stat here (reading it stats it): most entries.
                if type == UInt8(DT_REG) {
                    if isEntryName(name), rules.isEmpty || !rules.ignores(rel, isDirectory: false) { paths.append(rel) }
                    continue
                }
                let full = absolute.hasSuffix("/") ? absolute + name : absolute + "/" + name
                var lst = stat()
                guard lstat(full, &lst) == 0 else { continue }
                var st = lst
                let isLink = (lst.st_mode & S_IFMT) == S_IFLNK
                if isLink, stat(full, &st) != 0 {
                    if isEntryName(name) {
                        let message = errno == ELOOP ? "this symbolic link loops (it leads back to itself through other links); it is skipped"
                                                     : "this symbolic link points to nothing; it is skipped"
                        diagnostics.append(Diagnostic(.warning, SourceLocation(path: rel, line: 1, column: 1), message, help: FormatDoc.encoding))
                    }
                    continue
                }
                let isDir = (st.st_mode & S_IFMT) == S_IFDIR
                if !rules.isEmpty, rules.ignores(rel, isDirectory: isDir) { continue }
                if isDir {
                    let id = DirID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
                    if chain.contains(id) {
                        diagnostics.append(Diagnostic(.warning, SourceLocation(path: rel, line: 1, column: 1),
                                                      "this symbolic link leads back into a folder above it (a loop); it is not followed", help: FormatDoc.encoding))
                        continue
                    }
                    stack.append((rel, chain.union([id])))
                } else if (st.st_mode & S_IFMT) == S_IFREG, isEntryName(name) {
                    paths.append(rel)
                }
            }
        }
        paths.sort()
        return Listing(paths: paths, diagnostics: diagnostics)
    }

    /// The names in a folder and their types as the folder records them (`DT_UNKNOWN`
    /// when the file system does not say), or nil when it cannot be read.
    private static func directoryEntries(_ path: String) -> [(name: String, type: UInt8)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type))
        }
        return entries
    }
}
