import Foundation
import JournalKit
import Testing

/// One row of a rule's table: on `today`, the rule gives an action due `due` (nil: none).
struct AdviceCase: Sendable, CustomTestStringConvertible {
    var today: String
    var due: String?
    var overdue = false
    var message: String?
    var testDescription: String { "today \(today) → \(due ?? "nothing")" }

    init(_ today: String, _ due: String?, overdue: Bool = false, _ message: String? = nil) {
        self.today = today
        self.due = due
        self.overdue = overdue
        self.message = message
    }
}

/// Builds entries from Markdown and runs the engine, as `journal due` does.
enum Advice {
    static func day(_ text: String) -> CalendarDay { CalendarDay(iso: text)! }

    static func entry(_ frontMatter: String, _ body: String = "", path: String = "acme.md") -> Entry {
        let text = "---\n" + frontMatter + "\n---\n" + body
        let result = EntryReader().read(path: path, bytes: Array(text.utf8))
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics)")
        return result.entry!
    }

    static func actions(_ entries: [Entry], today: String, config: JournalConfig = JournalConfig(),
                        commits: [String: CalendarDay] = [:], kind: Action.Kind? = nil) -> [Action] {
        AdviceEngine.actions(for: entries, today: day(today), config: config, firstCommitDays: commits)
            .filter { kind == nil || $0.kind == kind }
    }

    /// Checks one table row: exactly one action of `kind` (or none), with its due day, flag and message.
    static func check(_ c: AdviceCase, _ entries: [Entry], _ kind: Action.Kind, config: JournalConfig = JournalConfig(),
                      commits: [String: CalendarDay] = [:], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let found = actions(entries, today: c.today, config: config, commits: commits, kind: kind)
        guard let due = c.due else {
            #expect(found.isEmpty, "expected no \(kind.rawValue) on \(c.today), got \(found.map(\.message))", sourceLocation: sourceLocation)
            return
        }
        #expect(found.count == 1, "expected one \(kind.rawValue) on \(c.today), got \(found.map(\.message))", sourceLocation: sourceLocation)
        guard let action = found.first else { return }
        #expect(action.due.description == due, sourceLocation: sourceLocation)
        #expect(action.overdue == c.overdue, sourceLocation: sourceLocation)
        if let message = c.message { #expect(action.message == message, sourceLocation: sourceLocation) }
    }
}

@Suite struct AdviceEngineTests {
    // An onsite on Wednesday 18 November with a decision promised for the 25th.
    static let onsite = """
        company: Acme Corp
        role: Backend Engineer
        date: 2026-11-18
        stage: onsite
        interviewers:
          - Dana Lee (Engineering Manager)
          - Raj Patel (Staff Engineer)
        decision_by: 2026-11-25
        outcome: pending
        """

    // MARK: 1. thank-you

