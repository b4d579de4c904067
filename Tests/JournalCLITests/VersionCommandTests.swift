import Testing

/// `journal --version` answers before the argument parser runs (a start-up fast path);
/// it must say exactly what the parser says for the same flag elsewhere on the line.
@Suite struct VersionCommandTests {
    @Test func versionAloneMatchesTheParsersAnswer() throws {
        let fast = try JournalRunner.run(["--version"])
        #expect(fast.status == 0)
        #expect(fast.stdout == "0.1.0\n")
        #expect(fast.stderr == "")
        // Not the fast path: the parser's own --version handling.
        for arguments in [["report", "--version"], ["--version", "report"]] {
            let parsed = try JournalRunner.run(arguments)
            #expect(parsed.status == fast.status)
            #expect(parsed.stdout == fast.stdout)
            #expect(parsed.stderr == fast.stderr)
        }
    }
}
