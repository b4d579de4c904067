/// How `journal lsp` was started: the journal, the day that "today" means, the debounce.
package struct ServerSettings: Sendable, Hashable {
    /// Absolute path of the journal root (found as for every command).
    package var root: String
    /// The day for "due" and "thank-you sent today" (`--today`, else the local day).
    package var today: CalendarDay
    /// Seconds to wait after the last change of a buffer before checking it again.
    package var debounce: Double
    /// Where `docs/format.md` and its siblings are, as a URL ending in "/", for the
    /// diagnostics' `codeDescription` links; nil for no links.
    package var docsURL: String?
    /// Use `.journal/cache/` for the notes on disk.
    package var useCache: Bool

    package init(root: String, today: CalendarDay, debounce: Double = 0, docsURL: String? = nil, useCache: Bool = true) {
        self.root = root
        self.today = today
        self.debounce = debounce
        self.docsURL = docsURL
        self.useCache = useCache
    }
}
