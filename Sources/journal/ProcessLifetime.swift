import Foundation

/// Values that live until the process exits instead of being freed when their last use ends.
///
/// A loaded journal is millions of strings and arrays; freeing them one by one when a
/// command is done took longer than building the report from them (about 45 ms for
/// 10,000 entries, 0.4 s for 100,000), and bought nothing: the process exits right after
/// and the system takes its memory back at once. Output is written unbuffered
/// (`OutputOption.emit`), so nothing waits on these values to be flushed.
enum ProcessLifetime {
    private nonisolated(unsafe) static var kept: [Any] = []
    private static let lock = NSLock()

    /// Keeps `value` (a copy sharing its storage) alive until exit.
    static func keep(_ value: Any) {
        lock.lock()
        defer { lock.unlock() }
        kept.append(value)
    }
}
