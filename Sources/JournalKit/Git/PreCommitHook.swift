import Foundation

/// The git pre-commit hook that runs `journal check --staged`.
package enum PreCommitHook {
    /// The line that marks a hook as ours.
    package static let marker = "# journal pre-commit hook"

    /// What `install` did.
    package enum Installed: Sendable, Equatable {
        /// A new hook was written.
        case created
        /// Our own hook was there with other settings (another binary or journal folder) and was rewritten.
        case updated
        /// The very same hook was already there.
        case unchanged
        /// Someone else's hook was moved to `backup` and ours written (with `force`).
        case replaced(backup: String)
    }

    /// What `uninstall` did.
    package enum Uninstalled: Sendable, Equatable {
        case removed
        /// Ours was removed and the hook it ran first put back in its place.
        case restored(from: String)
        case absent
    }

    package enum Failure: Error, Equatable, CustomStringConvertible {
        case gitMissing
        case notARepository(String)
        case otherHook(String)
        case gitFailed(String)
        case io(String)

        package var description: String {
            switch self {
            case .gitMissing: "git is not installed (or not on PATH)"
            case .notARepository(let root): "\(root) is not inside a git repository; run `git init` there (or `journal init`) first"
            case .otherHook(let path): "\(path) already exists and is not journal's hook; add `journal check --staged` to it yourself, or pass --force to replace it (the old hook is kept beside it)"
            case .gitFailed(let message): "git could not tell where the hooks are: \(message)"
            case .io(let message): message
            }
        }
    }

    /// The line of our hook that names the hook it runs first.
    static let chainPrefix = "before_journal="

    /// The hook script: runs `binary` (else `journal` on PATH) on the journal at `journalPath`
    /// (relative to the top of the work tree, where git runs hooks). With `chained` (the
    /// name of the hook that was there before, kept beside it), that hook runs first, with
    /// the same arguments, and the commit stops when it fails; like git, it runs it only when
    /// it is executable (git ignores a hook that is not).
    package static func script(binary: String, journalPath: String, chained: String? = nil) -> String {
        let chain = chained.map { name in
            """
            # The hook that was here before journal's runs first (when it is executable, as git
            # would run it); uninstalling puts it back.
            \(chainPrefix)\(shellQuote(name))
            if [ -f "$(dirname "$0")/$before_journal" ] && [ -x "$(dirname "$0")/$before_journal" ]; then
                "$(dirname "$0")/$before_journal" "$@" || exit $?
            fi

            """
        } ?? ""
        return """
        #!/bin/sh
        \(marker): checks the staged interview notes before each commit.
        # Installed by `journal hook install`; remove it with `journal hook uninstall`.
        # To commit once without the check: git commit --no-verify
        \(chain)journal=\(shellQuote(binary))
        if [ ! -x "$journal" ]; then
            journal=journal
            if ! command -v journal >/dev/null 2>&1; then
                echo "pre-commit: journal is not installed any more; remove this hook with 'rm \\"$0\\"' or commit with --no-verify" >&2
                exit 1
            fi
        fi
        exec "$journal" check --staged --journal \(shellQuote(journalPath))

        """
    }

    /// Single-quoted for sh.
    static func shellQuote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// Where the hook of the repository holding `root` goes (respects `core.hooksPath`),
    /// and the journal's path relative to the top of the work tree.
    package static func location(root: String) throws(Failure) -> (hook: String, journalPath: String) {
        guard let probe = GitCommand.run(["rev-parse", "--show-toplevel", "--show-prefix"], in: root) else { throw .gitMissing }
        let lines = probe.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard probe.status == 0, let top = lines.first, !top.isEmpty else { throw .notARepository(root) }
        let prefix = lines.count > 1 ? lines[1] : ""
        // Asked from the top, so that a relative core.hooksPath is resolved the way git runs hooks.
        guard let hooks = GitCommand.run(["rev-parse", "--git-path", "hooks"], in: top) else { throw .gitMissing }
        guard hooks.status == 0, !hooks.text.isEmpty else { throw .gitFailed(hooks.firstErrorLine) }
        let directory = hooks.text.hasPrefix("/") ? hooks.text : (top as NSString).appendingPathComponent(hooks.text)
        var journalPath = prefix.hasSuffix("/") ? String(prefix.dropLast()) : prefix
        journalPath = journalPath.isEmpty ? "." : "./" + journalPath
        return ((directory as NSString).appendingPathComponent("pre-commit"), journalPath)
    }

    /// Installs the hook for the journal at `root`. Never replaces another hook unless `force`,
    /// and then keeps it as `pre-commit.before-journal` (or `-2`, `-3`...).
    package static func install(root: String, binary: String, force: Bool) throws(Failure) -> (path: String, result: Installed) {
        let (path, journalPath) = try location(root: root)
        let folder = (path as NSString).deletingLastPathComponent
        do { try AtomicFile.makeFolders(folder) } catch {
            throw .io("cannot install the hook: \(error)")
        }
        var text = script(binary: binary, journalPath: journalPath)
        var result = Installed.created
        if let existing = readWholeFile(path) {
            let old = String(decoding: existing, as: UTF8.self)
            if old.contains(marker) {
                // Our hook again: it keeps running the hook it chained.
                text = script(binary: binary, journalPath: journalPath, chained: chainedHook(old))
                if old == text, FileManager.default.isExecutableFile(atPath: path) { return (path, .unchanged) }
                result = .updated
            } else if force {
                let backup = try keep(path)
                text = script(binary: binary, journalPath: journalPath, chained: (backup as NSString).lastPathComponent)
                result = .replaced(backup: backup)
            } else {
                throw .otherHook(path)
            }
        }
        do { try AtomicFile.write(text, to: path) } catch {
            throw .io("\(error)")
        }
        guard chmod(path, 0o755) == 0 else { throw .io("cannot make \(path) executable: \(String(cString: strerror(errno)))") }
        return (path, result)
    }

    /// Removes the hook when it is ours; leaves any other hook alone.
    package static func uninstall(root: String) throws(Failure) -> (path: String, result: Uninstalled) {
        let (path, _) = try location(root: root)
        guard let existing = readWholeFile(path) else { return (path, .absent) }
        let text = String(decoding: existing, as: UTF8.self)
        guard text.contains(marker) else {
            throw .io("\(path) is not journal's hook; it is left alone")
        }
        // The hook ours ran first goes back where it was (a rename replaces ours at once).
        if let name = chainedHook(text) {
            let backup = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: backup) {
                guard rename(backup, path) == 0 else { throw .io("cannot put \(backup) back as \(path): \(String(cString: strerror(errno)))") }
                return (path, .restored(from: backup))
            }
        }
        guard unlink(path) == 0 else { throw .io("cannot remove \(path): \(String(cString: strerror(errno)))") }
        return (path, .removed)
    }

    /// The name of the hook our hook `text` runs first, if any.
    static func chainedHook(_ text: String) -> String? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(chainPrefix) }) else { return nil }
        var value = String(line.dropFirst(chainPrefix.count))
        guard value.hasPrefix("'"), value.hasSuffix("'"), value.count >= 2 else { return nil }
        value = String(value.dropFirst().dropLast()).replacingOccurrences(of: "'\\''", with: "'")
        // Only a name beside the hook.
        return value.isEmpty || value.contains("/") ? nil : value
    }

    /// Renames `path` to the first free `path.before-journal[-N]`.
    private static func keep(_ path: String) throws(Failure) -> String {
        for attempt in 1...99 {
            let backup = path + ".before-journal" + (attempt == 1 ? "" : "-\(attempt)")
            // link + unlink: never replaces an existing backup, unlike rename.
            if link(path, backup) == 0 {
                unlink(path)
                return backup
            }
            if errno != EEXIST { throw .io("cannot keep the old hook as \(backup): \(String(cString: strerror(errno)))") }
        }
        throw .io("cannot keep the old hook: too many backups beside \(path)")
    }
}