    @Test(arguments: [
        AdviceCase("2026-11-17", nil),
        AdviceCase("2026-11-18", "2026-11-19", "Send Dana and Raj a thank-you note: the onsite was today."),
        AdviceCase("2026-11-19", "2026-11-19", "Send Dana and Raj a thank-you note: the onsite was yesterday."),
        AdviceCase("2026-11-20", "2026-11-19", overdue: true, "Send Dana and Raj a thank-you note: the onsite was on Wed 18 Nov."),
        AdviceCase("2026-11-24", "2026-11-19", overdue: true),
        AdviceCase("2026-11-25", nil),
    ])
    func thankYouIsDueTheDayAfterAndFadesAfterAWeek(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(Self.onsite)], .thankYou)
    }

    @Test(arguments: [
        "thank_you: 2026-11-18",
        "thank_you: true",
        "outcome: rejected",
    ])
    func noThankYouWhenSentOrOver(_ extra: String) {
        let fm = Self.onsite.replacingOccurrences(of: "outcome: pending", with: "") + "\n" + extra
        #expect(Advice.actions([Advice.entry(fm)], today: "2026-11-19", kind: .thankYou).isEmpty)
    }

    @Test func aTickedThankYouStepCountsAsSent() {
        let e = Advice.entry(Self.onsite, "## Next steps\n- [x] Thank-you email to Dana and Raj\n")
        #expect(Advice.actions([e], today: "2026-11-19", kind: .thankYou).isEmpty)
        let open = Advice.entry(Self.onsite, "## Next steps\n- [ ] Thank-you email to Dana and Raj\n")
        #expect(Advice.actions([open], today: "2026-11-19", kind: .thankYou).count == 1)
    }

    @Test(arguments: [(24, "2026-11-19"), (36, "2026-11-20"), (48, "2026-11-20"), (1, "2026-11-19")])
    func thankYouHoursRoundUpToDays(hours: Int, due: String) {
        var config = JournalConfig()
        config.thankYouHours = hours
        Advice.check(AdviceCase("2026-11-18", due), [Advice.entry(Self.onsite)], .thankYou, config: config)
    }

    @Test func thankYouWithoutInterviewersStillSaysWhat() {
        let e = Advice.entry("company: Hooli\ndate: 2026-11-12")
        let a = Advice.actions([e], today: "2026-11-13", kind: .thankYou)
        #expect(a.map(\.message) == ["Send the people you met a thank-you note: the interview was yesterday."])
        #expect(a.first?.line == 3)
    }

    // MARK: 2. ask-decision-date

    static let noDecision = onsite.replacingOccurrences(of: "decision_by: 2026-11-25\n", with: "") + "\nthank_you: 2026-11-18"

    @Test(arguments: [
        AdviceCase("2026-11-17", nil),
        AdviceCase("2026-11-18", "2026-11-19", "Ask Dana or Raj when they expect to decide, then add it as `decision_by:` so your follow-up is timed well."),
        AdviceCase("2026-11-19", "2026-11-19"),
        AdviceCase("2026-11-20", "2026-11-19", overdue: true),
        AdviceCase("2026-11-25", nil),
    ])
    func decisionDateIsAskedInTheFirstWeek(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(Self.noDecision)], .askDecisionDate)
    }

    @Test func decisionDateQuestionGoesIntoTheThankYouNote() {
        let e = Advice.entry(Self.noDecision.replacingOccurrences(of: "thank_you: 2026-11-18", with: ""))
        #expect(Advice.actions([e], today: "2026-11-19", kind: .askDecisionDate).map(\.message)
                == ["Ask Dana or Raj when they expect to decide; your thank-you note is a good place for it. Then add it as `decision_by:`."])
    }

    @Test(arguments: ["decision_by: 2026-11-25", "follow_ups: [2026-11-20]", "outcome: advanced", "outcome: offer", "outcome: rejected"])
    func noDecisionQuestionWhenKnownOrDecided(_ extra: String) {
        let fm = Self.noDecision.replacingOccurrences(of: "outcome: pending", with: "") + "\n" + extra
        #expect(Advice.actions([Advice.entry(fm)], today: "2026-11-20", kind: .askDecisionDate).isEmpty)
    }

    // MARK: 3. follow-up and move-on

    static let thanked = onsite + "\nthank_you: 2026-11-18"

    @Test(arguments: [
        AdviceCase("2026-11-17", nil),
        AdviceCase("2026-11-18", "2026-11-26"),
        AdviceCase("2026-11-19", "2026-11-26"),
        AdviceCase("2026-11-25", "2026-11-26", "Follow up politely if you have not heard back: they meant to decide by Wed 25 Nov. Then add the day to `follow_ups:`."),
        AdviceCase("2026-11-26", "2026-11-26"),
        AdviceCase("2026-11-27", "2026-11-26", overdue: true),
        AdviceCase("2026-12-09", "2026-11-26", overdue: true),
        AdviceCase("2026-12-10", nil),
    ])
    func followUpIsDueTheDayAfterTheDecisionDate(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(Self.thanked)], .followUp)
    }

    static let thankedNoDecision = thanked.replacingOccurrences(of: "decision_by: 2026-11-25\n", with: "")

    @Test(arguments: [
        AdviceCase("2026-11-18", "2026-11-25"),
        AdviceCase("2026-11-24", "2026-11-25"),
        AdviceCase("2026-11-25", "2026-11-25", "Follow up politely if you have not heard back since the onsite on Wed 18 Nov. Then add the day to `follow_ups:`."),
        AdviceCase("2026-11-26", "2026-11-25", overdue: true),
    ])
    func followUpIsDueAWeekAfterTheInterviewWithoutADecisionDate(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(Self.thankedNoDecision)], .followUp)
    }

    @Test(arguments: [
        AdviceCase("2026-11-27", "2026-12-03", "Send a second follow-up if there is still no answer: the last one went out on Thu 26 Nov. Then add the day to `follow_ups:`."),
        AdviceCase("2026-12-03", "2026-12-03"),
        AdviceCase("2026-12-04", "2026-12-03", overdue: true),
        AdviceCase("2026-12-10", nil),
    ])
    func afterOneFollowUpTheNextIsDueAWeekLater(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(Self.thanked + "\nfollow_ups: [2026-11-26]")], .followUp)
    }

    @Test(arguments: [
        AdviceCase("2026-12-04", "2026-12-10", "No answer after 2 follow-ups (the last on Thu 3 Dec): mark it `outcome: ghosted` and put your energy into your other applications."),
        AdviceCase("2026-12-10", "2026-12-10"),
        AdviceCase("2026-12-11", "2026-12-10", overdue: true),
    ])
    func afterTwoFollowUpsSuggestMovingOn(_ c: AdviceCase) {
        let e = Advice.entry(Self.thanked + "\nfollow_ups: [2026-11-26, 2026-12-03]")
        Advice.check(c, [e], .moveOn)
        #expect(Advice.actions([e], today: c.today, kind: .followUp).isEmpty)
    }

    @Test func withoutAnyFollowUpMovingOnComesWhenAllWouldHaveBeenSent() {
        let e = Advice.entry(Self.thanked)
        // First follow-up due 26 Nov; two follow-ups a week apart would end on 10 Dec.
        Advice.check(AdviceCase("2026-12-10", "2026-12-10", "No news since the onsite on Wed 18 Nov: send one last short note if you have not, or mark it `outcome: ghosted` and move on."), [e], .moveOn)
        Advice.check(AdviceCase("2026-12-09", nil), [e], .moveOn)
    }

    @Test func maxFollowUpsAndIntervalComeFromTheConfig() {
        var config = JournalConfig()
        config.maxFollowUps = 1
        config.followUpAfterDays = 3
        let e = Advice.entry(Self.thanked + "\nfollow_ups: [2026-11-26]")
        Advice.check(AdviceCase("2026-11-27", "2026-11-29"), [e], .moveOn, config: config)
        let fresh = Advice.entry(Self.thankedNoDecision)
        Advice.check(AdviceCase("2026-11-19", "2026-11-21"), [fresh], .followUp, config: config)
    }

    @Test func aTickedFollowUpStepWithADateCountsAsAFollowUp() {
        let e = Advice.entry(Self.thanked, "## Next steps\n- [x] Follow-up email to Dana 📅 2026-11-26\n")
        Advice.check(AdviceCase("2026-11-27", "2026-12-03"), [e], .followUp)
    }

    @Test func advancedWithoutALaterRoundAsksForTheNextRound() {
        let e = Advice.entry(Self.thanked.replacingOccurrences(of: "outcome: pending", with: "outcome: advanced"))
        Advice.check(AdviceCase("2026-11-25", "2026-11-25", "Ask when the next round will be: you advanced after the onsite on Wed 18 Nov and no later round is in your notes. Then add the day to `follow_ups:`."), [e], .followUp)
        let next = Advice.entry("company: acme corp\nrole: backend engineer\ndate: 2026-11-30\nstage: final", path: "acme-final.md")
        #expect(Advice.actions([e, next], today: "2026-11-25", kind: .followUp).isEmpty)
    }

    @Test(arguments: ["rejected", "withdrawn", "accepted", "declined", "ghosted"])
    func noChasingOnceDecided(_ outcome: String) {
        let e = Advice.entry(Self.onsite.replacingOccurrences(of: "stage: onsite", with: "stage: final")
            .replacingOccurrences(of: "outcome: pending", with: "outcome: \(outcome)"))
        for today in ["2026-11-10", "2026-11-19", "2026-11-27", "2026-12-20"] {
            let kinds = Set(Advice.actions([e], today: today).map(\.kind))
            #expect(kinds.isDisjoint(with: [.thankYou, .askDecisionDate, .followUp, .moveOn, .notifyReferees]), "\(outcome) on \(today): \(kinds)")
        }
    }

    @Test func anOfferIsNotChasedButStillThanked() {
        let e = Advice.entry(Self.onsite.replacingOccurrences(of: "stage: onsite", with: "stage: final")
            .replacingOccurrences(of: "outcome: pending", with: "outcome: offer"))
        #expect(Advice.actions([e], today: "2026-11-19").map(\.kind) == [.thankYou, .offerDetails, .keepApplying])
        #expect(Advice.actions([e], today: "2026-11-27").map(\.kind) == [.offerDetails, .keepApplying])
    }

    @Test func followUpRemindsOfThanksOnceTheThankYouAdviceIsGone() {
        let e = Advice.entry(Self.onsite.replacingOccurrences(of: "decision_by: 2026-11-25\n", with: "decision_by: 2026-11-20\n"))
        let early = Advice.actions([e], today: "2026-11-21", kind: .followUp)
        #expect(early.first?.message == "Follow up politely if you have not heard back: they meant to decide by Fri 20 Nov. Then add the day to `follow_ups:`.")
        let late = Advice.actions([e], today: "2026-11-25", kind: .followUp)
        #expect(late.first?.message == "Follow up politely if you have not heard back: they meant to decide by Fri 20 Nov. Thank them for their time too: no thank-you note is recorded. Then add the day to `follow_ups:`.")
    }

    // MARK: 4. notify-referees

    static let final = thanked.replacingOccurrences(of: "stage: onsite", with: "stage: final")

    @Test(arguments: [
        AdviceCase("2026-11-10", "2026-11-17", "Tell your referees they may get a call from Acme Corp: the final round is on Wed 18 Nov. Then add `referees_notified:` to the notes."),
        AdviceCase("2026-11-17", "2026-11-17", "Tell your referees they may get a call from Acme Corp: the final round is tomorrow. Then add `referees_notified:` to the notes."),
        AdviceCase("2026-11-18", "2026-11-17", overdue: true, "Tell your referees they may get a call from Acme Corp: the final round is today. Then add `referees_notified:` to the notes."),
        AdviceCase("2026-11-25", "2026-11-17", overdue: true, "Tell your referees they may get a call from Acme Corp: the final round was on Wed 18 Nov. Then add `referees_notified:` to the notes."),
        AdviceCase("2026-12-10", nil),
    ])
    func refereesHearBeforeTheFinalRound(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(Self.final)], .notifyReferees)
    }

    @Test func referenceCheckStageAlsoNeedsReferees() {
        let e = Advice.entry(Self.thanked.replacingOccurrences(of: "stage: onsite", with: "stage: references"))
        #expect(Advice.actions([e], today: "2026-11-18", kind: .notifyReferees).map(\.message)
                == ["Tell your referees they may get a call from Acme Corp: the reference check is today. Then add `referees_notified:` to the notes."])
    }

    @Test(arguments: ["referees_notified: 2026-11-16", "referees_notified: true", "stage: onsite", "outcome: offer"])
    func noRefereeAdviceWhenDoneOrNotNeeded(_ change: String) {
        var fm = Self.final
        if change.hasPrefix("stage") { fm = fm.replacingOccurrences(of: "stage: final", with: change) }
        else if change.hasPrefix("outcome") { fm = fm.replacingOccurrences(of: "outcome: pending", with: change) }
        else { fm += "\n" + change }
        #expect(Advice.actions([Advice.entry(fm)], today: "2026-11-10", kind: .notifyReferees).isEmpty)
    }

    @Test func aTickedRefereeStepInAnEarlierRoundCounts() {
        let earlier = Advice.entry("company: Acme Corp\nrole: Backend Engineer\ndate: 2026-11-04\nstage: technical\noutcome: advanced",
                                   "## Next steps\n- [x] Tell Sam and Jordan they may get a reference call\n", path: "acme-tech.md")
        #expect(Advice.actions([earlier, Advice.entry(Self.final)], today: "2026-11-10", kind: .notifyReferees).isEmpty)
    }

    // MARK: 5. connect

    static let panel = """
        company: Acme Corp
        role: Backend Engineer
        date: 2026-11-18
        stage: final
        thank_you: 2026-11-18
        decision_by: 2026-11-25
        referees_notified: true
        interviewers:
          - Dana Lee (Engineering Manager)
          - name: Raj Patel
            linkedin: https://www.linkedin.com/in/example-raj
            connected: true
          - name: Mei Chen
            linkedin: https://www.linkedin.com/in/example-mei
        """

    @Test(arguments: [
        AdviceCase("2026-11-17", nil),
        AdviceCase("2026-11-18", "2026-11-19", "Connect with Mei Chen on LinkedIn, with a short note about the final round; then set `connected: true`."),
        AdviceCase("2026-11-19", "2026-11-19"),
        AdviceCase("2026-11-20", "2026-11-19", overdue: true),
        AdviceCase("2026-11-25", "2026-11-19", overdue: true),
    ])
    func connectWithInterviewersWhoHaveALinkedInAddress(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(Self.panel)], .connect)
    }

    @Test func connectedInALaterRoundCountsAndSeveralPeopleShareOneAction() {
        let tech = Advice.entry("""
            company: Acme Corp
            role: Backend Engineer
            date: 2026-11-04
            stage: technical
            outcome: advanced
            interviewers:
              - name: Raj Patel
                linkedin: https://www.linkedin.com/in/example-raj
              - name: Ana Ruiz
                linkedin: https://www.linkedin.com/in/example-ana
            """, path: "acme-tech.md")
        let a = Advice.actions([tech, Advice.entry(Self.panel)], today: "2026-11-20", kind: .connect)
        #expect(a.map(\.message) == ["Connect with Ana Ruiz and Mei Chen on LinkedIn, each with a short personal note; then set `connected: true`."])
        #expect(a.map(\.path) == ["acme.md"])
        #expect(a.map(\.line) == [9])
    }

    @Test(arguments: [("rejected", true), ("accepted", true), ("ghosted", false), ("withdrawn", false)])
    func connectSurvivesARejectionButNotGhosting(outcome: String, expected: Bool) {
        let e = Advice.entry(Self.panel + "\noutcome: \(outcome)")
        #expect(Advice.actions([e], today: "2026-11-20", kind: .connect).count == (expected ? 1 : 0))
    }

    // MARK: 6. ask-feedback

    static let rejected = """
        company: Globex
        role: Platform Engineer
        date: 2026-11-02
        stage: technical
        interviewers: Hank Scorpio (VP Engineering), Lena Ortiz (Senior Engineer)
        decision_by: 2026-11-09
        thank_you: 2026-11-03
        outcome: rejected
        """

    @Test(arguments: [
        AdviceCase("2026-11-02", "2026-11-10"),
        AdviceCase("2026-11-09", "2026-11-10"),
        AdviceCase("2026-11-10", "2026-11-10", "Ask Hank or Lena for brief feedback: thank them for their time and ask what would make you a stronger candidate next time."),
        AdviceCase("2026-11-11", "2026-11-10", overdue: true),
        AdviceCase("2026-12-09", "2026-11-10", overdue: true),
        AdviceCase("2026-12-10", nil),
    ])
    func askForFeedbackAfterARejection(_ c: AdviceCase) {
        Advice.check(c, [Advice.entry(Self.rejected)], .askFeedback)
    }

    @Test func noFeedbackRequestWhenFeedbackIsWrittenDownOrAsked() {
        let written = Advice.entry(Self.rejected, "## Feedback\n- Strong design, thin Kubernetes experience.\n")
        #expect(Advice.actions([written], today: "2026-11-11", kind: .askFeedback).isEmpty)
        let asked = Advice.entry(Self.rejected, "## Next steps\n- [x] Ask Lena for feedback\n")
        #expect(Advice.actions([asked], today: "2026-11-11", kind: .askFeedback).isEmpty)
        let pending = Advice.entry(Self.rejected.replacingOccurrences(of: "outcome: rejected", with: "outcome: pending"))
        #expect(Advice.actions([pending], today: "2026-11-11", kind: .askFeedback).isEmpty)
    }

    @Test func withoutADecisionDateFeedbackIsDueTheDayAfter() {
        let e = Advice.entry(Self.rejected.replacingOccurrences(of: "decision_by: 2026-11-09\n", with: ""))
        Advice.check(AdviceCase("2026-11-05", "2026-11-03", overdue: true), [e], .askFeedback)
    }

    // MARK: 7. offer-details

    static let offer = """
        company: Initech
        role: Backend Engineer
        date: 2026-11-10
        stage: offer
        thank_you: 2026-11-10
        outcome: offer
        fit: 3
        """

    @Test(arguments: [
        AdviceCase("2026-11-10", "2026-11-11", "Write down the orientation and dress code of the offer, and weigh it against your fit score of 3/5 before you answer."),
        AdviceCase("2026-11-11", "2026-11-11"),
        AdviceCase("2026-11-23", "2026-11-11", overdue: true),
    ])
    func offerDetailsAreWrittenDown(_ c: AdviceCase) {
        let e = Advice.entry(Self.offer, "## Offer\n- Base 145k.\n- Start date 2027-01-04.\n")
        Advice.check(c, [e], .offerDetails)
        #expect(Advice.actions([e], today: c.today, kind: .offerDetails).first?.line == 11)
    }

    @Test func offerWithEverythingWrittenAndNoFit() {
        let all = Advice.entry(Self.offer, "## Offer\n- Start date 2027-01-04, orientation on day one, dress code casual.\n")
        #expect(Advice.actions([all], today: "2026-11-11", kind: .offerDetails).map(\.message)
                == ["The offer details are written down; weigh it against your fit score of 3/5 before you answer."])
        let noFit = Advice.entry(Self.offer.replacingOccurrences(of: "fit: 3", with: ""))
        #expect(Advice.actions([noFit], today: "2026-11-11", kind: .offerDetails).map(\.message)
                == ["Write down the start date, orientation and dress code of the offer, and rate how well it fits you (`fit: 1-5`) before you answer."])
        let accepted = Advice.entry(Self.offer.replacingOccurrences(of: "outcome: offer", with: "outcome: accepted"))
        #expect(Advice.actions([accepted], today: "2026-11-11", kind: .offerDetails).isEmpty)
    }

    // MARK: 8. keep-applying

    static func application(_ company: String, _ date: String, outcome: String = "pending") -> Entry {
        Advice.entry("company: \(company)\ndate: \(date)\nthank_you: true\ndecision_by: 2026-12-31\noutcome: \(outcome)", path: "\(company.lowercased()).md")
    }

    @Test(arguments: [
        AdviceCase("2026-11-20", nil),
        AdviceCase("2026-12-03", nil),
        AdviceCase("2026-12-04", "2026-12-04", "There has been no new interview since Fri 20 Nov: keep applying, a steady flow of applications takes the pressure off each one."),
        AdviceCase("2026-12-10", "2026-12-10"),
    ])
    func keepApplyingAfterTwoQuietWeeks(_ c: AdviceCase) {
        let three = [Self.application("Acme", "2026-11-18"), Self.application("Globex", "2026-11-19"), Self.application("Initech", "2026-11-20")]
        Advice.check(c, three, .keepApplying)
    }

    @Test func keepApplyingWhenFewerThanThreeApplicationsAreOpen() {
        let two = [Self.application("Acme", "2026-11-18"), Self.application("Globex", "2026-11-19"), Self.application("Initech", "2026-11-20", outcome: "rejected")]
        let a = Advice.actions(two, today: "2026-11-21", kind: .keepApplying)
        #expect(a.map(\.message) == ["Only 2 applications are still open: keep applying, so that no single answer decides your search."])
        #expect(a.map(\.due.description) == ["2026-11-21"])
        #expect(a.map(\.overdue) == [false])
        #expect(a.map(\.path) == ["initech.md"])
        #expect(a.map(\.company) == [""])
        let both = Advice.actions(two, today: "2026-12-05", kind: .keepApplying)
        #expect(both.map(\.message) == ["Only 2 applications are still open and there has been no new interview since Fri 20 Nov: keep applying, a few new applications a week keep the search moving."])
    }

    @Test func keepApplyingIsOnceAndStopsAfterAnAcceptedOffer() {
        let one = [Self.application("Acme", "2026-11-18")]
        #expect(Advice.actions(one, today: "2026-11-19", kind: .keepApplying).count == 1)
        let accepted = [Self.application("Acme", "2026-11-18", outcome: "accepted"), Self.application("Globex", "2026-11-10")]
        #expect(Advice.actions(accepted, today: "2026-11-19", kind: .keepApplying).isEmpty)
        let newSearch = accepted + [Self.application("Hooli", "2026-11-25")]
        #expect(Advice.actions(newSearch, today: "2026-11-26", kind: .keepApplying).count == 1)
        #expect(Advice.actions([], today: "2026-11-26").isEmpty)
    }

    @Test func keepApplyingDaysComeFromTheConfig() {
        var config = JournalConfig()
        config.keepApplyingDays = 3
        let three = [Self.application("Acme", "2026-11-18"), Self.application("Globex", "2026-11-19"), Self.application("Initech", "2026-11-20")]
        Advice.check(AdviceCase("2026-11-22", nil), three, .keepApplying, config: config)
        Advice.check(AdviceCase("2026-11-23", "2026-11-23"), three, .keepApplying, config: config)
    }

    // MARK: 9. next-step

    @Test(arguments: [
        AdviceCase("2026-11-20", "2026-11-21", "Ask for the offer in writing."),
        AdviceCase("2026-11-21", "2026-11-21"),
        AdviceCase("2026-11-22", "2026-11-21", overdue: true),
    ])
    func openNextStepsWithADueDate(_ c: AdviceCase) {
        let e = Advice.entry(Self.offer, """
            ## Next steps
            - [ ] Ask for the offer in writing 📅 2026-11-21
            - [x] Send references 📅 2026-11-12
            - [-] Call the recruiter 📅 2026-11-13
            - [ ] Think about it
            """)
        Advice.check(c, [e], .nextStep)
    }

    @Test func aNextStepOverdueForNinetyDaysIsHistory() {
        let old = Advice.entry("company: Acme\ndate: 2026-08-01\noutcome: advanced", "## Next steps\n- [ ] Read the blog 📅 2026-08-20\n", path: "a-1.md")
        let recent = Advice.entry("company: Acme\ndate: 2026-11-10\nthank_you: true\ndecision_by: 2026-12-01", path: "a-2.md")
        Advice.check(AdviceCase("2026-11-18", "2026-08-20", overdue: true), [old, recent], .nextStep)
        Advice.check(AdviceCase("2026-11-19", nil), [old, recent], .nextStep)
    }

    @Test func nextStepsKeepTheirWordsAndLines() {
        let e = Advice.entry("company: Pied Piper\ndate: 2026-11-20\nthank_you: true", """
            ## Next steps
            - [ ] Send Monica my portfolio link by 2026-11-24
            - [ ] Prepare the system design [due:: 2026-11-26]
            """)
        let a = Advice.actions([e], today: "2026-11-23", kind: .nextStep)
        #expect(a.map(\.message) == ["Send Monica my portfolio link by 2026-11-24.", "Prepare the system design."])
        #expect(a.map(\.line) == [7, 8])
    }

    @Test func afterAFinalOutcomeOnlyTheLatestEntrysStepsCount() {
        let early = Advice.entry("company: Globex\ndate: 2026-10-20\noutcome: advanced", "## Next steps\n- [ ] Prepare for the onsite 📅 2026-10-30\n", path: "globex-1.md")
        let last = Advice.entry(Self.rejected, "## Next steps\n- [ ] Ask Lena for feedback 📅 2026-11-12\n", path: "globex-2.md")
        let a = Advice.actions([early, last], today: "2026-11-13", kind: .nextStep)
        #expect(a.map(\.path) == ["globex-2.md"])
        let open = Advice.entry(Self.rejected.replacingOccurrences(of: "outcome: rejected", with: "outcome: pending"), path: "globex-2.md")
        #expect(Advice.actions([early, open], today: "2026-11-13", kind: .nextStep).map(\.path) == ["globex-1.md"])
    }

    @Test func anUndatedEntryStillHasItsDatedNextSteps() {
        let text = "# Hooli\n\n## Next steps\n- [ ] Send thanks to Gavin 📅 2026-11-13\n"
        let e = EntryReader().read(path: "hooli/notes.md", bytes: Array(text.utf8)).entry!
        #expect(e.date == nil)
        let a = Advice.actions([e], today: "2026-11-20")
        #expect(a.map(\.kind) == [.nextStep])
        #expect(a.map(\.overdue) == [true])
    }

    // MARK: 10. write-sooner

    @Test(arguments: [
        AdviceCase("2026-11-20", nil),
        AdviceCase("2026-11-21", "2026-11-21", "Your notes on the onsite of Wed 18 Nov reached git 3 days later; we forget most of what we hear within two days, so try to write them the same day."),
        AdviceCase("2026-12-18", "2026-12-18"),
        AdviceCase("2026-12-19", nil),
    ])
    func writeSoonerWhenNotesReachedGitLate(_ c: AdviceCase) {
        let e = Advice.entry(Self.thanked)
        // Committed on the 21st: three days after the interview, more than notesFreshDays (2).
        let commitDay = min(Advice.day(c.today), Advice.day("2026-11-21"))
        Advice.check(c, [e], .writeSooner, commits: ["acme.md": commitDay])
    }

    @Test func writeSoonerOnTheSecondDayIsFine() {
        Advice.check(AdviceCase("2026-11-21", nil), [Advice.entry(Self.thanked)], .writeSooner, commits: ["acme.md": Advice.day("2026-11-20")])
        var config = JournalConfig()
        config.notesFreshDays = 0
        Advice.check(AdviceCase("2026-11-21", "2026-11-21"), [Advice.entry(Self.thanked)], .writeSooner, config: config, commits: ["acme.md": Advice.day("2026-11-19")])
    }

    @Test func writeSoonerIsOneHintAndIgnoresImports() {
        let a = Advice.entry("company: A\ndate: 2026-11-10", path: "a.md")
        let b = Advice.entry("company: B\ndate: 2026-11-12", path: "b.md")
        let late = Advice.actions([a, b], today: "2026-11-20", commits: ["a.md": Advice.day("2026-11-15"), "b.md": Advice.day("2026-11-16")], kind: .writeSooner)
        #expect(late.map(\.message) == ["Your notes on the interview of Thu 12 Nov reached git 4 days later (and one other recent note was late too); we forget most of what we hear within two days, so try to write them the same day."])
        #expect(late.map(\.path) == ["b.md"])
        // Three notes of interviews weeks apart committed the same day: an import.
        let old = Advice.entry("company: C\ndate: 2026-10-20", path: "c.md")
        let imported = Advice.actions([a, b, old], today: "2026-11-20", commits: ["a.md": Advice.day("2026-11-16"), "b.md": Advice.day("2026-11-16"), "c.md": Advice.day("2026-11-16")], kind: .writeSooner)
        #expect(imported.isEmpty)
    }

    @Test func writeSoonerNeedsADateThatDoesNotComeFromGit() {
        let text = "# Hooli\n"
        var e = EntryReader().read(path: "hooli.md", bytes: Array(text.utf8)).entry!
        e.date = Sourced(Advice.day("2026-11-10"), from: .gitCommit)
        #expect(Advice.actions([e], today: "2026-11-20", commits: ["hooli.md": Advice.day("2026-11-10")], kind: .writeSooner).isEmpty)
    }

    // MARK: Applications, staleness and order

    @Test func rulesLookAtTheLatestEntryOfEachApplication() {
        let phone = Advice.entry("company: ACME corp\nrole: backend engineer\ndate: 2026-11-04\nstage: phone-screen\noutcome: advanced", path: "b-phone.md")
        let onsite = Advice.entry(Self.thanked.replacingOccurrences(of: "role: Backend Engineer\n", with: ""), path: "a-onsite.md")
        let undated = EntryReader().read(path: "acme/notes.md", bytes: Array("---\ncompany: Acme Corp\n---\n# Acme\n".utf8)).entry!
        let apps = Application.group([phone, onsite, undated])
        #expect(apps.count == 1)
        #expect(apps.first?.entries.map(\.path) == ["acme/notes.md", "b-phone.md", "a-onsite.md"])
        #expect(apps.first?.role == "backend engineer")
        let kinds = Advice.actions([phone, onsite, undated], today: "2026-11-20").map(\.kind)
        #expect(kinds == [.keepApplying, .followUp])
    }

    @Test func anApplicationKeySeparatesTwoApplicationsAtOneCompany() {
        let a = Advice.entry("company: Acme\nrole: Backend\napplication: backend\ndate: 2026-11-04\noutcome: rejected", path: "a.md")
        let b = Advice.entry("company: Acme\nrole: Platform\nApplication: Platform\ndate: 2026-11-05\noutcome: pending", path: "b.md")
        let c = Advice.entry("company: Acme\ndate: 2026-11-06", path: "c.md")
        #expect(Application.group([a, b, c]).map { $0.entries.map(\.path) } == [["c.md"], ["a.md"], ["b.md"]])
        // One named application: the note without the key joins it.
        let d = Advice.entry("company: ACME.\napplication: backend\ndate: 2026-11-07", path: "d.md")
        #expect(Application.group([a, c, d]).map { $0.entries.map(\.path) } == [["a.md", "c.md", "d.md"]])
    }

    @Test func twoRolesWithoutAnApplicationKeyAreOneApplication() {
        let a = Advice.entry("company: Acme\nrole: Backend\ndate: 2026-11-04\noutcome: rejected", path: "a.md")
        let b = Advice.entry("company: Acme\nrole: Platform\ndate: 2026-11-05\noutcome: pending", path: "b.md")
        let apps = Application.group([a, b])
        #expect(apps.map { $0.entries.map(\.path) } == [["a.md", "b.md"]])
        #expect(apps.first?.role == "Platform")
    }

    @Test func applicationsQuietForNinetyDaysAreHistory() {
        let e = Advice.entry(Self.panel + "\noutcome: pending", "## Next steps\n- [ ] Something 📅 2026-11-30\n")
        #expect(!Advice.actions([e], today: "2027-02-16").filter { $0.kind != .keepApplying }.isEmpty)
        #expect(Advice.actions([e], today: "2027-02-17").map(\.kind) == [.keepApplying])
    }

    @Test func actionsAreSortedOverdueFirstThenByDayKindAndCompany() {
        let entries = [
            Advice.entry(Self.onsite, path: "acme.md"),
            Advice.entry(Self.rejected, path: "globex.md"),
            Advice.entry(Self.offer, "## Next steps\n- [ ] Ask for the offer in writing 📅 2026-11-21\n", path: "initech.md"),
        ]
        let a = Advice.actions(entries, today: "2026-11-20")
        let summary = a.map { "\($0.overdue ? "!" : " ") \($0.due) \($0.kind.rawValue) \($0.company)" }
        #expect(summary == [
            "! 2026-11-10 ask-feedback Globex",
            "! 2026-11-11 offer-details Initech",
            "! 2026-11-19 thank-you Acme Corp",
            "  2026-11-20 keep-applying ",
            "  2026-11-21 next-step Initech",
            "  2026-11-26 follow-up Acme Corp",
        ])
        // Input order does not matter.
        #expect(Advice.actions(entries.reversed(), today: "2026-11-20") == a)
    }

    @Test func actionJSONHasExactlyTheDocumentedFields() throws {
        let a = Advice.actions([Advice.entry(Self.onsite)], today: "2026-11-20", kind: .thankYou)
        let data = try JSONEncoder().encode(a[0])
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(Set(object.keys) == ["kind", "company", "role", "due", "overdue", "message", "path", "line"])
        #expect(object["kind"] as? String == "thank-you")
        #expect(object["due"] as? String == "2026-11-19")
        #expect(Action.Kind.allCases.map(\.rawValue) == ["thank-you", "ask-decision-date", "follow-up", "move-on", "notify-referees", "connect",
                                                         "ask-feedback", "offer-details", "keep-applying", "next-step", "write-sooner"])
    }

    @Test func dayTextNamesDaysWithoutAClock() {
        let today = Advice.day("2026-11-23")
        #expect(DayText.short(today, today: today) == "Mon 23 Nov")
        #expect(DayText.short(Advice.day("2027-01-04"), today: today) == "Mon 4 Jan 2027")
        #expect(DayText.relative(Advice.day("2026-11-22"), today: today) == "yesterday")
        #expect(DayText.relative(Advice.day("2026-11-24"), today: today) == "tomorrow")
        #expect(DayText.relative(Advice.day("2026-11-18"), today: today) == "on Wed 18 Nov")
        #expect(DayText.short(Advice.day("2024-02-29")) == "Thu 29 Feb 2024")
    }
}

