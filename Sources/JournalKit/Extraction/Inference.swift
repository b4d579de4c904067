import Foundation

/// Fills in what the front-matter does not say (DESIGN 3.2), marking each value as inferred.
enum Inference {
    /// The patterns of file names, titles and dates, compiled once.
    enum Regexes {
        static let newFileName = CachedRegex(#"^\d{4}-\d{2}-\d{2}-."#)
        static let numberPrefix = CachedRegex(#"^\d+\s*[.)_-]\s*"#)
        static let bracketTail = CachedRegex(#"\s*[\(\[{].*$"#)
        static let datePrefix = CachedRegex(#"^\d{4}-\d{1,2}-\d{1,2}[-_ ]*"#)
        static let isoDate = CachedRegex(#"(?<!\d)\d{4}[-/年.]\d{1,2}[-/月.]\d{1,2}(?!\d)"#)
    }

    /// File names that say nothing about the company: the folder name is used instead.
    static let genericNames: Set<String> = [
        "notes", "note", "readme", "index", "interview", "interviews", "interview experience", "interviewexperience",
        "interviewexperienc", "experience", "feedback", "summary", "journal", "log", "untitled",
    ]

    static func entry(path: String, frontMatter fm: FrontMatter, firstHeading: MarkdownBlock?, blocks: [MarkdownBlock],
                      diagnostics: inout [Diagnostic]) -> Entry {
        let (stem, _) = pathParts(path)
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

        // Date: front-matter, file name, a full date in the folders, the earliest round heading or
        // `Date:` line, prose near the top, a month in the folders (git history is asked later).
        // A blog post's file name (`_posts/2022-08-14-…`) dates the post, not the interview: a date in its text comes first.
        let post = path.split(separator: "/").contains("_posts")
        let bodyDate = post && fm.date == nil ? DateInference.fromBody(blocks, skippingLine: nil) : nil
        if let d = fm.date {
            entry.date = Sourced(d, from: .frontMatter)
        } else if bodyDate == nil, let d = findDate(in: stem) {
            entry.date = Sourced(d, from: .fileName)
            note(1, "the interview date \(d) comes from the file name; state it with `date: \(d)` in the front-matter")
        } else if let found = bodyDate ?? DateInference.fromFolders(path) ?? DateInference.fromBody(blocks, skippingLine: nil) ?? DateInference.monthFromFolders(path) {
            let title = found.source == .sectionHeading && found.line == headingLine && firstHeading != nil
            entry.date = Sourced(found.day, from: title ? .heading : found.source)
            if found.line > 1 || title { entry.fieldLines["date"] = found.line }
            note(found.line, "the interview date \(found.day) comes from \(title ? "the first heading" : found.whence); state it with `date: \(found.day)` in the front-matter")
        }

        // Company: front-matter; for a note without front-matter, the company in a file name
        // that `journal new` wrote; the folder for generic file names; else the title.
        entry.company = company(path: path, frontMatter: fm, stem: stem, title: title, firstHeading: firstHeading, blocks: blocks, note: note)

        // Stage: front-matter, the words of the file name, the first heading.
        if fm.stage == nil {
            if let (stage, phrase) = StageInference.stage(inFileName: stem) {
                entry.stage = stage
                entry.inferred["stage"] = .fileName
                note(1, "the stage '\(stage)' comes from '\(phrase)' in the file name; state it with `stage: \(stage)` in the front-matter")
            } else if let h = heading, let (stage, phrase) = StageInference.stage(in: h) {
                entry.stage = stage
                entry.inferred["stage"] = .heading
                entry.fieldLines["stage"] = headingLine
                note(headingLine, "the stage '\(stage)' comes from '\(phrase)' in the first heading; state it with `stage: \(stage)` in the front-matter")
            }
        }

        return entry
    }

    /// Folder names that say nothing about the company: the folder above is used instead.
    static let genericFolders: Set<String> = [
        "my interview", "my interviews", "interview", "interviews", "notes", "note", "interview notes", "interview experience",
        "interview experiences", "experience", "experiences", "companies", "company", "docs", "content", "posts", "post", "_posts",
        "journal", "entries", "rounds", "onsite", "phone screen", "src", "data", "archive", "applications", "jobs", "job search",
    ]

    static func isGeneric(_ name: String) -> Bool {
        genericNames.contains(TextKey.normalize(name)) || genericNames.contains(name.lowercased())
    }

    /// The folder that names the company of a generically named file: the nearest folder
    /// that is neither generic (`Interview/`, `notes/`), a date or year (`2024/`, `03-14/`, `Y2026/`),
    /// a role (`Python Developer/`, `SDE1/`) nor a round (`Coding Round/`, `Online Test/`, `Set-2/`).
    static func companyFolder(_ path: String) -> String? {
        for folder in path.split(separator: "/").dropLast().reversed() {
            let name = String(folder)
            let key = TextKey.normalize(name)
            if isGeneric(name) || genericFolders.contains(key) { continue }
            if name.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) { continue }
            if name.count == 5, name.first == "Y" || name.first == "y", name.dropFirst().allSatisfy(\.isNumber) { continue }
            if DateInference.monthFromFolders(name + "/x") != nil { continue }
            if CompanyPhrase.namesARoleOrRound(name) { continue }
            return cleanCompany(name)
        }
        return nil
    }

    /// The company of a file name as `journal new` writes it (`2026-03-05-lumen-labs-recruiter`):
    /// a date, then the company, then the stage.
    static func companyFromNewFileName(_ stem: String) -> String? {
        guard Regexes.newFileName.firstRange(in: stem) != nil else { return nil }
        return companyFromTitle(stem, source: .fileName)
    }

    /// The words of `company` as the heading spells them: "lumen labs" in "Lumen Labs recruiter call 3/3" is "Lumen Labs".
    static func spelling(of company: String, in heading: String) -> String? {
        let want = TextKey.normalize(company)
        let words = heading.split(separator: " ")
        for start in words.indices {
            for end in start..<min(words.count, start + 6) {
                let candidate = words[start...end].joined(separator: " ")
                let key = TextKey.normalize(candidate)
                if key == want { return candidate.trimmingCharacters(in: .punctuationCharacters) }
                if key.count > want.count { break }
            }
        }
        return nil
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
        if let r = Regexes.numberPrefix.firstRange(in: t) { t.removeSubrange(r) }
        if let r = Regexes.bracketTail.firstRange(in: t) { t.removeSubrange(r) }
        t = t.replacingOccurrences(of: "_", with: " ").trimmingSpaces()
        return t.isEmpty ? nil : t
    }

    private static let stageWords: Set<String> = [
        "phone", "screen", "phone-screen", "recruiter", "technical", "tech", "take-home", "takehome", "onsite", "on-site",
        "final", "offer", "interview", "round", "notes", "hr", "call", "loop", "reference", "check", "prep", "experience",
        "hybrid", "remote", "virtual", "campus", "placement", "placements", "drive", "oa", "assessment", "selected", "rejected",
    ]

    /// A word of a file name that names a role or a level, never a company: "sde2", "L1", "intern", "frontend".
    static func isRoleOrLevel(_ word: Substring) -> Bool {
        let w = word.lowercased()
        if w.count == 2, w.first == "l", w.last?.isNumber == true { return true }
        return CompanyPhrase.roleNouns.contains(w) || ["frontend", "backend", "fullstack", "sde", "swe", "intern"].contains(w)
    }

    /// The company part of a title: "Acme Corp — onsite" → "Acme Corp";
    /// for a file name, "2026-11-18-acme-onsite" → "acme".
    static func companyFromTitle(_ title: String, source: Provenance) -> String? {
        if source == .fileName {
            var t = title
            if let r = Regexes.datePrefix.firstRange(in: t) { t.removeSubrange(r) }
            var words = t.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
            // "fenwick-pay-sde2", "Lumora_L1_React_Node": the name ends where a role or level begins.
            if let cut = words.indices.dropFirst().first(where: { isRoleOrLevel(words[$0]) }) { words = Array(words[..<cut]) }
            words = words.filter { !stageWords.contains($0.lowercased()) && !$0.allSatisfy(\.isNumber) }
            let joined = words.joined(separator: " ")
            return joined.isEmpty ? nil : joined
        }
        for separator in [" — ", " – ", " | ", " - ", ": ", ", "] {
            if let r = title.range(of: separator) {
                let head = String(title[..<r.lowerBound]).trimmingSpaces()
                if !head.isEmpty { return (cleanCompany(head) ?? head).flatMap(CompanyPhrase.company) ?? head }
            }
        }
        // "Any suggestions on improving this process?" asks something; it names no company.
        if title.hasSuffix("?") || title.hasSuffix("？") { return nil }
        return cleanCompany(title).flatMap(CompanyPhrase.company)
    }

    /// "Dec 2025", "March-2026": a month name followed by a year.
    static func findMonthAndYear(in text: String) -> (Int, Int)? {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (i, word) in words.enumerated() where i + 1 < words.count {
            if let m = months[String(word)], words[i + 1].count == 4, let y = Int(words[i + 1]), y >= 1990 { return (y, m) }
        }
        return nil
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
        // Spanish, Portuguese, German.
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9,
        "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
        "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
        "novembro": 11, "dezembro": 12,
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    ]

    /// Words between the parts of a date: "3 de marzo de 2025", "the 4th of March 2026".
    private static let dateFillers: Set<Substring> = ["de", "del", "of"]

    /// A date written as `2026-11-18` (also `2026-1-5`, `2026/11/18`, `2026.11.18`, `2026年11月18日`), `14 Mar 2024`,
    /// `March 3, 2026`, `March 4th, 2026`, `Dec 31 2025`, or `14/03/2024` when the day is above 12
    /// (`03/04/2024` could be either, and is not read).
    static func findDate(in text: String) -> CalendarDay? {
        guard text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        if let r = Regexes.isoDate.firstRange(in: text) {
            let parts = text[r].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            if parts.count == 3, let d = CalendarDay(year: parts[0], month: parts[1], day: parts[2]) { return d }
        }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { word -> Substring in
            // "4th", "1st", "22nd", "3rd": the number.
            for suffix in ["st", "nd", "rd", "th"] where word.count > 2 && word.hasSuffix(suffix) && word.dropLast(2).allSatisfy(\.isNumber) {
                return word.dropLast(2)
            }
            return word
        }.filter { !dateFillers.contains($0) }
        for (i, word) in words.enumerated() {
            guard let month = months[String(word)] else {
                // 14/03/2024, 14.03.2024
                if i + 2 < words.count, word.count <= 2, words[i + 1].count <= 2, words[i + 2].count == 4,
                   let a = Int(word), let b = Int(words[i + 1]), let y = Int(words[i + 2]), y >= 1990 {
                    if a > 12, let d = CalendarDay(year: y, month: b, day: a) { return d }
                    if b > 12, let d = CalendarDay(year: y, month: a, day: b) { return d }
                }
                continue
            }
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
