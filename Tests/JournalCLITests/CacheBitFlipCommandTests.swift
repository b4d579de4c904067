import Foundation
import Testing

/// The cache fuzzed bit by bit through the binary (issue 21): whatever single bit of
/// `.journal/cache/entries.bin` is flipped, `journal export` prints exactly what
/// `journal export --no-cache` prints, and leaves a sound cache behind.
/// (`CacheBitFlipTests` does the same through the library, faster.)
@Suite struct CacheBitFlipCommandTests {
    static let note = "---\ncompany: Acme\ndate: 2026-11-18\n---\n- Why? #hard\n"

    /// A journal of one note whose cache is settled: written by a run past the racy
    /// window, so that a run trusts the files' status and reads the records.
    static func settledJournal() throws -> TemporaryDirectory {
        // In memory (/dev/shm) where there is one: every rewrite of the cache is fsync'd.
        let dir = try TemporaryDirectory(journal: ["a.md": note], in: access("/dev/shm", W_OK) == 0 ? "/dev/shm" : nil)
        var old = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, dir.path("a.md"), &old, 0) == 0)
        sleep(3)
        for _ in 0..<2 { #expect(try JournalRunner.run(["export", "-C", dir.path]).status == 0) }
        return dir
    }

    @Test func everySingleBitFlipOfTheCacheGivesTheNoCacheOutputOfTheBinary() throws {
        // One run at a time: starting processes from several threads of the test process at
        // once crashed Foundation's Process.run (memcpy in Process.run) in a full test run.
        let journals = try [Self.settledJournal()]
        let cache = EntryCacheFile.relativePath
        let expected = try JournalRunner.run(["export", "--no-cache", "-C", journals[0].path])
        #expect(expected.status == 0 && expected.stdout.contains("\"Acme\""))
        // Each journal's own cache (its key holds the file's inode and times).
        let originals = try journals.map { try #require(FileManager.default.contents(atPath: $0.path(cache))) }
        #expect(originals[0].count < 400, "\(originals[0].count) bytes: a bigger cache takes too long to flip bit by bit")
        let bits = originals[0].count * 8

        final class Findings: @unchecked Sendable {
            // @unchecked: every field is guarded by `lock`.
            let lock = NSLock()
            var wrongOutput: [Int] = [], notRewritten: [Int] = [], failures: [String] = []
            func add(_ body: (Findings) -> Void) { lock.lock(); body(self); lock.unlock() }
        }
        let findings = Findings()
        for worker in journals.indices {
            let dir = journals[worker], original = originals[worker]
            for bit in stride(from: worker, to: bits, by: journals.count) {
                var flipped = original
                flipped[bit / 8] ^= UInt8(1 << (bit % 8))
                do {
                    try flipped.write(to: URL(fileURLWithPath: dir.path(cache)))
                    let run = try JournalRunner.run(["export", "-C", dir.path])
                    let after = FileManager.default.contents(atPath: dir.path(cache))
                    findings.add {
                        if run.status != 0 || run.stdout != expected.stdout || run.stderr != expected.stderr { $0.wrongOutput.append(bit) }
                        // A flip the cache noticed is never saved again: the run rewrote it sound.
                        if after != original { $0.notRewritten.append(bit) }
                    }
                } catch {
                    findings.add { $0.failures.append("bit \(bit): \(error)") }
                }
            }
        }
        #expect(findings.failures == [])
        #expect(findings.wrongOutput.count == 0, "\(findings.wrongOutput.count) of \(bits) flips changed the output, the first: \(findings.wrongOutput.sorted().prefix(10))")
        #expect(findings.notRewritten.count == 0, "\(findings.notRewritten.count) of \(bits) flips stayed in the cache, the first: \(findings.notRewritten.sorted().prefix(10))")
    }
}

/// Where the cache lives, as docs/format.md says.
enum EntryCacheFile {
    static let relativePath = ".journal/cache/entries.bin"
}
