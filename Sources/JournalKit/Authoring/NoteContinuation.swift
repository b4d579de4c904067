import Foundation

/// What `journal new` carries into the next note of an application it continues: the
/// company as spelled before, the role, the interviewers of the latest note, the next
/// round, and the `application:` name when the notes have one.
package struct NoteContinuation: Sendable, Hashable {
    package var company: String
    package var role: String
    package var interviewers: [Interviewer]
    package var round: Int
    package var applicationName: String?
    /// How many notes the application has so far.
    package var notes: Int
    /// The folder of the latest note, relative to the journal ("acme"), or "" at the top:
    /// the next note goes beside it, where the user keeps that application.
    package var folder: String

    package init(_ application: Application) {
        let latest = application.latest
        company = application.company
        role = application.role
        interviewers = latest.interviewers
        // The next number after the highest recorded, else after the notes there are.
        round = (application.entries.compactMap(\.round).max() ?? application.entries.count) + 1
        applicationName = application.entries.lazy.compactMap { ApplicationKey.applicationName(in: $0.extra) }.last
        notes = application.entries.count
        folder = (latest.path as NSString).deletingLastPathComponent
    }

    /// The changes that write it into a new note's front-matter (made from a template):
    /// the interviewers as "Name (Title)" items, `round`, and `application`.
    package var changes: [FrontMatterChange] {
        var changes: [FrontMatterChange] = []
        for person in interviewers {
            let item = person.title.map { "\(person.name) (\($0))" } ?? person.name
            changes.append(FrontMatterChange(key: "interviewers", aliases: FrontMatterChange.knownAliases(of: "interviewers"), operation: .append(.text(item))))
        }
        changes.append(FrontMatterChange(key: "round", operation: .set(.integer(round), .replace)))
        if let applicationName {
            changes.append(FrontMatterChange(key: ApplicationKey.frontMatterKey, operation: .set(.text(applicationName), .replace)))
        }
        return changes
    }

    /// `text` (a new note) with the continuation written in, or nil when its front-matter
    /// cannot take it safely.
    package func apply(to text: String) -> String? {
        var bytes = Array(text.utf8)
        for change in changes {
            switch try? FrontMatterEditor.apply([change], to: bytes) {
            case .edited(let edit)?: bytes = edit.edited
            case .alreadyRecorded?: continue
            case nil: return nil
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
