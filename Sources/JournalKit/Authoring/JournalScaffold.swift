import Foundation

/// The files `journal init` creates in a new journal folder.
package enum JournalScaffold {
    /// A file of a new journal: its path relative to the root, and its text.
    package struct File: Sendable, Hashable {
        package var path: String
        package var contents: String
        /// What to do when a file already has this path and lacks what ours would give.
        package var hintWhenKept: String?
    }

    /// What happened to one file.
    package struct Step: Sendable, Hashable {
        package enum Action: String, Sendable { case created, kept }
        package var path: String
        package var action: Action
        /// A suggestion when a kept file misses something journal needs.
        package var hint: String?
    }

    /// The files, in the order they are created.
    package static var files: [File] {
        [
            File(path: ConfigLoader.relativePath, contents: configText),
            File(path: EntryTemplate.relativePath, contents: EntryTemplate.builtIn.text),
            File(path: ".gitignore", contents: gitignoreText, hintWhenKept: "add the line `.journal/cache/` to it so that derived data stays out of git"),
            File(path: ".gitattributes", contents: gitattributesText, hintWhenKept: "add the line `\(gitattributesLine)` to it so that review histories of two machines merge without conflicts"),
            File(path: ".journalignore", contents: journalignoreText, hintWhenKept: "add the line `/README.md` to it, or the README is read as an interview"),
            File(path: "README.md", contents: readmeText),
        ]
    }

    /// Creates every missing file below `root` (and `root` itself); never touches an existing file.
    package static func create(at root: String) throws -> [Step] {
        var steps: [Step] = []
        for file in files {
            let full = (root as NSString).appendingPathComponent(file.path)
            try AtomicFile.makeFolders((full as NSString).deletingLastPathComponent)
            if try AtomicFile.create(file.contents, at: full) {
                steps.append(Step(path: file.path, action: .created))
            } else {
                steps.append(Step(path: file.path, action: .kept, hint: missingHint(file, at: full)))
            }
        }
        return steps
    }

    private static func missingHint(_ file: File, at path: String) -> String? {
        guard let hint = file.hintWhenKept else { return nil }
        let needed = file.contents.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
        let existing = Set(((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) })
        return needed.allSatisfy({ existing.contains(String($0)) }) ? nil : hint
    }

    /// `.journal/config.yml`: every setting, at its default, with what it does.
    package static var configText: String {
        let defaults = JournalConfig()
        let kinds = SectionKind.allCases.map { "  \($0.rawValue): []" }.joined(separator: "\n")
        let width = ConfigLoader.knownFormats.map(\.key.count).max() ?? 0
        let formats = ConfigLoader.knownFormats.map { command, values in
            "  # \(command):\(String(repeating: " ", count: width - command.count + 1))\(values[0])\(String(repeating: " ", count: 10 - values[0].count))# \(values.joined(separator: ", "))"
        }.joined(separator: "\n")
        let size = defaults.maxFileBytes % (1 << 20) == 0 ? "\(defaults.maxFileBytes >> 20)MB" : "\(defaults.maxFileBytes)"
        return """
            # Settings of this journal, read by `journal` on every run.
            # Every setting is optional; the values below are the defaults. A misspelt or
            # unknown setting is an error that `journal check` shows with its line and column.

            # Extra heading words for each kind of section, tried before the built-in ones
            # (compared case-insensitively, punctuation and emoji ignored). For example:
            #   questions: [Fragen, what they asked me]
            #   difficult: [where I got stuck]
            sections:
            \(kinds)

            # The advice of `journal due` and of the report.
            advice:
              # A thank-you note is due this many hours after the interview.
              thank_you_hours: \(defaults.thankYouHours)
              # With a decision date, the first follow-up is due the working day after it has
              # passed; without one, this many days after the interview. Each later follow-up
              # is due this many days after the previous one.
              follow_up_after_days: \(defaults.followUpAfterDays)
              # After this many unanswered follow-ups, suggest moving on instead.
              max_follow_ups: \(defaults.maxFollowUps)
              # Notes written more than this many days after the interview get a hint to write sooner.
              notes_fresh_days: \(defaults.notesFreshDays)
              # Suggest applying elsewhere after this many days without a new interview.
              keep_applying_days: \(defaults.keepApplyingDays)
              # Days that are not working days: advice due on one of them is due the next
              # working day (referees are told the working day before). [] for none.
              weekends: [\(defaults.weekendDays.sorted().map { ConfigLoader.dayNames[$0 - 1] }.joined(separator: ", "))]
              # A ticked next step counts as the thank-you note when it holds one of these
              # words (at the start of a word, any case): English, Spanish, German, French,
              # Portuguese and Chinese by default.
              thank_you_words: [\(defaults.thankYouWords.joined(separator: ", "))]

            # The schedule of `journal drill` (FSRS-6; the history is .journal/reviews.tsv).
            drill:
              # The probability of recalling a question that the intervals aim at.
              desired_retention: \(defaults.drill.desiredRetention)
              # The longest interval between two reviews, in days.
              maximum_interval: \(defaults.drill.maximumInterval)
              # A question counts as mastered once its memory lasts this many days (stability).
              mastered_days: \(defaults.drill.masteredDays)

            # The format each command uses when --format is not given (uncomment a line to choose).
            formats:
            \(formats)

            # Files larger than this are not read (`journal check` says so): 500KB, 8MB, 1GB...
            max_file_size: \(size)

            """
    }

    static let gitignoreText = """
        # Derived data of journal: safe to delete, rebuilt on the next run.
        .journal/cache/

        """

    /// The `.gitattributes` line that lets git merge two review logs by keeping both sides' lines.
    package static let gitattributesLine = ".journal/reviews.tsv merge=union"

    static let gitattributesText = """
        # journal drill appends one line per review; git keeps both sides' lines on a merge.
        \(gitattributesLine)

        """

    static let journalignoreText = """
        # Markdown files that are not interview notes (gitignore syntax).
        /README.md

        """

    static let readmeText = """
        # Job search journal

        One Markdown file per interview, read by `journal`, which turns them into the
        questions to practise, what to do today and what the whole search shows. It never
        changes a note.

        ```sh
        journal new "Acme Corp" --role "Backend Engineer" --stage onsite --edit   # right after the interview
        journal due        # thank-you notes, follow-ups and open next steps, most urgent first
        journal practice   # the questions to rehearse, difficult ones first
        journal report     # pipeline, funnel, difficult questions, what to improve
        journal check      # validate every note (path:line:col messages)
        ```

        - `.journal/config.yml`: settings (section headings, advice timing, default formats).
        - `.journal/template.md`: the template of `journal new`; `{{company}}`, `{{role}}`,
          `{{date}}`, `{{stage}}` and `{{title}}` are filled in.
        - `.journalignore`: Markdown files that are not notes, such as this README.
        - `journal hook install` adds a git pre-commit hook that checks the staged notes.

        """
}
