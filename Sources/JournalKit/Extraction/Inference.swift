import Foundation

/// Fills in what the front-matter does not say (DESIGN 3.2), marking each value as inferred.
enum Inference {
    /// File names that say nothing about the company: the folder name is used instead.
    static let genericNames: Set<String> = [
        "notes", "note", "readme", "index", "interview", "interviews", "interview experience", "interviewexperience",
        "interviewexperienc", "experience", "feedback", "summary", "journal", "log", "untitled",
    ]

    static func entry(path: String, frontMatter fm: FrontMatter, firstHeading: MarkdownBlock?, diagnostics: inout [Diagnostic]) -> Entry {
        let (stem, folder) = pathParts(path)
        let heading = firstHeading.map { Inference.headingText($0) }
        let headingLine = firstHeading?.line ?? 1

        let title: Sourced<String>
        if let t = fm.title { title = Sourced(t, from: .frontMatter) }
        else if let h = heading, !h.isEmpty { title = Sourced(h, from: .heading) }
        else { title = Sourced(stem, from: .fileName) }

        var entry = Entry(path: path, title: title)
        entry.role = fm.role
        entry.stage = fm.stage
        entry.round = fm.round
        entry.interviewers = fm.interviewers
        entry.decisionBy = fm.decisionBy
        entry.thankYou = fm.thankYou
        entry.followUps = fm.followUps
        entry.refereesNotified = fm.refereesNotified
        entry.outcome = fm.outcome
        entry.fit = fm.fit
        entry.extra = fm.extra
        entry.fieldLines = fm.fieldLines
        entry.time = fm.time

        func note(_ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(.note, SourceLocation(path: path, line: line, column: 1), message, help: FormatDoc.inference))
        }

        // Date: front-matter, file name, first heading (git history is asked later, once for the journal).
        if let d = fm.date {
            entry.date = Sourced(d, from: .frontMatter)
        } else if let d = findDate(in: stem) {
            entry.date = Sourced(d, from: .fileName)
            note(1, "the interview date \(d) comes from the file name; state it with `date: \(d)` in the front-matter")
        } else if let h = heading, let d = findDate(in: h) {
            entry.date = Sourced(d, from: .heading)
            entry.fieldLines["date"] = headingLine
            note(headingLine, "the interview date \(d) comes from the first heading; state it with `date: \(d)` in the front-matter")
        }

