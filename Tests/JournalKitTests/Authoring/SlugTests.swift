import Testing
@testable import JournalKit

@Suite struct SlugTests {
    @Test(arguments: [
        ("Acme Corp", "acme-corp"),
        ("Société Générale", "societe-generale"),
        ("Straße & Söhne", "strasse-sohne"),
        ("Ørsted", "orsted"),
        ("Łódź Tech", "lodz-tech"),
        ("  Pied   Piper!  ", "pied-piper"),
        ("O'Reilly Media", "o-reilly-media"),
        ("3M", "3m"),
        ("../../etc/passwd", "etc-passwd"),
        (".hidden", "hidden"),
        ("a/b", "a-b"),
        ("..", "interview"),
        ("🚀", "interview"),
        ("東京 Labs", "labs"),
        ("A\nB", "a-b"),
        ("tab\there\u{0}nul", "tab-here-nul"),
        ("", "interview"),
    ])
    func slugs(_ input: String, _ expected: String) {
        #expect(Slug.make(input) == expected)
    }

    @Test func longNamesAreCutAtAWordBoundary() {
        let name = String(repeating: "word ", count: 40)
        let slug = Slug.make(name)
        #expect(slug.count <= Slug.maxLength)
        #expect(slug == Array(repeating: "word", count: 12).joined(separator: "-"))
        #expect(Slug.make(String(repeating: "x", count: 300)) == String(repeating: "x", count: 60))
    }

    @Test(arguments: ["../../etc/passwd", ".hidden", "a/b", String(repeating: "é/", count: 300), "🚀🎉", "\n", "\u{202E}evil\u{202C}",
                      "-rf", "C:\\Windows", "%2e%2e%2f", "\u{FF0F}fullwidth", "a\u{0301}\u{0301}\u{0301}"])
    func everySlugIsSafe(_ input: String) {
        let slug = Slug.make(input)
        #expect(!slug.isEmpty && slug.count <= Slug.maxLength)
        #expect(slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
        #expect(!slug.hasPrefix("-") && !slug.hasSuffix("-") && !slug.contains("--"))
    }

    @Test func fileStemsAddTheStage() {
        let day = CalendarDay(iso: "2026-11-18")!
        #expect(NewEntry.fileStem(company: "Acme Corp", stage: "onsite", date: day) == "2026-11-18-acme-corp-onsite")
        #expect(NewEntry.fileStem(company: "Acme Corp", stage: "", date: day) == "2026-11-18-acme-corp")
        #expect(NewEntry.fileStem(company: "🚀", stage: "🚀", date: day) == "2026-11-18-interview")
        // The company stays in the name whatever its script; accents still go, separators stay safe.
        #expect(NewEntry.fileStem(company: "星云科技", stage: "technical", date: day) == "2026-11-18-星云科技-technical")
        #expect(NewEntry.fileStem(company: "東京 Labs", stage: "", date: day) == "2026-11-18-東京-labs")
        #expect(NewEntry.fileStem(company: "Αθήνα / ../Ltd", stage: "", date: day) == "2026-11-18-αθηνα-ltd")
        #expect(NewEntry.fileStem(company: "Société Générale", stage: "", date: day) == "2026-11-18-societe-generale")
    }
}
