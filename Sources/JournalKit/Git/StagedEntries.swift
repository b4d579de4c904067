import Foundation

/// The entries staged in git, with their staged content (not the working copy), for
/// `journal check --staged` in a pre-commit hook.
package struct StagedEntries: Sendable {
    /// Entry paths relative to the journal root, sorted.
    package var paths: [String]
    /// The staged bytes of each entry, and of `.journal/config.yml` when it is staged,
    /// by path relative to the journal root. A staged symbolic link is what git stores:
    /// its link text, never the file it points to on this disk.
    package var contents: [String: [UInt8]]

    /// Why the staged entries could not be read.
    package enum Failure: Error, Equatable, CustomStringConvertible {
        case gitMissing
        case notARepository(String)
        case gitFailed(String)

        package var description: String {
            switch self {
            case .gitMissing: "git is not installed (or not on PATH), so the staged entries cannot be read"
            case .notARepository(let root): "\(root) is not inside a git repository, so nothing is staged; run `git init` there first, or check the working copy with `journal check`"
            case .gitFailed(let message): "git could not list the staged files: \(message)"
            }
        }
    }

    /// Reads what is staged below `root` (a journal root anywhere in a work tree).
    package static func read(root: String) throws(Failure) -> StagedEntries {
        guard let probe = GitCommand.run(["rev-parse", "--is-inside-work-tree"], in: root) else { throw .gitMissing }
        guard probe.status == 0, probe.text == "true" else { throw .notARepository(root) }

        // Paths relative to the root (--relative), only below it (the pathspec), NUL-separated,
        // with the staged blob of each. Renames are listed as additions.
        guard let diff = GitCommand.run(["diff", "--cached", "--raw", "-z", "--no-abbrev", "--no-renames", "--no-ext-diff",
                                         "--diff-filter=ACMR", "--relative", "--", "."], in: root) else { throw .gitMissing }
        guard diff.status == 0 else { throw .gitFailed(diff.firstErrorLine) }

        let rules = IgnoreRules.load(root: root)
        var paths: [String] = []
        var blobs: [(path: String, blob: String)] = []
        // A name that is not UTF-8 keeps its bytes (`FileName`), as the journal's own walk does.
        let fields = diff.stdout.split(separator: 0, omittingEmptySubsequences: false).map { $0.withUnsafeBufferPointer(FileName.decode) }
        var index = 0
        while index + 1 < fields.count {
            // ":old-mode new-mode old-blob new-blob status", then the path.
            let meta = fields[index].split(separator: " ")
            let path = fields[index + 1]
            index += 2
            guard meta.count >= 5 else { continue }
            let mode = meta[1], blob = String(meta[3])
            if path == ConfigLoader.relativePath, mode.hasPrefix("100") {
                blobs.append((path, blob))
                continue
            }
            guard EntryDiscovery.isEntry(path, rules: rules) else { continue }
            switch mode {
            case "100644", "100755", "120000": paths.append(path); blobs.append((path, blob))
            default: continue
            }
        }

        var contents: [String: [UInt8]] = [:]
        if !blobs.isEmpty {
            let input = Array(blobs.map { $0.blob + "\n" }.joined().utf8)
            guard let batch = GitCommand.run(["cat-file", "--batch"], in: root, input: input) else { throw .gitMissing }
            guard batch.status == 0 else { throw .gitFailed(batch.firstErrorLine) }
            let parsed = parseBatch(batch.stdout)
            for (path, blob) in blobs {
                guard let bytes = parsed[blob] else { throw .gitFailed("the staged content of \(path) (\(blob)) is missing") }
                contents[path] = bytes
            }
        }
        return StagedEntries(paths: paths.sorted(), contents: contents)
    }

    /// Splits `git cat-file --batch` output: `<blob> blob <size>\n<bytes>\n` per object.
    static func parseBatch(_ bytes: [UInt8]) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        var i = 0
        while i < bytes.count {
            guard let newline = bytes[i...].firstIndex(of: 10) else { break }
            let header = String(decoding: bytes[i..<newline], as: UTF8.self).split(separator: " ")
            i = newline + 1
            guard header.count == 3, header[1] == "blob", let size = Int(header[2]), i + size <= bytes.count else { continue }
            result[String(header[0])] = Array(bytes[i..<(i + size)])
            i += size + 1
        }
        return result
    }
}
