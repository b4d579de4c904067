import Foundation

/// A regular expression compiled once, matched as `String.range(of:options: .regularExpression)`
/// matches. On Linux that call builds its cache key by string interpolation, looks it up in
/// an `NSCache` of ten patterns (compiling again when more are in use, as the phrases of
/// `stripReported` are) and bridges the text to `NSString`: thousands of instructions a call
/// before the match starts. Foundation's `range(of:options:)` is
/// `NSRegularExpression(pattern:options:)` (`.caseInsensitive` when asked) and
/// `rangeOfFirstMatch(in:options: [], range:)` over the whole text, its UTF-16 offsets made
/// indices again; this does the same with the expression kept (RegexCacheTests compare them).
struct CachedRegex: @unchecked Sendable {
    // @unchecked: an NSRegularExpression is immutable, and matching is thread-safe.
    private let regex: NSRegularExpression
    let pattern: String
    let caseInsensitive: Bool

    init(_ pattern: String, caseInsensitive: Bool = false) {
        self.pattern = pattern
        self.caseInsensitive = caseInsensitive
        // The patterns are the project's own: one that does not compile is a bug.
        regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }

    /// `text.range(of: pattern, options: .regularExpression)` (with `.caseInsensitive` when made so).
    func firstRange(in text: String) -> Range<String.Index>? {
        let utf16 = text.utf16
        let found = regex.rangeOfFirstMatch(in: text, options: [], range: NSRange(location: 0, length: utf16.count))
        guard found.location != NSNotFound else { return nil }
        let start = utf16.index(utf16.startIndex, offsetBy: found.location)
        return start..<utf16.index(start, offsetBy: found.length)
    }

    /// Expressions made from a key at run time (a cue phrase), each compiled the first time it is
    /// asked for and kept, shared by the threads reading files.
    final class Cache: @unchecked Sendable {
        // @unchecked: `expressions` is only touched under `lock`.
        private let lock = NSLock()
        private var expressions: [String: CachedRegex] = [:]
        private let make: @Sendable (String) -> CachedRegex

        init(_ make: @escaping @Sendable (String) -> CachedRegex) {
            self.make = make
        }

        func regex(for key: String) -> CachedRegex {
            lock.lock()
            defer { lock.unlock() }
            if let known = expressions[key] { return known }
            let made = make(key)
            expressions[key] = made
            return made
        }
    }
}
