@testable import JournalKit
import Testing

/// The identity of calendar items: what goes into a UID, and what does not.
@Suite struct CalendarRendererTests {
    let today = CalendarDay(year: 2026, month: 11, day: 23)!

    func action(_ kind: Action.Kind, _ company: String, due: Int, message: String = "Do it.", path: String = "a.md") -> Action {
        Action(kind: kind, company: company, role: "", due: CalendarDay(year: 2026, month: 11, day: due)!, overdue: false,
               message: message, path: path, line: 1)
    }

    func uids(_ text: String) -> [String] {
        text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) }
    }

    func render(_ actions: [Action], finished: [FinishedAction] = []) -> String {
        CalendarRenderer.ics(actions, upcoming: [], finished: finished, entries: [], config: JournalConfig(), form: .event, today: today)
    }

    @Test func theDueDayIsNotPartOfTheUID() {
        let early = uids(render([action(.notifyReferees, "Acme Corp", due: 24)]))
        let late = uids(render([action(.notifyReferees, "Acme Corp", due: 30, message: "Other words.")]))
        #expect(early == late)
        #expect(early.count == 1)
        #expect(early[0].hasSuffix("@journal"))
        // Opaque: 16 hex digits, nothing of the company, path or host.
        let hex = early[0].dropLast("@journal".count)
        #expect(hex.count == 16 && hex.allSatisfy(\.isHexDigit))
    }

    @Test func companiesMatchAsApplicationsDo() {
        #expect(uids(render([action(.connect, "Acme Corp", due: 24)])) == uids(render([action(.connect, "acme corp.", due: 25)])))
        #expect(uids(render([action(.connect, "Acme Corp", due: 24)])) != uids(render([action(.connect, "Globex", due: 24)])))
    }

    @Test func theUsersOwnStepsAreToldApartByTheirText() {
        let a = CalendarRenderer.uid(kind: "next-step", application: "acme\u{1F}", path: "a.md", ordinal: nil, step: "Send the link.")
        let b = CalendarRenderer.uid(kind: "next-step", application: "acme\u{1F}", path: "a.md", ordinal: nil, step: "Call Bill.")
        let moved = CalendarRenderer.uid(kind: "next-step", application: "acme\u{1F}", path: "b.md", ordinal: nil, step: "Send the link.")
        #expect(a != b)
        #expect(a == moved)
        let first = CalendarRenderer.uid(kind: "follow-up", application: "acme\u{1F}", path: "a.md", ordinal: 1, step: nil)
        let second = CalendarRenderer.uid(kind: "follow-up", application: "acme\u{1F}", path: "a.md", ordinal: 2, step: nil)
        #expect(first != second)
    }

    /// Two open steps with the same text keep one UID each; a finished item that is open
    /// again (the same identity) is written once, as the open one.
    @Test func collisionsStayUnique() {
        let twice = uids(render([action(.nextStep, "Acme", due: 24, message: "Call."), action(.nextStep, "Acme", due: 25, message: "Call.", path: "b.md")]))
        #expect(twice.count == 2 && Set(twice).count == 2)
        let done = FinishedAction(kind: "next-step", company: "Acme", role: "", day: CalendarDay(year: 2026, month: 11, day: 20)!, state: .done,
                                  message: "Call.", path: "c.md", line: 3, ordinal: nil, step: "Call.")
        let text = render([action(.nextStep, "Acme", due: 24, message: "Call.")], finished: [done])
        #expect(uids(text).count == 1)
        #expect(!text.contains("Done: "))
    }
}
