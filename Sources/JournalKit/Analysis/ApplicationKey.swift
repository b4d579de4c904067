/// When two notes belong to one application: the one rule `due`, `report`, `list`,
/// `prep`, `practice`, `log` and `new` share.
///
/// Companies match ignoring case, punctuation and spacing ("Acme Corp", "acme corp.",
/// "ACME-Corp"). Roles match the same way. Within a company, the notes are one
/// application unless an `application:` key (or, failing that, a different role) tells
/// them apart; a note without a role joins its company's only role.
public enum ApplicationKey {
    /// The key two spellings of one company share.
    public static func company(_ name: String) -> String {
        let key = SectionClassifier.normalize(name)
        return key.isEmpty ? name.lowercased() : key
    }

    /// The key two spellings of one role (or `application:` name) share; empty for none.
    public static func role(_ name: String) -> String {
        SectionClassifier.normalize(name)
    }
}
