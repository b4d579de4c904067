import Dispatch
import Foundation

/// Maps items on several threads and returns the results in input order,
/// so output never depends on the number of threads.
package enum ParallelMap {
    /// The default number of worker threads: `$JOURNAL_THREADS` when set (for benchmarks
    /// and tests), else one per active core.
    package static var defaultThreads: Int {
        if let text = environmentValue("JOURNAL_THREADS"), let n = Int(text), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    /// How many workers `map` uses for `count` items.
    package static func workers(threads: Int?, count: Int) -> Int {
        max(1, min(threads ?? defaultThreads, count))
    }

    /// Maps `items` with the number of the worker (0 ..< `workers(threads:count:)`) that
    /// runs each call, so that state kept per worker needs no lock, and each item's index.
    package static func map<T: Sendable, R: Sendable>(_ items: [T], threads: Int? = nil, _ transform: @Sendable (_ worker: Int, _ index: Int, _ item: T) -> R) -> [R] {
        let workers = workers(threads: threads, count: items.count)
        if workers <= 1 { return items.enumerated().map { transform(0, $0.offset, $0.element) } }
        let box = ResultSlots<R>(count: items.count)
        // Workers take the next index from a shared counter: a bounded number of files in flight.
        let next = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while true {
                let i = next.increment()
                if i >= items.count { break }
                box.set(i, transform(worker, i, items[i]))
            }
        }
        return box.takeValues()
    }

    /// Runs independent pieces of work at the same time and returns both results.
    package static func both<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
        let boxA = ResultSlots<A>(count: 1), boxB = ResultSlots<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { boxA.set(0, a()) } else { boxB.set(0, b()) }
        }
        return (boxA.takeValues()[0], boxB.takeValues()[0])
    }
}
