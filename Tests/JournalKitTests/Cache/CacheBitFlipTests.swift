import Foundation
import Testing
@testable import JournalKit

/// The cache fuzzed bit by bit (issue 21): whatever single bit of `entries.bin` is
/// flipped, a run gives exactly what `--no-cache` gives, and the cache is rebuilt sound.
@Suite struct CacheBitFlipTests {
    @Test func everySingleBitFlipOfASmallCacheGivesTheNoCacheOutput() throws {
        // Small, so that its every bit can be tried (each try is a run, and a rewritten
        // cache); in memory (/dev/shm) where there is one, as each rewrite is fsync'd.
        let journal = try TemporaryDirectory(journal: ["a.md": "---\ncompany: Acme\ndate: 2026-11-18\n---\n- Why? #hard\n"],
                                                      in: access("/dev/shm", W_OK) == 0 ? "/dev/shm" : nil)
        // Past the racy window, so the cache trusts the files' status and reads records without hashing.
        sleep(3)
        let options = LoadOptions(threads: 1)
        let expected = try EntryCacheTests.snapshot(Journal.load(root: journal.root, options: LoadOptions(threads: 1, useCache: false)))
        let cachePath = journal.root + "/" + EntryCache.relativePath
        #expect(try EntryCacheTests.snapshot(Journal.load(root: journal.root, options: options)) == expected)
        let original = try #require(readWholeFile(cachePath))
        #expect(original.count < 600, "\(original.count) bytes")
        var mismatches: [Int] = []
        var rewritten = 0
        for bit in 0..<(original.count * 8) {
            var flipped = original
            flipped[bit / 8] ^= UInt8(1 << (bit % 8))
            #expect(FileManager.default.createFile(atPath: cachePath, contents: Data(flipped)))
            if try EntryCacheTests.snapshot(Journal.load(root: journal.root, options: options)) != expected { mismatches.append(bit) }
            // A flip the cache noticed is never saved again: the run rewrote it sound.
            if readWholeFile(cachePath) == original { rewritten += 1 }
        }
        #expect(mismatches == [])
        // Every flip is noticed (a checksum, the header or the layout) and the cache rewritten.
        #expect(rewritten == original.count * 8)
    }
}
