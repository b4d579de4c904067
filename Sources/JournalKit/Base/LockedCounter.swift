import Foundation

/// A counter that several threads increment, each getting a different value (guarded by a lock).
final class LockedCounter: @unchecked Sendable {
    // @unchecked: the value is only touched under the lock.
    private var value = -1
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
