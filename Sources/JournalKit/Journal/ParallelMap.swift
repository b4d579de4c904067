import Dispatch
import Foundation

/// Maps items on several threads and returns the results in input order,
/// so output never depends on the number of threads.
public enum ParallelMap {
    /// The default number of worker threads: one per active core.
    public static var defaultThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    public static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int? = nil, _ transform: @Sendable (T) -> R) -> [R] {
        let workers = max(1, min(threads ?? defaultThreads, items.count))
        if workers <= 1 { return items.map(transform) }
        let box = ResultBox<R>(count: items.count)
        // Workers take the next index from a shared counter: a bounded number of files in flight.
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.increment()
                if i >= items.count { break }
                box.set(i, transform(items[i]))
            }
        }
        return box.values()
    }
}

/// Results written by index from several threads; each slot is written exactly once.
private final class ResultBox<R: Sendable>: @unchecked Sendable {
    // @unchecked: every index is written by exactly one worker (the counter hands each out once)
    // and read only after concurrentPerform has returned. The slots live in memory allocated
    // once: writing through an Array property instead would be a modifying access of the whole
    // array from several threads at once (a data race ThreadSanitizer reports).
    private let slots: UnsafeMutableBufferPointer<R?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ i: Int, _ value: R) {
        slots[i] = value
    }

    func values() -> [R] { slots.map { $0! } }
}

/// An atomic counter.
private final class Counter: @unchecked Sendable {
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
