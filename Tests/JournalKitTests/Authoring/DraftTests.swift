import Foundation
import Testing
@testable import JournalKit

/// Draft emails: the mailto: link decodes back to the draft, templates fill and fail as
/// documented, questions become topics.
@Suite struct DraftTests {
    /// Splits a mailto: URL into its recipients and its percent-decoded header fields.
    func decode(_ url: String) throws -> (to: String, fields: [String: String]) {
        #expect(url.hasPrefix("mailto:"))
        let rest = url.dropFirst("mailto:".count)
        let parts = rest.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        var fields: [String: String] = [:]
        for pair in parts[1].split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            fields[String(kv[0])] = try #require(String(kv[1]).removingPercentEncoding)
        }
        return (try #require(String(parts[0]).removingPercentEncoding), fields)
    }

    @Test func mailtoDecodesBackToTheSameSubjectAndBody() throws {
        let subject = "Thank you — 100% & more? #1 +a=b/c"
        let body = "Dear Dana, Raj and Mei,\r\n\nThank you for \"the final round\" at 星云科技; café & co.\n\nBest regards,\n~Sam_(x)"
        let url = DraftMailto.url(to: "dana@acme.example, raj+jobs@acme.example", subject: subject, body: body)
        let decoded = try decode(url)
        #expect(decoded.to == "dana@acme.example,raj+jobs@acme.example")
        #expect(decoded.fields["subject"] == subject)
        // RFC 6068: line breaks of the body are CRLF in the link.
        #expect(decoded.fields["body"] == body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(decoded.fields.count == 2)
        // Nothing a mail program would read as a separator, a plus-for-space or a fragment is left raw.
        let query = url.split(separator: "?", maxSplits: 1)[1]
        for raw in [" ", "+", "#", "\n", "\"", ";", "/"] { #expect(!query.contains(raw), "raw \(raw) in \(query)") }
        #expect(url.hasPrefix("mailto:dana@acme.example,raj+jobs@acme.example?subject=Thank%20you%20%E2%80%94%20100%25%20%26%20more%3F%20%231%20%2Ba%3Db%2Fc&body=Dear%20Dana%2C"))
    }

    @Test func aDraftOfTheExampleDecodesBack() throws {
        let draft = DraftTemplate.builtIn(.followUp).render(DraftValues(["company": "Acme Corp", "greeting": "Acme Corp team", "the_role": "the position",
                                                                          "the_round": "the onsite", "date": "November 18", "decision_date": ""]))
        let decoded = try decode(draft.mailto(to: ""))
        #expect(decoded.to == "")
        #expect(decoded.fields["subject"] == draft.subject)
        #expect(decoded.fields["body"]?.replacingOccurrences(of: "\r\n", with: "\n") == draft.body)
    }

    @Test func builtInTemplatesParse() throws {
        for kind in DraftKind.allCases { _ = try DraftTemplate(kind.builtIn, path: kind.relativePath) }
    }

    @Test func linesWithAnEmptyPlaceholderAreLeftOut() throws {
        let template = try DraftTemplate("Subject: Hi {{role}} at {{company}}\n\nDear {{greeting}},\n\nAbout {{topic}}.\n\n\nThanks.\n\n", path: "t.txt")
        let draft = template.render(DraftValues(["company": "Hooli", "greeting": "Hooli team", "role": "", "topic": ""]))
        #expect(draft.subject == "Hi at Hooli")
        #expect(draft.text == "Subject: Hi at Hooli\n\nDear Hooli team,\n\nThanks.\n")
    }

    @Test func templateErrorsSayWhere() throws {
        do {
            _ = try DraftTemplate("Subject: {{company}}\r\n\r\nCafé {{ topc }} and {{Company}} {{asked\n", path: ".journal/drafts/thank-you.txt")
            Issue.record("no error")
        } catch {
            #expect(error.diagnostics.map { "\($0.location): \($0.message)" } == [
                ".journal/drafts/thank-you.txt:3:7: unknown placeholder {{ topc }}; the placeholders are company, role, the_role, interviewers, first_interviewer, greeting, stage, the_round, round, date, decision_date, topic, topics, asked.",
                ".journal/drafts/thank-you.txt:3:34: '{{' is not closed with '}}' on this line; write a placeholder as {{company}}.",
            ])
        }
        do {
            _ = try DraftTemplate("Dear {{greeting}}\n", path: "t.txt")
            Issue.record("no error")
        } catch {
            #expect(error.diagnostics.map { "\($0.location): \($0.message)" } == ["t.txt:1:1: a draft template starts with a 'Subject: ...' line, then a blank line and the body."])
        }
    }

    @Test func questionsBecomeTopics() {
        #expect(DraftTopic.phrase("How would you shard a write-heavy table?") == "how to shard a write-heavy table")
        #expect(DraftTopic.phrase("Walk me through a system you designed end to end.") == "a system I designed end to end")
        #expect(DraftTopic.phrase("Implement an LRU cache with `O(1)` get and put.") == "implementing an LRU cache with O(1) get and put")
        #expect(DraftTopic.phrase("Explain how a Kubernetes rolling update works.") == "how a Kubernetes rolling update works")
        #expect(DraftTopic.phrase("An incident is happening. What do you do?") == "\u{201C}An incident is happening. What do you do\u{201D}")
        let note = entry("""
            ---
            company: Acme
            date: 2026-11-18
            ---
            ## Questions
            - Tell me about a time you disagreed with your manager.
            - Why Acme?
            - How would you shard a write-heavy table? #hard
            - What are your salary expectations?
            - Design a rate limiter. #system-design
            - Reverse a linked list
            """)
        #expect(DraftTopic.topics(note) == ["designing a rate limiter", "reversing a linked list"])
        #expect(DraftTopic.topics(note, limit: 3) == ["designing a rate limiter", "reversing a linked list", "how to shard a write-heavy table"])
    }

    @Test func valuesOfANoteWithoutInterviewersOrRole() {
        let note = entry("# Hooli — 2026-11-12\n\n# Round 1\n- design a URL shortener\n", path: "hooli/notes.md")
        let application = Application.group([note])[0]
        let values = DraftValues(application: application, entry: note, today: CalendarDay(iso: "2027-01-05")!)
        #expect(values["greeting"] == "Hooli team")
        #expect(values["interviewers"] == "")
        #expect(values["the_role"] == "the position")
        #expect(values["date"] == "November 12, 2026")
        #expect(values["topic"] == "designing a URL shortener")
    }
}
