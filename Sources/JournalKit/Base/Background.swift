import Dispatch
import Foundation

/// Work started on another thread now, whose result is waited for when it is read.
package final class Background<T: Sendable>: @unchecked Sendable {
    // @unchecked: `result` is written once before `done` is signalled and read only after waiting.
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    package init(_ work: @escaping @Sendable () -> T) {
        Thread.detachNewThread { [self] in
            result = work()
            done.signal()
        }
    }

    /// Waits until the work is done (as often as asked: the signal is passed on).
    package func wait() {
        done.wait()
        done.signal()
    }

    /// The result, waiting for it if needed.
    package var value: T {
        wait()
        return result!
    }
}
