import Foundation

/// Runs `git` and collects what it says.
package enum GitCommand {
    /// What a finished `git` run printed.
    package struct Output: Sendable {
        package var status: Int32
        package var stdout: [UInt8]
        package var stderr: String

        /// Standard output as text, without the final newline.
        package var text: String {
            var s = String(decoding: stdout, as: UTF8.self)
            if s.hasSuffix("\n") { s.removeLast() }
            return s
        }

        /// The first line of standard error, for messages.
        package var firstErrorLine: String {
            stderr.split(separator: "\n").first.map { String($0).trimmingSpaces() } ?? "exit status \(status)"
        }
    }

    /// Runs `git arguments` in `directory`, feeding `input` to its standard input.
    /// Returns nil when git cannot be started (not installed).
    ///
    /// Uses `posix_spawnp` and one `poll` loop over the three pipes (no threads): starting
    /// git through Foundation's `Process` cost about 60 ms here, more than reading a
    /// hundred notes.
    package static func run(_ arguments: [String], in directory: String? = nil, input: [UInt8]? = nil) -> Output? {
        let argv = ["git"] + (directory.map { ["-C", $0] } ?? []) + arguments
        var inPipe: [Int32] = [-1, -1], outPipe: [Int32] = [-1, -1], errPipe: [Int32] = [-1, -1]
        guard pipe(&inPipe) == 0 else { return nil }
        guard pipe(&outPipe) == 0 else { close(inPipe[0]); close(inPipe[1]); return nil }
        guard pipe(&errPipe) == 0 else { [inPipe, outPipe].flatMap { $0 }.forEach { close($0) }; return nil }
        #if canImport(Darwin)
        var actions: posix_spawn_file_actions_t? = nil
        let environment = _NSGetEnviron().pointee
        #else
        var actions = posix_spawn_file_actions_t()
        let environment = environ
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inPipe[0], 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in [inPipe[0], inPipe[1], outPipe[0], outPipe[1], errPipe[0], errPipe[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for arg in cArgs { free(arg) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, "git", &actions, nil, &cArgs, environment)
        close(inPipe[0]); close(outPipe[1]); close(errPipe[1])
        guard spawned == 0 else {
            close(inPipe[1]); close(outPipe[0]); close(errPipe[0])
            return nil
        }
        var stdout: [UInt8] = [], stderr: [UInt8] = []
        let pending = input ?? []
        var written = 0
        var writeFD: Int32 = inPipe[1]
        if pending.isEmpty { close(writeFD); writeFD = -1 } else { _ = fcntl(writeFD, F_SETFL, fcntl(writeFD, F_GETFL) | O_NONBLOCK) }
        var readFDs: [Int32] = [outPipe[0], errPipe[0]]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while !readFDs.isEmpty || writeFD >= 0 {
            var fds = readFDs.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if writeFD >= 0 { fds.append(pollfd(fd: writeFD, events: Int16(POLLOUT), revents: 0)) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                if entry.fd == writeFD {
                    let n = pending.withUnsafeBytes { write(writeFD, $0.baseAddress! + written, pending.count - written) }
                    if n > 0 { written += n }
                    if n < 0, errno != EAGAIN, errno != EINTR { written = pending.count }
                    if written >= pending.count { close(writeFD); writeFD = -1 }
                    continue
                }
                let n = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress!, $0.count) }
                if n > 0 {
                    if entry.fd == outPipe[0] { stdout += buffer[0..<n] } else { stderr += buffer[0..<n] }
                } else if n == 0 || (errno != EINTR && errno != EAGAIN) {
                    close(entry.fd)
                    readFDs.removeAll { $0 == entry.fd }
                }
            }
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // The exit code, as a shell reports it (128 + the signal when git was killed).
        let exited = (status & 0x7F) == 0
        let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Output(status: code, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The top folder of the work tree that holds `directory`, or nil outside a repository.
    package static func topLevel(of directory: String) -> String? {
        guard let output = run(["rev-parse", "--show-toplevel"], in: directory), output.status == 0 else { return nil }
        let top = output.text
        return top.isEmpty ? nil : top
    }
}
