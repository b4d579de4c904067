/// Numbers the distinct keys of names (companies, roles, wordings) so that grouping can
/// work on integers, computing each spelling's key only once.
///
/// The same few spellings recur in every entry of a large journal, and making a key
/// (`TextKey.normalize`, `lowercased()`) and hashing it as a `String` (which
/// normalises non-ASCII text on every lookup) cost more than the rest of the grouping.
/// Identical bytes always give the same key, so spellings are remembered by their bytes;
/// keys are still told apart as `String`s, exactly as a `[String: …]` dictionary would.
struct KeyNumbering {
    private let makeKey: (String) -> String
    private var idOfSpelling: [ByteKey: Int] = [:]
    private var idOfKey: [String: Int] = [:]
    /// The key of each number.
    private(set) var keys: [String] = []

    init(_ makeKey: @escaping (String) -> String) {
        self.makeKey = makeKey
    }

    /// The number of `spelling`'s key: 0 for the first key seen, then 1, 2…
    mutating func id(_ spelling: String) -> Int {
        let bytes = ByteKey(spelling)
        if let id = idOfSpelling[bytes] { return id }
        let key = makeKey(spelling)
        let id: Int
        if let known = idOfKey[key] { id = known } else {
            id = keys.count
            idOfKey[key] = id
            keys.append(key)
        }
        idOfSpelling[bytes] = id
        return id
    }
}
