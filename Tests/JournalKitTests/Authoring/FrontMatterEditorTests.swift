import Testing
@testable import JournalKit

/// Whole files before and after: every byte but the intended ones must stay.
@Suite struct FrontMatterEditorTests {
    static let day = CalendarDay(iso: "2026-11-19")!
    static let thankYou = FrontMatterChange(key: "thank_you", aliases: FrontMatterChange.knownAliases(of: "thank_you"), operation: .set(.date(day), .keepDone))
    static let followUp = FrontMatterChange(key: "follow_ups", aliases: FrontMatterChange.knownAliases(of: "follow_ups"), operation: .append(.date(day)))

    func edited(_ text: String, _ changes: [FrontMatterChange]) throws -> String {
        let outcome = try FrontMatterEditor.apply(changes, to: Array(text.utf8))
        guard case .edited(let edit) = outcome else { Issue.record("not edited: \(outcome)"); return text }
        return String(decoding: edit.edited, as: UTF8.self)
    }

    func refusal(_ text: String, _ change: FrontMatterChange) -> String? {
        do { _ = try FrontMatterEditor.apply([change], to: Array(text.utf8)); return nil } catch { return error.message }
    }

    @Test func addsAKeyAtTheEndKeepingCommentsAndOrder() throws {
        let before = "---\n# my notes\ncompany: \"Acme Corp\"   # quoted\nrole: 'Backend'\ndate: 2026-11-18\n---\n# Acme\n\nBody *stays*.\n"
        let after = "---\n# my notes\ncompany: \"Acme Corp\"   # quoted\nrole: 'Backend'\ndate: 2026-11-18\nthank_you: 2026-11-19\n---\n# Acme\n\nBody *stays*.\n"
        #expect(try edited(before, [Self.thankYou]) == after)
    }

    @Test func keepsCRLFAndTheByteOrderMark() throws {
        let before = "\u{FEFF}---\r\ncompany: Acme\r\nfollow_ups:\r\n  - 2026-11-10\r\n---\r\nBody\r\n"
        let after = "\u{FEFF}---\r\ncompany: Acme\r\nfollow_ups:\r\n  - 2026-11-10\r\n  - 2026-11-19\r\n---\r\nBody\r\n"
        #expect(try edited(before, [Self.followUp]) == after)
    }

    @Test func appendsToABlockListAfterItsLastItemNotTheCommentBelowIt() throws {
        let before = "---\nfollow_ups:\n- 2026-11-10   # by mail\n- 2026-11-12\n\n# outcome below\noutcome: pending\n---\n"
        let after = "---\nfollow_ups:\n- 2026-11-10   # by mail\n- 2026-11-12\n- 2026-11-19\n\n# outcome below\noutcome: pending\n---\n"
        #expect(try edited(before, [Self.followUp]) == after)
    }

    @Test(arguments: [
        ("follow_ups: []", "follow_ups: [2026-11-19]"),
        ("follow_ups: [2026-11-10]", "follow_ups: [2026-11-10, 2026-11-19]"),
        ("follow_ups: [ 2026-11-10 ]  # two so far", "follow_ups: [ 2026-11-10, 2026-11-19 ]  # two so far"),
        ("follow_ups: [2026-11-10,]", "follow_ups: [2026-11-10, 2026-11-19]"),
        ("follow_ups: 2026-11-10", "follow_ups: [2026-11-10, 2026-11-19]"),
        ("follow_ups:", "follow_ups: [2026-11-19]"),
        ("followed_up: ~", "followed_up: [2026-11-19]"),
        ("Follow-Ups: [\"2026-11-10\"]", "Follow-Ups: [\"2026-11-10\", 2026-11-19]"),
    ])
    func appendsToAFlowListInItsStyle(before: String, after: String) throws {
        #expect(try edited("---\ncompany: Acme\n\(before)\nfit: 4\n---\nBody\n", [Self.followUp]) == "---\ncompany: Acme\n\(after)\nfit: 4\n---\nBody\n")
    }

    @Test func flowListOverSeveralLines() throws {
        let before = "---\nfollow_ups: [\n  2026-11-10,\n  2026-11-12\n]\n---\n"
        #expect(try edited(before, [Self.followUp]) == "---\nfollow_ups: [\n  2026-11-10,\n  2026-11-12, 2026-11-19\n]\n---\n")
    }

    @Test(arguments: [
        ("thank_you:", "thank_you: 2026-11-19"),
        ("thank_you:   # fill in", "thank_you: 2026-11-19   # fill in"),
        ("thanked: false", "thanked: 2026-11-19"),
        ("thank_you: ~", "thank_you: 2026-11-19"),
        ("thank_you: \"no\"", "thank_you: \"2026-11-19\""),
    ])
    func fillsAnEmptyOrFalseValueInPlace(before: String, after: String) throws {
        #expect(try edited("---\n\(before)\ncompany: Acme\n---\n", [Self.thankYou]) == "---\n\(after)\ncompany: Acme\n---\n")
    }

