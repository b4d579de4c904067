/// When two notes belong to one application: the one rule `due`, `report`, `list`,
/// `prep`, `practice`, `log` and `new` share.
///
/// The notes of one company are one application, whatever their roles, unless an
/// `application:` key in the front-matter tells them apart (two roles at one company:
/// `application: backend`, `application: data`). A note without the key joins its
/// company's application when the company has exactly one named application; with
/// several, it forms one of its own. Companies and application names match ignoring
/// case, punctuation and spacing ("Acme Corp", "acme corp.", "ACME-Corp").
package enum ApplicationKey {
    /// The key two spellings of one company share.
    package static func company(_ name: String) -> String {
        let key = TextKey.normalize(name)
        return key.isEmpty ? name.lowercased() : key
    }

    /// The key two spellings of one application name (or role) share; empty for none.
    package static func name(_ text: String) -> String {
        TextKey.normalize(text)
    }

    /// The front-matter key that separates applications at one company.
    package static let frontMatterKey = "application"

    /// The `application:` value of a note's front-matter (any spelling of the key), or nil.
    package static func applicationName(in extra: [String: JSONValue]) -> String? {
        guard !extra.isEmpty else { return nil }
        for (key, value) in extra where FrontMatterDecoder.normalizeKey(key) == frontMatterKey {
            switch value {
            case .string(let s) where !s.trimmingSpaces().isEmpty: return s.trimmingSpaces()
            case .number(let n): return n == n.rounded() ? String(Int(n)) : String(n)
            default: return nil
            }
        }
        return nil
    }
}
