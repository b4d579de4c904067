import Testing
@testable import JournalKit

@Suite struct ConfigLoaderTests {
    /// `line:column: message` of each diagnostic.
    private func problems(_ yaml: String) -> [String] {
        ConfigLoader.parse(yaml, path: ".journal/config.yml").1.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    @Test func theConfigurationWrittenByInitLoadsAsTheDefaults() {
        let (config, diagnostics) = ConfigLoader.parse(JournalScaffold.configText, path: ConfigLoader.relativePath)
        #expect(diagnostics.isEmpty)
        #expect(config == JournalConfig())
    }

    @Test func theConfigurationWrittenByInitNamesEverySetting() {
        let text = JournalScaffold.configText
        for key in ConfigLoader.topKeys + ConfigLoader.adviceKeys + SectionKind.allCases.map(\.rawValue) {
            #expect(text.contains("\(key):"), "missing \(key)")
        }
        for (command, formats) in ConfigLoader.knownFormats {
            #expect(text.contains("  # \(command):"), "missing formats.\(command)")
            #expect(text.contains(formats.joined(separator: ", ")))
        }
    }

    @Test func everyAdviceSettingIsRead() {
        let (config, diagnostics) = ConfigLoader.parse("""
            advice:
              thank_you_hours: 12
              follow-up-after-days: 5
              max_follow_ups: 0
              notes_fresh_days: 1
              keep_applying_days: 30
            max_file_size: 500KB
            """, path: "c.yml")
        #expect(diagnostics.isEmpty)
        #expect([config.thankYouHours, config.followUpAfterDays, config.maxFollowUps, config.notesFreshDays, config.keepApplyingDays] == [12, 5, 0, 1, 30])
        #expect(config.maxFileBytes == 500 * 1024)
    }

    @Test func sectionSynonymsAreReadAndEmptyListsAddNothing() {
        let (config, diagnostics) = ConfigLoader.parse("""
            sections:
              questions: [Fragen, what they asked me]
              asked-them: Meine Fragen
              difficult: []
              offer:
            """, path: "c.yml")
        #expect(diagnostics.isEmpty)
        #expect(config.sections == [.questions: ["Fragen", "what they asked me"], .askedThem: ["Meine Fragen"]])
        #expect(config.classifier.classify("## Fragen") == .questions)
    }

    @Test func defaultFormatsAreCheckedPerCommand() {
        let (config, diagnostics) = ConfigLoader.parse("""
            formats:
              report: Markdown
              practice: anki
              list: csv
            """, path: "c.yml")
        #expect(diagnostics.isEmpty)
        #expect(config.formats == ["report": "markdown", "practice": "anki", "list": "csv"])

        #expect(problems("""
            formats:
              report: anki
              practise: markdown
              check: [json]
            """) == [
            "2:11: 'anki' is not a format of 'report'; use one of text, markdown, json, html, ics",
            "3:3: 'practise' has no default format to set; commands with formats: check, list, practice, report, due",
            "4:10: the format of 'check' should be one word: text, json",
        ])
    }

    /// `journal init` explains follow_up_after_days as the rule applies it.
    @Test func theInitCommentSaysWhatTheFollowUpRuleDoes() {
        let text = JournalScaffold.configText
        #expect(text.contains("""
              # With a decision date, the first follow-up is due the working day after it has
              # passed; without one, this many days after the interview. Each later follow-up
              # is due this many days after the previous one.
              follow_up_after_days: 7
            """))
        #expect(!text.contains("this many days after the decision date"))
        #expect(text.contains("  weekends: [saturday, sunday]\n"))
    }

    @Test func drillSettingsAreReadAndChecked() {
        let (config, diagnostics) = ConfigLoader.parse("drill:\n  desired_retention: 0.85\n  maximum_interval: 180\n  mastered_days: 30\n", path: "c.yml")
        #expect(diagnostics.isEmpty)
        #expect(config.drill.desiredRetention == 0.85)
        #expect(config.drill.maximumInterval == 180)
        #expect(config.drill.masteredDays == 30)
        #expect(problems("drill:\n  desired_retention: 90%\n  maximum_interval: 0\n  fuzz: true\n") == [
            "2:22: 'desired_retention' should be a number between 0 and 1, such as 0.9",
            "3:21: 'maximum_interval' should be a whole number from 1 to 36500",
            "4:3: unknown drill setting 'fuzz'; known settings: desired_retention, maximum_interval, mastered_days",
        ])
    }

    @Test func unknownKeysAreErrorsWithLineAndColumn() {
        #expect(problems("""
            # settings
            advice:
              thank_you_days: 2
            colour: always
            sections:
              answers: [replies]
            """) == [
            "3:3: unknown advice setting 'thank_you_days'; known settings: thank_you_hours, follow_up_after_days, max_follow_ups, notes_fresh_days, keep_applying_days, weekends, thank_you_words",
            "4:1: unknown setting 'colour'; known settings: sections, advice, drill, formats, max_file_size",
            "6:3: unknown section kind 'answers'; known kinds: questions, round, difficult, asked-them, next-steps, reflection, went-well, to-improve, feedback, offer",
        ])
    }

    @Test func wrongTypesAreErrorsWithLineAndColumn() {
        #expect(problems("""
            advice:
              thank_you_hours: soon
              max_follow_ups: -1
            sections: [questions]
            max_file_size: huge
            formats: markdown
            """) == [
            "2:20: 'thank_you_hours' should be a whole number from 1 to 8784",
            "3:19: 'max_follow_ups' should be a whole number from 0 to 100",
            "4:11: 'sections' should be a mapping, but it is a list",
            "5:16: 'max_file_size' should be a size such as 8MB or 500KB",
            "6:10: 'formats' should be a mapping, but it is a single value",
        ])
        #expect(problems("- just\n- a list\n") == ["1:1: the configuration must be a mapping of settings, but it is a list"])
        #expect(problems("advice: {thank_you_hours: 1\n") .count == 1)
    }

    @Test func anEmptyOrCommentedOutConfigurationIsTheDefaults() {
        for text in ["", "# nothing yet\n", "\n\n"] {
            let (config, diagnostics) = ConfigLoader.parse(text, path: "c.yml")
            #expect(diagnostics.isEmpty)
            #expect(config == JournalConfig())
        }
    }
}