        // Company: front-matter, folder name for generic file names, else the title.
        if let c = fm.company {
            entry.company = Sourced(c, from: .frontMatter)
        } else {
            let generic = genericNames.contains(TextKey.normalize(stem)) || genericNames.contains(stem.lowercased())
            if generic, !folder.isEmpty, var c = cleanCompany(folder) {
                // "hooli/notes.md" titled "# Hooli — 2026-11-12": keep the title's spelling of the same name.
                if let fromTitle = companyFromTitle(title.value, source: title.source),
                   TextKey.normalize(fromTitle) == TextKey.normalize(c) { c = fromTitle }
                entry.company = Sourced(c, from: .folderName)
                note(1, "the company '\(c)' comes from the folder name; state it with `company: \(c)` in the front-matter")
            } else if let c = companyFromTitle(title.value, source: title.source) {
                let source: Provenance = title.source == .frontMatter ? .title : title.source
                entry.company = Sourced(c, from: source)
                let whence = source == .heading ? "the first heading" : source == .title ? "the title" : "the file name"
                note(title.source == .heading ? headingLine : 1, "the company '\(c)' comes from \(whence); state it with `company: \(c)` in the front-matter")
            }
        }
        return entry
    }

    /// The file name without its extension, and the name of the folder holding the file.
    static func pathParts(_ path: String) -> (stem: String, folder: String) {
        var copy = path
        if let parts = copy.withUTF8(plainPathParts) { return parts }
        let fileName = (path as NSString).lastPathComponent
        let stem = (fileName as NSString).deletingPathExtension
        let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        return (stem, folder)
    }

    /// `pathParts` cut on bytes for what discovery lists: an ASCII relative path such as
    /// `hooli/notes.md`, no doubled or trailing slash, ending in `.md` or `.markdown`.
    /// `NSString`'s path methods bridge on Linux and cost more than the rest of inference;
    /// any other path is left to them.
    private static func plainPathParts(_ bytes: UnsafeBufferPointer<UInt8>) -> (stem: String, folder: String)? {
        let slash = UInt8(ascii: "/")
        guard let first = bytes.first, first != slash, bytes.last != slash else { return nil }
        var lastSlash = -1, previousSlash = -1
        for (i, b) in bytes.enumerated() {
            if b >= 0x80 { return nil }
            if b == slash {
                if lastSlash == i - 1 { return nil }
                previousSlash = lastSlash
                lastSlash = i
            }
        }
        let nameStart = lastSlash + 1
        guard let dot = bytes[nameStart...].lastIndex(of: UInt8(ascii: ".")), dot > nameStart else { return nil }
        let ext = String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)...]), as: UTF8.self).lowercased()
        guard ext == "md" || ext == "markdown" else { return nil }
        let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<dot]), as: UTF8.self)
        let folder = lastSlash < 0 ? "" : String(decoding: UnsafeBufferPointer(rebasing: bytes[(previousSlash + 1)..<lastSlash]), as: UTF8.self)
        return (stem, folder)
    }

    /// The first heading as one line of text, without its tags.
    static func headingText(_ heading: MarkdownBlock) -> String {
        let text = TagScanner.scan(heading.inline).text
        // Splitting walks characters; a heading on one line (nearly all) has nothing to join.
        guard text.includesByte(10) else { return text.trimmingSpaces() }
        return text.split(separator: "\n").joined(separator: " ").trimmingSpaces()
    }

    /// "11. AppBrew (remote)" → "AppBrew"; "acme_corp" → "acme corp".
    static func cleanCompany(_ text: String) -> String? {
        var t = text
        if let r = t.range(of: #"^\d+\s*[.)_-]\s*"#, options: .regularExpression) { t.removeSubrange(r) }
        if let r = t.range(of: #"\s*[\(\[{].*$"#, options: .regularExpression) { t.removeSubrange(r) }
        t = t.replacingOccurrences(of: "_", with: " ").trimmingSpaces()
        return t.isEmpty ? nil : t
    }

    private static let stageWords: Set<String> = [
        "phone", "screen", "phone-screen", "recruiter", "technical", "tech", "take-home", "takehome", "onsite", "on-site",
        "final", "offer", "interview", "round", "notes", "hr", "call", "loop", "reference", "check", "prep", "experience",
    ]

    /// The company part of a title: "Acme Corp — onsite" → "Acme Corp";
    /// for a file name, "2026-11-18-acme-onsite" → "acme".
    static func companyFromTitle(_ title: String, source: Provenance) -> String? {
        if source == .fileName {
            var t = title
            if let r = t.range(of: #"^\d{4}-\d{1,2}-\d{1,2}[-_ ]*"#, options: .regularExpression) { t.removeSubrange(r) }
            let words = t.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
                .filter { !stageWords.contains($0.lowercased()) && !$0.allSatisfy(\.isNumber) }
            let joined = words.joined(separator: " ")
            return joined.isEmpty ? nil : joined
        }
        for separator in [" — ", " – ", " | ", " - ", ": ", ", "] {
            if let r = title.range(of: separator) {
                let head = String(title[..<r.lowerBound]).trimmingSpaces()
                if !head.isEmpty { return cleanCompany(head) ?? head }
            }
        }
        return cleanCompany(title)
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// A date written as `2026-11-18` (also `2026-1-5`), `14 Mar 2024`, `March 3, 2026` or `Dec 31 2025`.
    static func findDate(in text: String) -> CalendarDay? {
        if let r = text.range(of: #"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)"#, options: .regularExpression) {
            let parts = text[r].split(separator: "-").compactMap { Int($0) }
            if parts.count == 3, let d = CalendarDay(year: parts[0], month: parts[1], day: parts[2]) { return d }
        }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (i, word) in words.enumerated() {
            guard let month = months[String(word)] else { continue }
            // Month Day Year
            if i + 2 < words.count, let day = Int(words[i + 1]), let year = Int(words[i + 2]), words[i + 2].count == 4,
               let d = CalendarDay(year: year, month: month, day: day) { return d }
            // Day Month Year
            if i >= 1, i + 1 < words.count, let day = Int(words[i - 1]), let year = Int(words[i + 1]), words[i + 1].count == 4,
               let d = CalendarDay(year: year, month: month, day: day) { return d }
        }
        return nil
    }
}
