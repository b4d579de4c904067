import Foundation
import Testing

/// One rule for "the same question" (`QuestionKey.merge`), used by `practice` and `prep`
/// alike (issue 17: prep had a looser key of its own that did not expand contractions).
@Suite struct SameQuestionTests {
    static func journal() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory()
        try dir.write("a.md", "---\ncompany: Acme\ndate: 2026-11-02\nstage: phone-screen\n---\n## Questions\n- What's the difference between a process and a thread?\n")
        try dir.write("b.md", "---\ncompany: Acme\ndate: 2026-11-09\nstage: onsite\n---\n## Questions\n- What is the difference between a process and a thread\n")
        return dir
    }

    @Test func practiceAndPrepMergeTheSameWordings() throws {
        let dir = try Self.journal()
        let practice = try JournalRunner.run(["practice", "-C", dir.path, "--format", "json"])
        let questions = try #require(try JSONSerialization.jsonObject(with: Data(practice.stdout.utf8)) as? [String: Any])["questions"] as? [[String: Any]]
        #expect(questions?.count == 1)
        #expect(questions?.first?["count"] as? Int == 2, "\(practice.stdout)")

        let prep = try JournalRunner.run(["prep", "acme", "-C", dir.path, "--today", "2026-11-20", "--format", "json"])
        let likely = try #require(try JSONSerialization.jsonObject(with: Data(prep.stdout.utf8)) as? [String: Any])["likely"] as? [[String: Any]]
        #expect(likely?.count == 1, "\(prep.stdout)")
        #expect(likely?.first?["text"] as? String == questions?.first?["text"] as? String)
    }
}
