import Foundation
import JournalKit

/// Entries for tests, read from inline Markdown with the real reader.
package enum TestEntries {
    package static func entry(_ path: String, _ text: String) -> Entry {
        let result = EntryReader().read(path: path, bytes: Array(text.utf8))
        guard let entry = result.entry else { fatalError("no entry for \(path): \(result.diagnostics)") }
        return entry
    }

    /// The package root (three folders above this file).
    package static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `journal-example/`.
    package static var exampleJournal: String { packageRoot.appendingPathComponent("journal-example").path }

    /// The fixture journal shared with the CLI tests.
    package static var practiceJournal: String { packageRoot.appendingPathComponent("Tests/JournalCLITests/Fixtures/practice-journal").path }
}
