#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs an `RPCSession` over two file descriptors (standard input and output): reads what
/// the client sends, waits no longer than the handler's next deadline, writes the answers.
package enum RPCStdio {
    #if canImport(Glibc)
    private static let systemWrite = Glibc.write
    #else
    private static let systemWrite = Darwin.write
    #endif

    /// Seconds on a monotonic clock.
    package static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Serves until `exit` or the end of the input; returns the exit status (0 after
    /// `shutdown`, else 1). Problems go to `log` (standard error), never to `output`.
    package static func serve<Handler: RPCHandler>(_ session: inout RPCSession<Handler>, input: Int32 = 0, output: Int32 = 1,
                                                  log: (String) -> Void) -> Int32 {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !session.isExited {
            var timeout: Int32 = -1
            if let deadline = session.handler.deadline {
                timeout = Int32(max(0, min(60_000, ((deadline - now()) * 1000).rounded(.up))))
            }
            var poller = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, timeout)
            if ready < 0, errno == EINTR { continue }
            if ready > 0 {
                let n = buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if n < 0, errno == EINTR || errno == EAGAIN { continue }
                if n <= 0 {
                    session.endOfInput()
                } else if !write(session.receive(Array(buffer[0..<n]), now: now()), to: output) {
                    session.endOfInput()
                }
            }
            _ = write(session.tick(now: now()), to: output)
            for problem in session.takeProblems() { log(problem) }
        }
        for problem in session.takeProblems() { log(problem) }
        if case .exited(let status) = session.state { return status }
        return 1
    }

    /// Writes all of `bytes`; false when the descriptor is closed.
    private static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return false
            }
            done += n
        }
        return true
    }
}
