/// A unified diff (`diff -u`, three lines of context) of two versions of a text file,
/// as `journal log --dry-run` shows the edit it would make.
package enum UnifiedDiff {
    /// The diff of `old` and `new`, with `--- a/PATH` / `+++ b/PATH` headers; empty when
    /// they are the same. Line ends are kept out of the lines shown (a `\r` included).
    package static func render(old: [UInt8], new: [UInt8], path: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        guard a != b else { return "" }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        // The changed middle, line by line (a longest common subsequence: it is short).
        let midA = Array(a[prefix..<(a.count - suffix)]), midB = Array(b[prefix..<(b.count - suffix)])
        var ops: [(Character, String)] = a[..<prefix].map { (" ", $0) }
        ops += script(midA, midB)
        ops += a[(a.count - suffix)...].map { (" ", $0) }

        var out = "--- a/\(path)\n+++ b/\(path)\n"
        var i = 0
        while i < ops.count {
            guard ops[i].0 != " " else { i += 1; continue }
            // A hunk: from `context` lines before this change to `context` lines after the last change near it.
            let start = max(0, i - context)
            var end = i
            var lastChange = i
            while end < ops.count, end - lastChange <= 2 * context {
                if ops[end].0 != " " { lastChange = end }
                end += 1
            }
            end = min(ops.count, lastChange + context + 1)
            let before = ops[..<start]
            let oldStart = before.filter { $0.0 != "+" }.count + 1, newStart = before.filter { $0.0 != "-" }.count + 1
            let hunk = ops[start..<end]
            let oldCount = hunk.filter { $0.0 != "+" }.count, newCount = hunk.filter { $0.0 != "-" }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for (op, line) in hunk { out += String(op) + line + "\n" }
            i = end
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 1 ? "\(start)" : "\(count == 0 ? start - 1 : start),\(count)"
    }

    /// The lines of `bytes`, split on `\n` bytes (a `String` would keep `\r\n` as one character).
    private static func lines(_ bytes: [UInt8]) -> [String] {
        guard !bytes.isEmpty else { return [] }
        var body = bytes[...]
        if body.last == UInt8(ascii: "\n") { body.removeLast() }
        return body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
    }

    /// Deletions and insertions that turn `a` into `b`, keeping their longest common subsequence.
    private static func script(_ a: [String], _ b: [String]) -> [(Character, String)] {
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var ops: [(Character, String)] = []
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] { ops.append((" ", a[i])); i += 1; j += 1 }
            else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] { ops.append(("-", a[i])); i += 1 }
            else { ops.append(("+", b[j])); j += 1 }
        }
        return ops
    }
}
