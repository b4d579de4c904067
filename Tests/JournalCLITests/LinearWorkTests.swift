import Foundation
import Testing

/// Reading stays linear in the size of hostile input, counted in instructions, not seconds:
/// `valgrind --tool=callgrind` counts the instructions spent inside `EntryReader.read` for
/// each file of one `journal check` run (one dump per file), so the figures are the same
/// on a busy machine and an idle one. Doubling the input must at most about double the
/// work (the bound is 2.6×; a quadratic step shows as 4×).
///
/// Skipped with a message when valgrind or strip is missing, except under `CI=true`,
/// where `.ci/run` installs valgrind and a missing tool fails the test.
@Suite struct LinearWorkTests {
    /// A hostile input pattern, made to a given size in bytes.
    struct Pattern: Sendable {
        var name: String
        /// The size at which it is measured (then at twice that).
        var bytes: Int
        var make: @Sendable (Int) -> [UInt8]

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
        Pattern("one long question line", 10_000) { "## Questions\n- " + repeated("word #tag ", $0) + "\n" },
        Pattern("one long heading", 4_000) { "# " + repeated("ab ", $0) + "\n" },
        Pattern("nested block quotes", 10_000) { "## Questions\n" + repeated("> ", $0) + "deep\n" },
        Pattern("nested lists", 8_000) { "## Questions\n" + repeated("- ", $0) + "deep\n" },
        Pattern("unmatched brackets before a field", 10_000) { "## Questions\n- " + repeated("[", $0) + " a:: b [difficulty:: hard]\n" },
        Pattern("unmatched link openers", 10_000) { "## Questions\n- " + repeated("[a](", $0) + "\n" },
        Pattern("unclosed emphasis and code", 8_000) { "## Questions\n- " + repeated("*_`", $0) + "\n" },
        Pattern("many questions", 8_000) { "## Questions\n" + repeated("- Why? #a\n", $0) },
        Pattern("many question headings", 4_000) { "## Round 1\n" + repeated("### What is a b c?\n", $0) },
        Pattern("many next steps", 8_000) { "## Next steps\n" + repeated("- [ ] Call by 2026-11-18\n", $0) },
        Pattern("unclosed front-matter", 20_000) { "---\n" + repeated("key: value\n", $0) },
        Pattern("YAML flow list on one line", 10_000) { "---\ntags: [" + repeated("a, ", $0) + "b]\n---\n" },
        Pattern("TOML array on one line", 10_000) { "+++\ntags = [" + repeated("'a', ", $0) + "'b']\n+++\n" },
        // A NUL byte now and then (fewer than make a file binary).
        Pattern(bytes: "NUL bytes in text", 20_000) {
            Array(("## Questions\n- " + repeated("text ", $0)).utf8).enumerated().map { $0.offset % 4_999 == 4_000 ? 0 : $0.element }
        },
        Pattern(bytes: "invalid UTF-8 everywhere", 20_000) {
            Array(("## Questions\n- " + repeated("ab ", $0)).utf8).enumerated().map { $0.offset % 10 == 5 ? 0xFF : $0.element }
        },
    ]

    /// The mangled name of `EntryReader.read(path:buffer:)`, the per-file pipeline.
    static let readSymbol = "$s10JournalKit11EntryReaderV4read4path6bufferAC6ResultVSS_SRys5UInt8VGtF"

    static let tools: (valgrind: String, strip: String)? = {
        guard let valgrind = ExternalTool.find(["valgrind"]), let strip = ExternalTool.find(["strip"]) else {
            print("LinearWorkTests: SKIPPED: valgrind or strip is not installed, so reading is not checked for linear work. Install it with: apt-get install valgrind binutils")
            return nil
        }
        return (valgrind, strip)
    }()

    @Test(.enabled(if: tools != nil || ExternalTool.inCI, "valgrind is not installed (apt-get install valgrind)"))
    func doublingTheInputAtMostDoublesTheWork() throws {
        let (valgrind, strip) = try #require(Self.tools, "valgrind and strip are needed under CI=true")
        let dir = try TemporaryDirectory()
        // valgrind 3.19 cannot read the DWARF 5 that Swift writes: count a copy without it.
        let binary = dir.path + "/journal"
        let stripped = try JournalRunner.runProcess(strip, ["--strip-debug", "-o", binary, JournalRunner.binary])
        try #require(stripped.status == 0, "\(stripped.stderr)")
        let journal = dir.path + "/notes"
        var files: [String] = []
        for (index, pattern) in Self.patterns.enumerated() {
            for (size, bytes) in [("1", pattern.bytes), ("2", pattern.bytes * 2)] {
                let name = String(format: "%02d-%@.md", index, size)
                try dir.write("notes/" + name, "")
                try Data(pattern.make(bytes)).write(to: URL(fileURLWithPath: journal + "/" + name))
                files.append(name)
            }
        }
        let out = dir.path + "/callgrind.out"
        let run = try JournalRunner.runProcess(valgrind, [
            "--tool=callgrind", "--collect-atstart=no", "--toggle-collect=\(Self.readSymbol)", "--dump-after=\(Self.readSymbol)",
            "--callgrind-out-file=\(out)", binary, "check", "-C", journal, "--no-cache",
        ], environment: ["JOURNAL_THREADS": "1", "JOURNAL_PREWARM": "0", "PATH": "/usr/bin:/bin", "HOME": dir.path])
        #expect(run.status == 0 || run.status == 1, "\(run.stderr)")
        // One dump per file read, in the order the files were read (sorted, one thread).
        var counts: [Int] = []
        for part in 1...files.count {
            let dump = try String(contentsOfFile: "\(out).\(part)", encoding: .utf8)
            let totals = try #require(dump.split(separator: "\n").first { $0.hasPrefix("totals: ") })
            counts.append(try #require(Int(totals.dropFirst("totals: ".count))))
        }
        for (index, pattern) in Self.patterns.enumerated() {
            let small = counts[2 * index], large = counts[2 * index + 1]
            let ratio = Double(large) / Double(max(small, 1))
            print(String(format: "linear work: %@: %d instructions, then %d for twice the input (%.2f×)", pattern.name, small, large, ratio))
            #expect(small > 0 && ratio < 2.6, "\(pattern.name): \(small) instructions, then \(large) for twice the input (\(ratio)×)")
        }
    }
}
