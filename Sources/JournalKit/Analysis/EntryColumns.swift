extension Array where Element == Entry {
    /// One stored field of every entry, like `map(\.field)`, without copying the entries.
    ///
    /// `map`, `for entry in entries` and even `entries[i]` inside a closure hand out a copy
    /// of each entry, and copying an entry retains and releases each of its thirty-odd
    /// strings and arrays: on a large journal that cost more than the analysis done with
    /// the field. The field is read in place, at its offset in the entry.
    func column<Value>(_ field: KeyPath<Entry, Value>) -> [Value] {
        withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, base.pointer(to: field) != nil else { return map { $0[keyPath: field] } }
            return (0..<buffer.count).map { (base + $0).pointer(to: field)!.pointee }
        }
    }

    /// `column` of a value made from the entry (a call the optimiser does not inline
    /// receives the entry in place).
    func column<Value>(_ field: (Entry) -> Value) -> [Value] {
        withUnsafeBufferPointer { buffer in
            var values: [Value] = []
            values.reserveCapacity(buffer.count)
            for i in buffer.indices { values.append(field(buffer[i])) }
            return values
        }
    }

    /// The interview day of every entry.
    var days: [CalendarDay?] { column(\.date).map { $0?.value } }

    /// `companyName` of every entry.
    var companyNames: [String] { zip(column(\.company), column(\.title)).map { $0?.value ?? $1.value } }
}
