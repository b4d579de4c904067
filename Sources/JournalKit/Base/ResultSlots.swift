/// Results written by index from several threads; each slot is written exactly once.
final class ResultSlots<R: Sendable>: @unchecked Sendable {
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