@Suite struct AdviceFixtureTests {
    /// A final round written late in the evening in Hawaii: the day stays the 18th, and
    /// the advice settings of a config file change every due day.
    @Test func aFixtureEntryWithAConfigFile() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/advice/2026-11-18-acme-final", withExtension: "md"))
        let bytes = try [UInt8](Data(contentsOf: url))
        let entry = try #require(EntryReader().read(path: "2026-11-18-acme-final.md", bytes: bytes).entry)
        #expect(entry.date?.value.description == "2026-11-18")

        let (config, diagnostics) = ConfigLoader.parse("""
            advice:
              thank_you_hours: 48
              follow_up_after_days: 5
              max_follow_ups: 1
              keep_applying_days: 10
            """, path: ".journal/config.yml")
        #expect(diagnostics.isEmpty)
        let actions = AdviceEngine.actions(for: [entry], today: Advice.day("2026-11-19"), config: config, firstCommitDays: [:])
        let lines = actions.map { "\($0.due) \($0.overdue ? "overdue " : "")\($0.kind.rawValue) \($0.path):\($0.line) \($0.message)" }
        #expect(lines == [
            "2026-11-17 overdue notify-referees 2026-11-18-acme-final.md:5 Tell your referees they may get a call from Acme Corp: the final round was yesterday. Then add `referees_notified:` to the notes.",
            "2026-11-19 keep-applying 2026-11-18-acme-final.md:4 Only 1 application is still open: keep applying, so that no single answer decides your search.",
            "2026-11-20 ask-decision-date 2026-11-18-acme-final.md:4 Ask Dana or Mei when they expect to decide, then add it as `decision_by:` so your follow-up is timed well.",
            "2026-11-20 connect 2026-11-18-acme-final.md:6 Connect with Mei Chen on LinkedIn, with a short note about the final round; then set `connected: true`.",
            "2026-11-20 next-step 2026-11-18-acme-final.md:22 Send Dana the design doc I mentioned.",
            "2026-11-23 follow-up 2026-11-18-acme-final.md:4 Follow up politely if you have not heard back since the final round on Wed 18 Nov. Then add the day to `follow_ups:`.",
        ])
    }
}

extension AdviceEngineTests {
    @Test func aRoundWrittenAheadStopsTheWaitingButNotTheThanks() {
        let tech = Advice.entry("company: Acme Corp\nrole: Backend Engineer\ndate: 2026-11-04\nstage: technical\ninterviewers: Raj Patel\noutcome: advanced", path: "acme-tech.md")
        let next = Advice.entry(Self.final.replacingOccurrences(of: "thank_you: 2026-11-18", with: ""), path: "acme-final.md")
        let a = Advice.actions([tech, next], today: "2026-11-05")
        #expect(a.map { "\($0.kind.rawValue) \($0.path)" } == ["thank-you acme-tech.md", "keep-applying acme-final.md", "notify-referees acme-final.md"])
        #expect(a.first?.message == "Send Raj a thank-you note: the technical interview was yesterday.")
    }
}