    @Test func replacesAFactKeepingItsQuotes() throws {
        let outcome = FrontMatterChange(key: "outcome", aliases: FrontMatterChange.knownAliases(of: "outcome"), operation: .set(.text("offer"), .replace))
        let date = FrontMatterChange(key: "outcome_date", operation: .set(.date(Self.day), .replace))
        #expect(try edited("---\nStatus: \"pending\" # waiting\ncompany: Acme\n---\n", [outcome, date])
                == "---\nStatus: \"offer\" # waiting\ncompany: Acme\noutcome_date: 2026-11-19\n---\n")
        #expect(try edited("---\noutcome: pending\n---\n", [outcome]) == "---\noutcome: offer\n---\n")
    }

    @Test func toml() throws {
        let before = "+++\ncompany = \"Acme\"\nfollow_ups = [2026-11-10]\ntags = [\"a\"]\n\n[extra]\nnote = \"x\"\n+++\nBody\n"
        let after = "+++\ncompany = \"Acme\"\nfollow_ups = [2026-11-10, 2026-11-19]\ntags = [\"a\"]\n\n[extra]\nnote = \"x\"\n+++\nBody\n"
        #expect(try edited(before, [Self.followUp]) == after)
        let withThanks = "+++\ncompany = \"Acme\"\nfollow_ups = [2026-11-10]\ntags = [\"a\"]\n\nthank_you = 2026-11-19\n[extra]\nnote = \"x\"\n+++\nBody\n"
        #expect(try edited(before, [Self.thankYou]) == withThanks)
        let outcome = FrontMatterChange(key: "outcome", operation: .set(.text("offer"), .replace))
        #expect(try edited("+++\ncompany = 'Acme'\n+++\n", [outcome]) == "+++\ncompany = 'Acme'\noutcome = \"offer\"\n+++\n")
    }

    @Test func aNoteWithoutFrontMatterGetsOneAndItsBodyIsUntouched() throws {
        #expect(try edited("# Acme — onsite\n\n- Questions\n", [Self.thankYou]) == "---\nthank_you: 2026-11-19\n---\n# Acme — onsite\n\n- Questions\n")
        #expect(try edited("\u{FEFF}# Acme\r\nx\r\n", [Self.followUp]) == "\u{FEFF}---\r\nfollow_ups: [2026-11-19]\r\n---\r\n# Acme\r\nx\r\n")
        #expect(try edited("", [Self.thankYou]) == "---\nthank_you: 2026-11-19\n---\n")
        #expect(try edited("---\n---\nBody\n", [Self.thankYou]) == "---\nthank_you: 2026-11-19\n---\nBody\n")
    }

    @Test func textIsQuotedWhenYAMLWouldReadItOtherwise() throws {
        func feedback(_ text: String) -> FrontMatterChange { FrontMatterChange(key: "feedback", operation: .set(.text(text), .keepDifferent)) }
        #expect(try edited("---\na: 1\n---\n", [feedback("Strong on design")]) == "---\na: 1\nfeedback: Strong on design\n---\n")
        #expect(try edited("---\na: 1\n---\n", [feedback("Weak: #sql, \"joins\"")]) == "---\na: 1\nfeedback: \"Weak: #sql, \\\"joins\\\"\"\n---\n")
        #expect(try edited("---\na: 1\n---\n", [feedback("yes")]) == "---\na: 1\nfeedback: \"yes\"\n---\n")
        #expect(try edited("---\na: 1\n---\n", [feedback("42")]) == "---\na: 1\nfeedback: \"42\"\n---\n")
    }

    @Test func connectedTurnsANameIntoAMappingOrAddsTheField() throws {
        func connected(_ name: String) -> FrontMatterChange {
            FrontMatterChange(key: "interviewers", aliases: FrontMatterChange.knownAliases(of: "interviewers"), operation: .interviewer(name: name, field: "connected", value: .date(Self.day)))
        }
        let block = "---\ninterviewers:\n  - Dana Lee (Engineering Manager)\n  - name: Raj Patel\n    title: Staff Engineer   # lead\n  # more to come\nrole: x\n---\n"
        #expect(try edited(block, [connected("dana")])
                == "---\ninterviewers:\n  - {name: Dana Lee, title: Engineering Manager, connected: 2026-11-19}\n  - name: Raj Patel\n    title: Staff Engineer   # lead\n  # more to come\nrole: x\n---\n")
        #expect(try edited(block, [connected("Raj Patel")])
                == "---\ninterviewers:\n  - Dana Lee (Engineering Manager)\n  - name: Raj Patel\n    title: Staff Engineer   # lead\n    connected: 2026-11-19\n  # more to come\nrole: x\n---\n")
        #expect(try edited("---\npanel: [Dana Lee, {name: Raj}]\n---\n", [connected("raj")]) == "---\npanel: [Dana Lee, {name: Raj, connected: 2026-11-19}]\n---\n")
        #expect(try edited("---\npanel: [Dana Lee, {name: Raj}]\n---\n", [connected("dana lee")]) == "---\npanel: [{name: Dana Lee, connected: 2026-11-19}, {name: Raj}]\n---\n")
        #expect(try edited("+++\ninterviewers = [\"Dana Lee (EM)\"]\n+++\n", [connected("Dana")]) == "+++\ninterviewers = [{ name = \"Dana Lee\", title = \"EM\", connected = 2026-11-19 }]\n+++\n")
        #expect(refusal(block, connected("Sam")) == "no interviewer matches 'Sam'; the note names Dana Lee, Raj Patel")
        #expect(refusal("---\ninterviewers: [Dana Lee, Dan Brown]\n---\n", connected("Dan")) == "'Dan' matches several interviewers: Dana Lee, Dan Brown; type more of the name")
        let done = try FrontMatterEditor.apply([connected("raj")], to: Array("---\ninterviewers:\n  - name: Raj\n    connected: true\n---\n".utf8))
        #expect(done == .alreadyRecorded("Raj is already marked connected: true"))
    }

    @Test func alreadyRecordedChangesNothing() throws {
        #expect(try FrontMatterEditor.apply([Self.thankYou], to: Array("---\nthank_you: 2026-11-18\n---\n".utf8)) == .alreadyRecorded("'thank_you' is already recorded: 2026-11-18"))
        #expect(try FrontMatterEditor.apply([Self.thankYou], to: Array("---\nthank_you: |\n  sent\n---\n".utf8)) == .alreadyRecorded("'thank_you' is already recorded: sent\n"))
        #expect(try FrontMatterEditor.apply([Self.thankYou], to: Array("---\nthanked: true\n---\n".utf8)) == .alreadyRecorded("'thanked' is already recorded: true"))
        #expect(try FrontMatterEditor.apply([Self.followUp], to: Array("---\nfollow_ups: [2026-11-19]\n---\n".utf8)) == .alreadyRecorded("'follow_ups' already has 2026-11-19"))
        let outcome = FrontMatterChange(key: "outcome", operation: .set(.text("offer"), .replace))
        #expect(try FrontMatterEditor.apply([outcome], to: Array("---\noutcome: Offer\n---\n".utf8)) == .alreadyRecorded("'outcome' is already Offer"))
    }

    @Test func refusesWhatItCannotDoSafely() {
        #expect(refusal("---\ncompany: [unclosed\n---\n", Self.thankYou)
                == "the front-matter does not parse (line 3, column 1: YAML syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 2)); fix it first (`journal check` shows it), nothing was changed")
        #expect(refusal("---\ncompany: Acme\nBody\n", Self.thankYou)
                == "the front-matter opened on line 1 is never closed; close it with a `---` line (or `+++` for TOML) before recording anything")
        #expect(refusal("---\nfeedback: Good\n---\n", FrontMatterChange(key: "feedback", operation: .set(.text("Bad"), .keepDifferent)))
                == "'feedback' on line 2 already says 'Good'; change it by hand if it is wrong")
        #expect(refusal("---\noutcome: >\n  pending\n  still\n---\n", FrontMatterChange(key: "outcome", operation: .set(.text("offer"), .replace)))
                == "the value of 'outcome' on line 2 runs over several lines; change it by hand")
        #expect(refusal("---\n- a\n- b\n---\n", Self.thankYou) == "the front-matter is a list, not `key: value` lines; nothing was changed")
        #expect(refusal("---\n{company: Acme}\n---\n", Self.thankYou) == "recording 'thank_you' here would break the front-matter; record it by hand")
    }

    @Test func theEditIsOneRangeOfTheOriginal() throws {
        let text = "---\ncompany: Acme\nfollow_ups: [2026-11-10]\n---\n"
        guard case .edited(let edit) = try FrontMatterEditor.apply([Self.followUp], to: Array(text.utf8)) else { Issue.record("not edited"); return }
        #expect(String(decoding: edit.replacement, as: UTF8.self) == ", 2026-11-19")
        #expect(edit.start == (line: 3, column: 24) && edit.end == (line: 3, column: 24))
        #expect(edit.range == 41..<41)
    }
}
