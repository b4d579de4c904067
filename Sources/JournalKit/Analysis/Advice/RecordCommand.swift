/// The `journal log` command that records an action as done, so that going from "what is
/// due" to "done" never needs the front-matter edited by hand.
///
/// The application is named by its company as the user would type it (quoted for the
/// shell when it needs to be), with `--file` when the company has several applications.
struct RecordCommand {
    /// Company keys (`ApplicationKey.company`) that name more than one application.
    let sharedCompanies: Set<String>

    init(_ applications: [Application.Members], of entries: [Entry]) {
        var count: [String: Int] = [:]
        for members in applications { count[ApplicationKey.company(entries[members.latest].companyName), default: 0] += 1 }
        sharedCompanies = Set(count.filter { $0.value > 1 }.keys)
    }

    /// `journal log COMPANY EVENT`, with `--file PATH` when the company alone is ambiguous.
    /// - Parameter event: the event and its value as typed (`thank-you`, `connected 'Mei Chen'`).
    func command(_ application: Application, _ event: String, file: String) -> String {
        var words = ["journal", "log", Self.shellWord(application.company), event]
        if sharedCompanies.contains(ApplicationKey.company(application.company)) { words += ["--file", Self.shellWord(file)] }
        return words.joined(separator: " ")
    }

    /// `text` as one shell word: as it is when it holds only safe characters, else in
    /// single quotes.
    static func shellWord(_ text: String) -> String {
        let safe = !text.isEmpty && text.unicodeScalars.allSatisfy { s in
            s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || "._-/+@:=,".unicodeScalars.contains(s))
        }
        return safe ? text : "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
