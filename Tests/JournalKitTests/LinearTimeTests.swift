import Foundation
import Testing
@testable import JournalKit

/// Reading time stays linear in the size of hostile input: doubling the input at most
/// doubles the time, give or take noise (the bound is 4×, a quadratic step shows as 4× or
/// more). Sizes are large enough to measure and small enough to keep the suite fast; a
/// measurement disturbed by other work on the machine is taken again, twice at most.
@Suite(.serialized, .enabled(if: !Sanitizer.active, Sanitizer.skipTiming))
struct LinearTimeTests {
    /// A hostile input pattern, made to a given size in bytes.
    struct Pattern: Sendable, CustomTestStringConvertible {
        var name: String
        /// The size at which it is measured (then at twice that).
        var bytes: Int
        var make: @Sendable (Int) -> [UInt8]
        var testDescription: String { name }

        init(_ name: String, _ bytes: Int, _ make: @escaping @Sendable (Int) -> String) {
            self.name = name
            self.bytes = bytes
            self.make = { Array(make($0).utf8) }
        }

        init(bytes name: String, _ size: Int, _ make: @escaping @Sendable (Int) -> [UInt8]) {
            self.name = name
            self.bytes = size
            self.make = make
        }
    }

    /// `unit` repeated to about `size` bytes.
    static func repeated(_ unit: String, _ size: Int) -> String {
        String(repeating: unit, count: max(1, size / unit.utf8.count))
    }

    static let patterns: [Pattern] = [
        Pattern("one long question line", 50_000) { "## Questions\n- " + repeated("word #tag ", $0) + "\n" },
        Pattern("one long heading", 10_000) { "# " + repeated("ab ", $0) + "\n" },
        Pattern("nested block quotes", 50_000) { "## Questions\n" + repeated("> ", $0) + "deep\n" },
        Pattern("nested lists", 25_000) { "## Questions\n" + repeated("- ", $0) + "deep\n" },
        Pattern("unmatched brackets before a field", 50_000) { "## Questions\n- " + repeated("[", $0) + " a:: b\n" },
        Pattern("unmatched link openers", 50_000) { "## Questions\n- " + repeated("[a](", $0) + "\n" },
        Pattern("unclosed emphasis and code", 25_000) { "## Questions\n- " + repeated("*_`", $0) + "\n" },
        Pattern("many questions", 12_000) { "## Questions\n" + repeated("- Why? #a\n", $0) },
        Pattern("many question headings", 8_000) { "## Round 1\n" + repeated("### What is a b c?\n", $0) },
        Pattern("many next steps", 12_000) { "## Next steps\n" + repeated("- [ ] Call by 2026-11-18\n", $0) },
        Pattern("unclosed front-matter", 100_000) { "---\n" + repeated("key: value\n", $0) },
        Pattern("YAML flow list on one line", 25_000) { "---\ntags: [" + repeated("a, ", $0) + "b]\n---\n" },
        Pattern("TOML array on one line", 25_000) { "+++\ntags = [" + repeated("'a', ", $0) + "'b']\n+++\n" },
        // A NUL byte now and then (fewer than make a file binary).
        Pattern(bytes: "NUL bytes in text", 200_000) {
            Array(("## Questions\n- " + repeated("text ", $0)).utf8).enumerated().map { $0.offset % 4_999 == 4_000 ? 0 : $0.element }
        },
        Pattern(bytes: "invalid UTF-8 everywhere", 100_000) {
            Array(("## Questions\n- " + repeated("ab ", $0)).utf8).enumerated().map { $0.offset % 10 == 5 ? 0xFF : $0.element }
        },
    ]

    /// The best of three times to read `bytes` as an entry.
    static func seconds(_ bytes: [UInt8]) -> Double {
        let reader = EntryReader()
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            let result = reader.read(path: "entry.md", bytes: bytes)
            let elapsed = ContinuousClock.now - start
            withExtendedLifetime(result) {}
            best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        return best
    }

    @Test(arguments: patterns)
    func doublingTheInputAtMostDoublesTheTime(_ pattern: Pattern) {
        let small = pattern.make(pattern.bytes)
        let large = pattern.make(pattern.bytes * 2)
        // Under a millisecond the clock and the scheduler dominate: only a clear blow-up counts there.
        func linear(_ t1: Double, _ t2: Double) -> Bool { t2 < 4 * t1 || t2 < 0.004 }
        var attempts: [(Double, Double)] = []
        repeat {
            attempts.append((Self.seconds(small), Self.seconds(large)))
        } while attempts.count < 3 && !linear(attempts.last!.0, attempts.last!.1)
        let (t1, t2) = attempts.last!
        print(String(format: "linear time: %@: %d bytes %.1f ms, %d bytes %.1f ms, ratio %.2f",
                     pattern.name, small.count, t1 * 1000, large.count, t2 * 1000, t2 / t1))
        #expect(linear(t1, t2), "\(pattern.name): \(attempts.map { "\($0.0) s, then \($0.1) s" }) for twice the input")
    }
}
