#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The whole content of a regular file, or nil when it cannot be opened or read, or is
/// not a regular file.
///
/// Never blocks: the file is opened with `O_NONBLOCK` and must be a regular file by `fstat`
/// on the descriptor, so a FIFO named `.journal/config.yml`, `reviews.tsv` or a template
/// (or one swapped in after a `stat`) is nil instead of a hang (issue 21).
///
/// Used instead of `FileManager.contents(atPath:)`, whose buffer LeakSanitizer reports as
/// leaked on Linux (4 KB a call, `make sanitize`), and which costs more than one `read`.
package func readWholeFile(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
        if n < 0 {
            if errno == EINTR { continue }
            return nil
        }
        if n == 0 { return bytes }
        bytes.append(contentsOf: chunk[0..<n])
    }
}
