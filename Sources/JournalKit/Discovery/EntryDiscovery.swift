import Foundation

/// Lists the entries of a journal: every `*.md` / `*.markdown` file below the root,
/// except hidden folders, `node_modules` and `.journalignore` matches. Symbolic links
/// are followed once; loops are reported, not followed.
package enum EntryDiscovery {
    package struct Listing: Sendable {
        /// Paths relative to the root, `/`-separated, sorted.
        package var paths: [String]
        package var diagnostics: [Diagnostic]
    }

    package static func isEntryName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return (lower.hasSuffix(".md") || lower.hasSuffix(".markdown")) && !name.hasPrefix(".")
    }

    /// Whether a path relative to the root is an entry: a Markdown file outside hidden
    /// folders and `node_modules`, not matched by `.journalignore` (nor any folder above it).
    package static func isEntry(_ path: String, rules: IgnoreRules) -> Bool {
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
    package static func isSkippedFolder(_ name: String) -> Bool {
        name.hasPrefix(".") || name == "node_modules"
    }

    /// The identity of a file or folder: the same for every path that leads to it.
    struct FileID: Hashable { var dev: UInt64; var ino: UInt64 }

    /// Every real folder is visited once and every real file listed once, however many
    /// paths (symbolic links, hard links) lead to it: folders are known by device and
    /// inode, files by their folder's device and the inode `readdir` gives. The real
    /// tree comes first, so a file is listed under its own path rather than through a
    /// link (`current -> acme`); a link is followed only to what the tree does not hold.
    package static func list(root: String) -> Listing {
        var paths: [(path: String, id: FileID)] = []
        var diagnostics: [Diagnostic] = []
        let rules = IgnoreRules.load(root: root)

        func identity(_ path: String) -> FileID? {
            var st = stat()
            guard FileName.withCString(path, { stat($0, &st) }) == 0 else { return nil }
            return FileID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
        }

        var visited: Set<FileID> = []
        var seenFiles: Set<FileID> = []
        // Depth-first with an explicit stack; each frame remembers the chain of folders above it.
        var stack: [(relative: String, id: FileID, chain: Set<FileID>)] = []
        // Folders and files reached through a symbolic link, taken after the real tree.
        var linkedFolders: [(relative: String, id: FileID, chain: Set<FileID>)] = []
        var linkedFiles: [(path: String, id: FileID)] = []
        if let id = identity(root) { stack.append(("", id, [id])) }
        while true {
            if stack.isEmpty {
                guard !linkedFolders.isEmpty else { break }
                // The links in path order, so the first path to a folder is the one used.
                linkedFolders.sort { $0.relative > $1.relative }
                stack = linkedFolders
                linkedFolders = []
            }
            let (relative, folderID, chain) = stack.removeLast()
            guard visited.insert(folderID).inserted else { continue }
            let absolute = relative.isEmpty ? root : (root as NSString).appendingPathComponent(relative)
            guard let names = directoryEntries(absolute) else {
                diagnostics.append(Diagnostic(.error, SourceLocation(path: relative.isEmpty ? "." : relative, line: 1, column: 1),
                                              "this folder cannot be read (permission denied?); its entries are skipped", help: FormatDoc.encoding))
                continue
            }
            for (name, type, inode) in names.sorted(by: { $0.name < $1.name }).reversed() {
                // A hidden file is no entry either (isEntryName), so one test serves both.
                if isSkippedFolder(name) { continue }
                let rel = relative.isEmpty ? name : relative + "/" + name
                // A regular file needs no stat here (reading it stats it): most entries.
                if type == UInt8(DT_REG) {
                    if isEntryName(name), rules.isEmpty || !rules.ignores(rel, isDirectory: false) {
                        paths.append((rel, FileID(dev: folderID.dev, ino: inode)))
                    }
                    continue
                }
                let full = absolute.hasSuffix("/") ? absolute + name : absolute + "/" + name
                var lst = stat()
                guard FileName.withCString(full, { lstat($0, &lst) }) == 0 else { continue }
                var st = lst
                let isLink = (lst.st_mode & S_IFMT) == S_IFLNK
                if isLink, FileName.withCString(full, { stat($0, &st) }) != 0 {
                    if isEntryName(name) {
                        let message = errno == ELOOP ? "this symbolic link loops (it leads back to itself through other links); it is skipped"
                                                     : "this symbolic link points to nothing; it is skipped"
                        diagnostics.append(Diagnostic(.warning, SourceLocation(path: rel, line: 1, column: 1), message, help: FormatDoc.encoding))
                    }
                    continue
                }
                let isDir = (st.st_mode & S_IFMT) == S_IFDIR
                if !rules.isEmpty, rules.ignores(rel, isDirectory: isDir) { continue }
                let id = FileID(dev: UInt64(st.st_dev), ino: UInt64(st.st_ino))
                if isDir {
                    if chain.contains(id) {
                        diagnostics.append(Diagnostic(.warning, SourceLocation(path: rel, line: 1, column: 1),
                                                      "this symbolic link leads back into a folder above it (a loop); it is not followed", help: FormatDoc.encoding))
                        continue
                    }
                    if isLink { linkedFolders.append((rel, id, chain.union([id]))) } else { stack.append((rel, id, chain.union([id]))) }
                } else if (st.st_mode & S_IFMT) == S_IFREG, isEntryName(name) {
                    if isLink { linkedFiles.append((rel, id)) } else { paths.append((rel, id)) }
                }
            }
        }
        // One path per real file: its own (the first in path order among hard links), else the first link to it.
        var unique: [String] = []
        for (path, id) in paths.sorted(by: { $0.path < $1.path }) + linkedFiles.sorted(by: { $0.path < $1.path })
        where seenFiles.insert(id).inserted {
            unique.append(path)
        }
        unique.sort()
        return Listing(paths: unique, diagnostics: diagnostics)
    }

    /// The names in a folder and their types as the folder records them (`DT_UNKNOWN`
    /// when the file system does not say), or nil when it cannot be read.
    private static func directoryEntries(_ path: String) -> [(name: String, type: UInt8, inode: UInt64)]? {
        guard let dir = FileName.withCString(path, { opendir($0) }) else { return nil }
        defer { closedir(dir) }
        var entries: [(name: String, type: UInt8, inode: UInt64)] = []
        while let entry = readdir(dir) {
            // Names that are not UTF-8 keep their bytes (`FileName`).
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    FileName.decode(UnsafeBufferPointer(start: $0, count: strlen(UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))))
                }
            }
            if name == "." || name == ".." { continue }
            entries.append((name, entry.pointee.d_type, UInt64(entry.pointee.d_ino)))
        }
        return entries
    }
}
