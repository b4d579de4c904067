/// The stage of an interview that the front-matter does not state, from the words of the file
/// name (`2026-03-05-lumen-labs-recruiter.md`, as `journal new` writes it) or of the first
/// heading ("Lumen Labs recruiter call 3/3", "Acme — phone screen").
enum StageInference {
    /// Phrases (lowercase words joined by spaces) and the stage each names; longer phrases first.
    static let phrases: [(String, String)] = [
        ("phone screen", "phone-screen"), ("phone screening", "phone-screen"), ("phone interview", "phone-screen"),
        ("phone-screen", "phone-screen"), ("screening call", "phone-screen"), ("tech screen", "technical"),
        ("technical screen", "technical"), ("take home", "take-home"), ("take-home", "take-home"), ("takehome", "take-home"),
        ("on site", "onsite"), ("on-site", "onsite"), ("onsite", "onsite"), ("virtual onsite", "onsite"),
        ("final round", "final"), ("final interview", "final"), ("reference check", "reference-check"),
        ("recruiter", "recruiter"), ("hr round", "recruiter"), ("hr call", "recruiter"), ("hr interview", "recruiter"),
        ("technical round", "technical"), ("technical interview", "technical"), ("tech interview", "technical"),
        ("coding round", "technical"), ("system design", "technical"),
    ]

    /// The stage a file name ends with, as `journal new` writes it (`…-acme-technical`), else `stage(in:)`.
    static func stage(inFileName stem: String) -> (Stage, String)? {
        let words = stem.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        if let found = stage(in: words.joined(separator: " ")) { return found }
        if let last = words.last, Stage(String(last)).isKnown { return (Stage(String(last)), String(last)) }
        return nil
    }

    /// The stage and the phrase that named it.
    static func stage(in text: String) -> (Stage, String)? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" })
        guard !words.isEmpty else { return nil }
        let joined = " " + words.joined(separator: " ") + " "
        for (phrase, name) in phrases where joined.includes(" " + phrase + " ") {
            return (Stage(name), phrase)
        }
        return nil
    }
}
