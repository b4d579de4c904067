import Foundation

/// A folder only this user can enter, for files another local user must neither read nor
/// put in place beforehand (`report --open` without `-o`; docs/robustness.md, "Writing files").
package enum PrivateFolder {
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
    }

    /// `$XDG_RUNTIME_DIR/journal` when `runtime` is an absolute path, else `journal-<uid>`
    /// in `temporary`; either is made with mode 0700 when missing and used only when it is
    /// a real folder (not a link) owned by this user with no permission for group or others.
    /// Otherwise a fresh folder is made with `mkdtemp` (`journal-report-XXXXXX`).
    package static func path(runtime: String? = environmentValue("XDG_RUNTIME_DIR"),
                            temporary: String = NSTemporaryDirectory()) throws -> String {
        var candidates: [String] = []
        if let runtime, runtime.hasPrefix("/") {
            candidates.append((runtime as NSString).appendingPathComponent("journal"))
        }
        candidates.append((temporary as NSString).appendingPathComponent("journal-\(getuid())"))
        for folder in candidates {
            if mkdir(folder, 0o700) != 0, errno != EEXIST { continue }
            var st = stat()
            guard lstat(folder, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == geteuid(), st.st_mode & 0o077 == 0 else { continue }
            return folder
        }
        var template = Array(((temporary as NSString).appendingPathComponent("journal-report-XXXXXX")).utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw Failure(description: "cannot make a private folder in \(TerminalSafe.path(temporary)): \(String(cString: strerror(errno)))")
        }
        return String(cString: made)
    }
}
