import Foundation

/// Work started at most once, on another thread, by whichever caller first asks for it.
final class StartOnce<T: Sendable>: @unchecked Sendable {
    // @unchecked: `started` is guarded by `lock`.
    private let lock = NSLock()
    private var started: Background<T>?
    private let work: @Sendable () -> T

    init(_ work: @escaping @Sendable () -> T) {
        self.work = work
    }

    /// Starts the work unless it was started before.
    func start() {
        lock.lock()
        defer { lock.unlock() }
        if started == nil { started = Background(work) }
    }

    /// The result, waiting for it, when the work was started; nil when it never was.
    var valueIfStarted: T? {
        lock.lock()
        let started = self.started
        lock.unlock()
        return started?.value
    }
}
