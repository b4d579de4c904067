import Foundation
import Testing

@Suite struct DueCommandTests {
    /// A journal that exercises every rule on 2026-11-23 (with a config file).
    static let fixture = JournalRunner.packageRoot.appendingPathComponent("Tests/JournalCLITests/Fixtures/due-journal").path

    @Test func fixtureJournalText() throws {
        let result = try JournalRunner.run(["due", "--journal", Self.fixture, "--today", "2026-11-23"])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        try Golden.check(result.stdout, "due-fixture.txt")
    }

    @Test func fixtureJournalJSON() throws {
        let result = try JournalRunner.run(["due", "--journal", Self.fixture, "--today", "2026-11-23", "--format", "json"])
        #expect(result.status == 0)
        try Golden.check(result.stdout, "due-fixture.json")
    }

    @Test func fixtureJournalFourWeeksLater() throws {
        let result = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-12-20"])
        #expect(result.status == 0)
        try Golden.check(result.stdout, "due-fixture-2026-12-20.txt")
    }

    @Test func exampleJournalText() throws {
        let result = try JournalRunner.run(["due", "--journal", JournalRunner.exampleJournal, "--today", "2026-11-23"])
        #expect(result.status == 0)
        try Golden.check(result.stdout, "due-example.txt")
    }

