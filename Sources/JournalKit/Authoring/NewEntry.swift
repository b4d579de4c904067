import Foundation

/// Creates a new entry file without ever touching an existing one.
package enum NewEntry {
    /// The most `-N` suffixes tried before giving up.
    package static let maxAttempts = 999

    /// `YYYY-MM-DD-company-slug[-stage]`, safe as a file name whatever the inputs; the
    /// company keeps letters of any script (`2026-03-05-星云科技-technical`), so that the
    /// file name still says whose interview it was.
    package static func fileStem(company: String, stage: String, date: CalendarDay) -> String {
        var stem = "\(date)-\(Slug.make(company, keepingScripts: true))"
        let stageSlug = Slug.make(stage, maxLength: 30, fallback: "")
        if !stageSlug.isEmpty { stem += "-\(stageSlug)" }
        return stem
    }

    /// Creates `stem.md` in `directory`, or `stem-2.md`, `stem-3.md`... when it exists
    /// (each attempt is an exclusive create, so a file is never replaced, even in a race).
    /// Returns the name of the file created.
    package static func create(_ contents: String, in directory: String, stem: String) throws -> String {
        for attempt in 1...maxAttempts {
            let name = attempt == 1 ? "\(stem).md" : "\(stem)-\(attempt).md"
            if try AtomicFile.create(contents, at: (directory as NSString).appendingPathComponent(name)) {
                return name
            }
        }
        throw AtomicFile.WriteError(description: "cannot create \(stem).md in \(directory): it and \(maxAttempts - 1) numbered variants already exist")
    }
}
