/// What `journal due` lists for an application before and after one of its notes is
/// edited (`journal log` prints it after recording what was done).
package struct DueChange: Sendable {
    /// Actions listed before and no longer: done.
    package var gone: [Action]
    /// What is listed for the application after the edit.
    package var next: [Action]

    /// The change that writing `bytes` to the note at `path` makes, or nil when the note
    /// is not an entry of `journal` or its new text is not one.
    package init?(journal: Journal, path: String, bytes: [UInt8], today: CalendarDay) {
        var after = journal.entries
        guard let index = after.firstIndex(where: { $0.path == path }),
              let entry = EntryReader(config: journal.config).read(path: path, bytes: bytes).entry else { return nil }
        after[index] = entry
        let paths = Set(Application.group(after).first { $0.entries.contains { $0.path == path } }?.entries.map(\.path) ?? [path])
        func actions(_ entries: [Entry]) -> [Action] {
            AdviceEngine.actions(for: entries, today: today, config: journal.config, firstCommitDays: journal.firstCommitDays)
                .filter { paths.contains($0.path) }
        }
        struct Key: Hashable { var kind: Action.Kind; var path: String; var message: String }
        let before = actions(journal.entries)
        next = actions(after)
        let still = Set(next.map { Key(kind: $0.kind, path: $0.path, message: $0.message) })
        gone = before.filter { !still.contains(Key(kind: $0.kind, path: $0.path, message: $0.message)) }
    }

    /// The lines `journal log` prints.
    package var text: String {
        func line(_ action: Action, text: String) -> String {
            "  \(action.due)  \(text)\(action.overdue ? " (overdue)" : "")"
        }
        var parts: [String] = []
        // What is gone is done: its "Then record it" sentence would only repeat the command just run.
        if !gone.isEmpty { parts.append("`journal due` no longer lists:\n" + gone.map { line($0, text: $0.advice) }.joined(separator: "\n")) }
        if next.isEmpty { parts.append("Nothing more is due for this application.") }
        else { parts.append("Next for this application:\n" + next.map { line($0, text: $0.message) }.joined(separator: "\n")) }
        return parts.joined(separator: "\n")
    }
}