    /// The README shows the real output of this command.
    @Test func readmeShowsTheRealOutput() throws {
        let readme = try String(contentsOf: JournalRunner.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let command = "$ journal due --journal journal-example --today 2026-11-23\n"
        let start = try #require(readme.range(of: command))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let shown = String(readme[start.upperBound..<end.lowerBound])
        let result = try JournalRunner.run(["due", "--journal", JournalRunner.exampleJournal, "--today", "2026-11-23"])
        #expect(shown == result.stdout)
    }

    @Test func exampleJournalJSON() throws {
        let result = try JournalRunner.run(["due", "--journal", JournalRunner.exampleJournal, "--today", "2026-11-23", "--format", "json"])
        #expect(result.status == 0)
        try Golden.check(result.stdout, "due-example.json")
    }

    /// Dates are calendar days: the farthest-apart zones (UTC+14 and UTC−10, a whole day
    /// apart at any instant) give the same bytes.
    @Test(arguments: ["text", "json"])
    func sameOutputInEveryTimeZone(format: String) throws {
        let args = ["due", "--journal", Self.fixture, "--today", "2026-11-23", "--format", format]
        let east = try JournalRunner.run(args, environment: ["TZ": "Pacific/Kiritimati"])
        let west = try JournalRunner.run(args, environment: ["TZ": "America/Adak"])
        let utc = try JournalRunner.run(args, environment: ["TZ": "UTC"])
        #expect(east.status == 0 && west.status == 0)
        #expect(!east.stdout.isEmpty)
        #expect(east.stdout == west.stdout)
        #expect(east.stdout == utc.stdout)
        try Golden.check(east.stdout, format == "json" ? "due-fixture.json" : "due-fixture.txt")
    }

    @Test func exitCodeIsOneWhenSomethingIsOverdue() throws {
        let overdue = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-11-23", "--exit-code"])
        #expect(overdue.status == 1)
        #expect(overdue.stdout.hasPrefix("Overdue\n"))
        let plain = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-11-23"])
        #expect(plain.status == 0)
        #expect(overdue.stdout == plain.stdout)
        // Only an upcoming action for Wayne Enterprises: nothing overdue.
        let upcoming = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-11-23", "--company", "wayne", "--exit-code"])
        #expect(upcoming.status == 0)
        #expect(upcoming.stdout == """
            Thu 26 Nov
            - Wayne Enterprises: Tell your referees they may get a call from Wayne Enterprises: the final round is on Fri 27 Nov. Then record it: `journal log 'Wayne Enterprises' referees-told`.
              notify-referees · 2026-11-27-wayne-final.md:5

            Upcoming
            - Wayne Enterprises: the final round on Fri 27 Nov
              2026-11-27-wayne-final.md:4

            1 due in the next 7 days.

            """)
    }

    @Test func withinZeroShowsOnlyOverdueAndToday() throws {
        let result = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-11-23", "--within", "0", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let actions = object["actions"] as! [[String: Any]]
        #expect(actions.count == 11)
        #expect(actions.allSatisfy { ($0["due"] as! String) <= "2026-11-23" })
        #expect(actions.filter { $0["overdue"] as! Bool }.count == 8)
        let text = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-11-23", "--within", "0"])
        #expect(text.stdout.hasSuffix("\n8 overdue, 3 due today.\n"))
    }

    @Test func negativeWithinIsAUsageError() throws {
        let result = try JournalRunner.run(["due", "-C", Self.fixture, "--within=-3"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: --within must be a number of days from 0 to 3653 (ten years), not -3.\n"))
    }

    @Test func companyFilterKeepsThatCompanyAndLeavesOutKeepApplying() throws {
        let result = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-12-20", "--company", "ACME", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let actions = object["actions"] as! [[String: Any]]
        #expect(actions.map { $0["kind"] as! String } == ["connect", "next-step", "move-on"])
        #expect(Set(actions.map { $0["company"] as! String }) == ["Acme Corp"])
    }

    @Test func nothingToDo() throws {
        let dir = try TemporaryDirectory()
        try dir.write("2026-11-20-acme.md", """
            ---
            company: Acme
            date: 2026-11-20
            thank_you: 2026-11-20
            decision_by: 2026-12-10
            outcome: pending
            ---
            """)
        try dir.write("2026-11-21-globex.md", "---\ncompany: Globex\ndate: 2026-11-21\nthank_you: true\ndecision_by: 2026-12-10\n---\n")
        try dir.write("2026-11-22-hooli.md", "---\ncompany: Hooli\ndate: 2026-11-22\nthank_you: true\ndecision_by: 2026-12-10\n---\n")
        let result = try JournalRunner.run(["due", "-C", dir.path, "--today", "2026-11-23", "--exit-code"])
        #expect(result.status == 0)
        #expect(result.stdout == "Nothing to do: no action is overdue or due in the next 7 days.\n")
        let json = try JournalRunner.run(["due", "-C", dir.path, "--today", "2026-11-23", "--format", "json"])
        #expect(json.stdout == "{\n  \"actions\" : [\n\n  ],\n  \"upcoming\" : [\n\n  ]\n}\n")
    }

    @Test func colourOnlyWhenAsked() throws {
        let plain = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-11-23"])
        #expect(!plain.stdout.contains("\u{1B}["))
        let colour = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-11-23", "--color", "always"])
        #expect(colour.stdout.hasPrefix("\u{1B}[31m\u{1B}[1mOverdue\u{1B}[0m\u{1B}[0m\n"))
    }

    @Test func outputFileIsWritten() throws {
        let dir = try TemporaryDirectory()
        let result = try JournalRunner.run(["due", "-C", Self.fixture, "--today", "2026-11-23", "-o", dir.path + "/due.txt", "--color", "always"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        try Golden.check(try dir.read("due.txt"), "due-fixture.txt")
    }

    /// Notes first committed to git days after the interview get one gentle hint.
    @Test func writeSoonerComesFromGitHistory() throws {
        let dir = try TemporaryDirectory()
        func git(_ args: [String], date: String? = nil) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", dir.path, "-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"] + args
            var env = ProcessInfo.processInfo.environment
            if let date { env["GIT_AUTHOR_DATE"] = date; env["GIT_COMMITTER_DATE"] = date }
            process.environment = env
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "git \(args)")
        }
        try git(["init", "-q"])
        try dir.write("2026-11-16-acme.md", "---\ncompany: Acme\ndate: 2026-11-16\nthank_you: true\ndecision_by: 2026-12-10\n---\n")
        try git(["add", "."])
        try git(["commit", "-qm", "acme"], date: "2026-11-17T23:00:00-10:00")
        try dir.write("2026-11-18-globex.md", "---\ncompany: Globex\ndate: 2026-11-18\nstage: onsite\nthank_you: true\nreferees_notified: true\ndecision_by: 2026-12-10\n---\n")
        try git(["add", "."])
        try git(["commit", "-qm", "globex"], date: "2026-11-22T10:00:00+13:00")
        try dir.write("2026-11-20-hooli.md", "---\ncompany: Hooli\ndate: 2026-11-20\nthank_you: true\ndecision_by: 2026-12-10\n---\n")

        let result = try JournalRunner.run(["due", "-C", dir.path, "--today", "2026-11-23", "--within", "0"], environment: ["TZ": "America/Adak"])
        #expect(result.stdout == """
            Today — Mon 23 Nov
            - Globex: Your notes on the onsite of Wed 18 Nov reached git 4 days later; we forget most of what we hear within two days, so try to write them the same day.
              write-sooner · 2026-11-18-globex.md:1

            1 due today.

            """)
    }
}

extension DueCommandTests {
    /// Git is started only when an entry can use its answer: an interview of the last
    /// 30 days (write-sooner) or an entry without a date (its date).
    @Test func gitRunsOnlyWhenAnEntryNeedsIt() throws {
        let dir = try TemporaryDirectory()
        let realGit = try #require((ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
            .map { "\($0)/git" }.first { FileManager.default.isExecutableFile(atPath: $0) })
        // A `git` first on PATH that notes each call, then runs the real one.
        let log = dir.path + "/git-calls.log"
        try dir.write("bin/git", "#!/bin/sh\necho \"$*\" >> '\(log)'\nexec '\(realGit)' \"$@\"\n")
        chmod(dir.path + "/bin/git", 0o755)
        let journal = dir.path + "/notes"
        let environment = ["PATH": dir.path + "/bin:" + (ProcessInfo.processInfo.environment["PATH"] ?? "")]
        func gitCalls(_ arguments: [String]) throws -> Int {
            try? FileManager.default.removeItem(atPath: log)
            let result = try JournalRunner.run(arguments + ["-C", journal, "--no-cache"], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            return ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").filter { $0.contains("log") }.count
        }
        try dir.write("notes/2026-09-01-acme.md", "---\ncompany: Acme\ndate: 2026-09-01\n---\n")
        try dir.write("notes/2026-11-20-globex.md", "---\ncompany: Globex\ndate: 2026-11-20\n---\n")
        _ = try JournalRunner.runProcess(realGit, ["init", "-q", journal])

        // 2026-11-20 is within 30 days of the 23rd, not of 2027.
        #expect(try gitCalls(["due", "--today", "2026-11-23"]) == 1)
        #expect(try gitCalls(["report", "--today", "2026-11-23"]) == 1)
        #expect(try gitCalls(["due", "--today", "2027-03-01"]) == 0)
        #expect(try gitCalls(["report", "--today", "2027-03-01"]) == 0)
        #expect(try gitCalls(["list"]) == 0)
        // An entry without a date asks git for it, whatever the command.
        try dir.write("notes/notes-on-initech.md", "---\ncompany: Initech\n---\n")
        #expect(try gitCalls(["due", "--today", "2027-03-01"]) == 1)
        #expect(try gitCalls(["list"]) == 1)
    }

    /// The advice settings of `.journal/config.yml` reach the rules; bad ones are reported.
    @Test func adviceSettingsComeFromTheConfigFile() throws {
        let dir = try TemporaryDirectory()
        try dir.write(".journal/config.yml", "advice:\n  thank_you_hours: 48\n  follow_up_after_days: 3\n")
        try dir.write("2026-11-20-acme.md", "---\ncompany: Acme\ndate: 2026-11-20\ninterviewers: Dana Lee\n---\n")
        let result = try JournalRunner.run(["due", "-C", dir.path, "--today", "2026-11-20", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
        let due = (object["actions"] as! [[String: Any]]).map { "\($0["kind"]!) \($0["due"]!)" }
        // 48 hours after Friday 20 is Sunday 22: due on Monday.
        #expect(due == ["keep-applying 2026-11-20", "thank-you 2026-11-23", "ask-decision-date 2026-11-23", "follow-up 2026-11-23"])
        try dir.write(".journal/config.yml", "advice:\n  thank_you_hours: 48\n  follow_up_after_days: 3\n  weekends: []\n")
        let everyDay = try JournalRunner.run(["due", "-C", dir.path, "--today", "2026-11-20", "--format", "json"])
        let all = try JSONSerialization.jsonObject(with: Data(everyDay.stdout.utf8)) as! [String: Any]
        #expect((all["actions"] as! [[String: Any]]).map { "\($0["kind"]!) \($0["due"]!)" }
                == ["keep-applying 2026-11-20", "thank-you 2026-11-22", "ask-decision-date 2026-11-22", "follow-up 2026-11-23"])

        try dir.write(".journal/config.yml", "advice:\n  follow_up_after_day: 3\n")
        let bad = try JournalRunner.run(["due", "-C", dir.path, "--today", "2026-11-20"])
        #expect(bad.status == 0)
        #expect(bad.stderr == ".journal/config.yml:2:3: error: unknown advice setting 'follow_up_after_day'; known settings: thank_you_hours, follow_up_after_days, max_follow_ups, notes_fresh_days, keep_applying_days, weekends, thank_you_words (see docs/format.md#configuration)\n")
    }
}
