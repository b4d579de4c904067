import Foundation
import Testing

@Suite struct PrepCommandTests {
    @Test func acmeOnTheExampleJournal() throws {
        let result = try JournalRunner.run(["prep", "acme", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try Golden.check(result.stdout, "prep-acme.txt")
    }

    @Test func acmeAsMarkdownAndJSON() throws {
        let markdown = try JournalRunner.run(["prep", "Acme Corp", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "markdown"])
        #expect(markdown.status == 0)
        try Golden.check(markdown.stdout, "prep-acme.md")
        let json = try JournalRunner.run(["prep", "ACME", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "json"])
        #expect(json.status == 0)
        try Golden.check(json.stdout, "prep-acme.json")
    }

    @Test(arguments: ["acme", "ACME CORP", "Acme", "corp", "acme corp."])
    func companyMatchesCaseInsensitivelyAndByPrefix(_ name: String) throws {
        let result = try JournalRunner.run(["prep", name, "-C", JournalRunner.exampleJournal, "--today", "2026-11-23"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Acme Corp — Senior Backend Engineer\n3 earlier rounds: "))
    }

    @Test func unknownCompanyListsTheKnownOnes() throws {
        let result = try JournalRunner.run(["prep", "Wonka", "-C", JournalRunner.exampleJournal])
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr == "Error: No company matches 'Wonka'. Known companies: Acme Corp, Globex, Hooli, Initech, Pied Piper, Umbrella.\n")
    }

    @Test func ambiguousPrefixListsTheMatches() throws {
        let dir = try TemporaryDirectory()
        try dir.write("a.md", "---\ncompany: Acme Corp\ndate: 2026-11-02\n---\n")
        try dir.write("b.md", "---\ncompany: Acme Labs\ndate: 2026-11-03\n---\n")
        try dir.write("c.md", "---\ncompany: acme corp\ndate: 2026-11-04\n---\n")
        let result = try JournalRunner.run(["prep", "ac", "-C", dir.path])
        #expect(result.status == 2)
        #expect(result.stderr == "Error: 'ac' matches several companies: acme corp, Acme Labs. Type more of the name.\n")
        let exact = try JournalRunner.run(["prep", "acme corp", "-C", dir.path, "--today", "2026-11-05"])
        #expect(exact.status == 0)
        #expect(exact.stdout.hasPrefix("acme corp\n2 earlier rounds: interview Mon 2 Nov and interview Wed 4 Nov.\n"))
    }

    @Test func emptyJournal() throws {
        let dir = try TemporaryDirectory()
        let result = try JournalRunner.run(["prep", "acme", "-C", dir.path])
        #expect(result.status == 2)
        #expect(result.stderr == "Error: No company matches 'acme': the journal has no entries yet.\n")
    }

    @Test func roundsWrittenAheadAreComingUp() throws {
        let result = try JournalRunner.run(["prep", "pied", "-C", JournalRunner.exampleJournal, "--today", "2026-11-19"])
        #expect(result.status == 0)
        #expect(result.stdout == """
            Pied Piper — Infrastructure Engineer
            No earlier rounds in the notes yet.
            Next: the recruiter call on Fri 20 Nov (2026-11-20-pied-piper-recruiter.md).

            Difficult questions
              None marked difficult.

            Open next steps
              - Send Monica my portfolio link by 2026-11-24 (due Tue 24 Nov) · 2026-11-20-pied-piper-recruiter.md:22

            Feedback
              None written down yet.

            Likely to come up again
              1. How would you shard a write-heavy table?
                 difficult · asked 3 times, at Acme Corp and Hooli
                 Last time: Better this time: consistent hashing and virtual nodes. Still vague on resharding online.
              2. Explain how a Kubernetes rolling update works.
                 difficult · asked twice, at Globex and Umbrella
                 Last time: Got it right this time after revising.
              3. Tell me about a time you disagreed with your manager.
                 asked 3 times, at Acme Corp and Globex
                 Last time: STAR with the on-call rota story; Dana liked the ending.
              4. Walk me through a system you designed end to end.
                 asked twice, at Acme Corp and Initech
                 Last time: Used the payments ledger; drew the write path first, which worked well.

            """)
    }

    @Test func sameOutputInEveryTimeZone() throws {
        let args = ["prep", "acme", "-C", JournalRunner.exampleJournal, "--today", "2026-11-23"]
        let east = try JournalRunner.run(args, environment: ["TZ": "Pacific/Kiritimati"])
        let west = try JournalRunner.run(args, environment: ["TZ": "America/Adak"])
        #expect(east.stdout == west.stdout)
        try Golden.check(west.stdout, "prep-acme.txt")
    }
}
