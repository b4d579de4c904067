import Dispatch
import Foundation

/// Maps items on several threads and returns the results in input order,
/// so output never depends on the number of threads.
public enum ParallelMap {
    /// The default number of worker threads: `$JOURNAL_THREADS` when set (for benchmarks
    /// and tests), else one per active core.
    public static var defaultThreads: Int {
        if let text = environmentValue("JOURNAL_THREADS"), let n = Int(text), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    public static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int? = nil, _ transform: @Sendable (T) -> R) -> [R] {
        map(items, threads: threads) { (_: Int, item: T) in transform(item) }
    }

    /// Like `map`, with each item's index.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int? = nil, _ transform: @Sendable (Int, T) -> R) -> [R] {
        map(items, threads: threads) { (_: Int, index: Int, item: T) in transform(index, item) }
    }

    /// How many workers `map` uses for `count` items.
    public static func workers(threads: Int?, count: Int) -> Int {
        max(1, min(threads ?? defaultThreads, count))
    }

    /// Like `map`, with the number of the worker (0 ..< `workers(threads:count:)`) that
    /// runs each call: state kept per worker needs no lock.
    public static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int? = nil, _ transform: @Sendable (_ worker: Int, _ index: Int, _ item: T) -> R) -> [R] {
        let workers = workers(threads: threads, count: items.count)
        if workers <= 1 { return items.enumerated().map { transform(0, $0.offset, $0.element) } }
        let box = ResultBox<R>(count: items.count)
        // Workers take the next index from a shared counter: a bounded number of files in flight.
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while true {
                let i = next.increment()
                if i >= items.count { break }
                box.set(i, transform(worker, i, items[i]))
            }
        }
        return box.takeValues()
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

    /// Moves the results out, leaving each slot empty (no second copy of every value).
    func takeValues() -> [R] {
        var out: [R] = []
        out.reserveCapacity(slots.count)
        for i in slots.indices { out.append(slots[i].take()!) }
        return out
    }
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

extension ParallelMap {
    /// Runs independent pieces of work at the same time and returns both results.
    public static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let boxA = ResultBox<A>(count: 1), boxB = ResultBox<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { boxA.set(0, a()) } else { boxB.set(0, b()) }
        }
        return (boxA.takeValues()[0], boxB.takeValues()[0])
    }
}

/// Work started on another thread now, whose result is waited for when it is read.
public final class Background<T: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is written once before `done` is signalled and read only after waiting.
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    public init(_ work: @escaping @Sendable () -> T) {
        Thread.detachNewThread { [self] in
            result = work()
            done.signal()
        }
    }

    /// Waits until the work is done (as often as asked: the signal is passed on).
    public func wait() {
        done.wait()
        done.signal()
    }

    /// The result, waiting for it if needed.
    public var value: T {
        wait()
        return result!
    }
}

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
