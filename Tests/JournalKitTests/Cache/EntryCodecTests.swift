import Foundation
import Testing
@testable import JournalKit

/// The cache codec writes and reads back every field of an entry: an entry with every
/// field set (checked by reflection, so a new field that the fixture leaves empty fails
/// here first) survives a round trip unchanged.
@Suite struct EntryCodecTests {
    /// A note that sets every field `Entry` has.
    static let fullNote = """
        ---
        company: Acme Corp
        role: Senior Backend Engineer
        date: 2026-11-18T10:00:00-05:00
        stage: onsite
        round: 3
        interviewers:
          - Dana Lee (Engineering Manager)
          - name: Raj Patel
            title: Staff Engineer
            email: raj@example.com
            linkedin: https://www.linkedin.com/in/example
            connected: true
        decision_by: 2026-11-25
        thank_you: 2026-11-18
        follow_ups: [2026-11-26]
        referees_notified: 2026-11-17
        outcome: pending
        fit: 4
        tags: [backend, referral]
        salary_band: "150-170k"
        ---

        # Acme Corp — onsite

        ## Round 3: system design
        - How would you shard a write-heavy table? #system-design #hard
          - I stalled on rebalancing.

        ## Difficult answers
        - **How would you shard a write-heavy table?** I forgot hot keys entirely.

        ## Questions I asked
        - What does success look like after six months?

        ## Next steps
        - [ ] Follow up if no word 📅 2026-11-25

        ## Reflection
        Calmer than last time.
        ### Went well
        - Calm during the coding round.
        ### To improve
        - I rushed the introduction.

        ## Feedback
        - Strong on design.

        ## Offer
        - Base 160k, answer needed by 2026-12-01.
        """

    /// The names of the stored properties of `value` that hold nothing (nil, empty).
    static func emptyProperties(of value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap { child in
            let inner = Mirror(reflecting: child.value)
            let empty = (inner.displayStyle == .optional || inner.displayStyle == .collection || inner.displayStyle == .dictionary)
                && inner.children.isEmpty
            return empty ? child.label ?? "?" : nil
        }
    }

    @Test func anEntryWithEveryFieldSetRoundTrips() throws {
        let result = read(Self.fullNote, path: "acme/2026-11-18-acme-onsite.md")
        let entry = try #require(result.entry)
        let empty = Self.emptyProperties(of: entry).map { "Entry.\($0)" }
            + Self.emptyProperties(of: try #require(entry.questions.first)).map { "Question.\($0)" }
            + Self.emptyProperties(of: try #require(entry.interviewers.last)).map { "Interviewer.\($0)" }
            + Self.emptyProperties(of: try #require(entry.nextSteps.first)).map { "NextStep.\($0)" }
        #expect(empty == [], "set these fields in fullNote, so that the codec is tested on them")

        var writer = BinaryWriter()
        EntryCodec.write(result, to: &writer)
        let bytes = writer.bytes
        let decoded = try bytes.withUnsafeBufferPointer { buffer -> EntryReader.Result in
            var reader = BinaryReader(buffer)
            let decoded = try EntryCodec.read(&reader)
            #expect(reader.isAtEnd)
            return decoded
        }
        #expect(decoded == result)
    }

    /// Read back through an interner (as `Journal.load` reads the cache), the entry is the
    /// same, and the tag and reason lists of two entries are one copy each.
    @Test func readThroughAnInternerTheEntryIsTheSameAndItsListsAreShared() throws {
        let result = read(Self.fullNote, path: "acme/2026-11-18-acme-onsite.md")
        var writer = BinaryWriter()
        EntryCodec.write(result, to: &writer)
        EntryCodec.write(result, to: &writer)
        let interner = StringInterner()
        let (first, second) = try writer.bytes.withUnsafeBufferPointer { buffer in
            var reader = BinaryReader(buffer)
            reader.interner = interner
            let first = try EntryCodec.read(&reader)
            let second = try EntryCodec.read(&reader)
            #expect(reader.isAtEnd)
            return (first, second)
        }
        #expect(first == result)
        #expect(second == result)
        let a = try #require(first.entry), b = try #require(second.entry)
        func storage(_ list: [String]) -> UnsafeRawPointer? { list.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) } }
        #expect(!a.tags.isEmpty && storage(a.tags) == storage(b.tags))
        let q = try #require(a.questions.first), r = try #require(b.questions.first)
        #expect(!q.why.isEmpty && storage(q.why) == storage(r.why))
        #expect(!q.tags.isEmpty && storage(q.tags) == storage(r.tags))
        // A list that differs in one byte is not taken for another.
        #expect(interner.list(["backend", "referral"]) == ["backend", "referral"])
        #expect(interner.list(["backend", "referrals"]) == ["backend", "referrals"])
        #expect(interner.list(["backend"]) == ["backend"])
    }
}
