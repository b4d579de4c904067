/// The interview date of a note whose front-matter and file name do not give one:
/// from the folders of its path, the headings of its rounds, a `Date:` line or the prose
/// near the top (DESIGN 3.2; issue 15, point 5).
enum DateInference {
    /// A date found, where it came from, the line it is on and what to call that place in a message.
    struct Found: Equatable {
        var day: CalendarDay
        var source: Provenance
        var line: Int
        var whence: String
    }

    /// How many blocks from the top count as "near the top" for a date in prose.
    static let proseBlocks = 8

    /// A full date in the folders of `path`: `2024/03-14/`, `2024/03/14/`, `2024-03-14/`.
    static func fromFolders(_ path: String) -> Found? {
        let folders = path.split(separator: "/").dropLast().map(String.init)
        for (i, folder) in folders.enumerated().reversed() {
            if let d = Inference.findDate(in: folder) { return Found(day: d, source: .folderPath, line: 1, whence: "the folder '\(folder)'") }
            // `2024/03-14`, `2024/03/14`, `2024/14.03` (a year folder, then month and day).
            guard i >= 1, let year = Int(folders[i - 1]), folders[i - 1].count == 4 else { continue }
            if let (m, d) = monthDay(folder), let day = CalendarDay(year: year, month: m, day: d) {
                return Found(day: day, source: .folderPath, line: 1, whence: "the folders '\(folders[i - 1])/\(folder)'")
            }
            if i + 1 < folders.count, let m = Int(folder), folder.count <= 2, let d = Int(folders[i + 1]), folders[i + 1].count <= 2,
               let day = CalendarDay(year: year, month: m, day: d) {
                return Found(day: day, source: .folderPath, line: 1, whence: "the folders '\(folders[i - 1])/\(folder)/\(folders[i + 1])'")
            }
        }
        return nil
    }

    /// A year and month in the folders of `path` (`2026-03`, `2026/03`, `March 2026`): the
    /// first of that month, the last resort when nothing else dates the note.
    static func monthFromFolders(_ path: String) -> Found? {
        let folders = path.split(separator: "/").dropLast().map(String.init)
        for (i, folder) in folders.enumerated().reversed() {
            let parts = folder.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." || $0 == " " })
            if parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), parts[1].count <= 2,
               let day = CalendarDay(year: y, month: m, day: 1), y >= 1990 {
                return Found(day: day, source: .folderPath, line: 1, whence: "the folder '\(folder)' (the first of that month)")
            }
            if let (y, m) = Inference.findMonthAndYear(in: folder), let day = CalendarDay(year: y, month: m, day: 1) {
                return Found(day: day, source: .folderPath, line: 1, whence: "the folder '\(folder)' (the first of that month)")
            }
            if i >= 1, folders[i - 1].count == 4, let y = Int(folders[i - 1]), y >= 1990, folder.count <= 2, let m = Int(folder),
               let day = CalendarDay(year: y, month: m, day: 1) {
                return Found(day: day, source: .folderPath, line: 1, whence: "the folders '\(folders[i - 1])/\(folder)' (the first of that month)")
            }
        }
        return nil
    }

    /// "03-14" or "03.14" → (3, 14).
    private static func monthDay(_ text: String) -> (Int, Int)? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "_" })
        guard parts.count == 2, parts.allSatisfy({ $0.count <= 2 }), let m = Int(parts[0]), let d = Int(parts[1]) else { return nil }
        return (m, d)
    }

    /// The earliest date of the round headings and `Date:` lines of the body
    /// ("## Round 2: System design (60 min) – March 4, 2026", "- **Date:** January 22, 2026"),
    /// else a date in the prose near the top.
    static func fromBody(_ blocks: [MarkdownBlock], skippingLine title: Int?) -> Found? {
        var earliest: Found?
        func consider(_ found: Found) {
            if earliest == nil || found.day < earliest!.day { earliest = found }
        }
        var stack = Array(blocks.reversed())
        while let block = stack.popLast() {
            switch block.kind {
            case .heading:
                guard block.line != title else { continue }
                let text = Inference.headingText(block)
                guard text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }), let d = Inference.findDate(in: text) else { continue }
                consider(Found(day: d, source: .sectionHeading, line: block.line, whence: "the heading '\(text)'"))
            case .paragraph:
                guard let (label, d) = dateField(block.inline) else { continue }
                consider(Found(day: d, source: .body, line: block.line, whence: "the line '\(label)' on line \(block.line)"))
            case .list, .item, .blockQuote:
                stack.append(contentsOf: block.children.reversed())
            case .codeBlock, .htmlBlock, .thematicBreak:
                continue
            }
        }
        if let earliest { return earliest }
        for block in blocks.prefix(proseBlocks) where block.kind == .paragraph && !namesAnotherDate(block.inline) {
            let text = block.inline.runs.filter { !$0.isCode }.map(\.text).joined()
            guard text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { continue }
            // A sentence about the interview, not a row of data ("3  Rahul 2022-09-04").
            for sentence in text.split(separator: "\n") {
                let lower = sentence.lowercased()
                guard proseCues.contains(where: { lower.includes($0) }), let d = Inference.findDate(in: String(sentence)) else { continue }
                return Found(day: d, source: .body, line: block.line, whence: "the text on line \(block.line)")
            }
        }
        return nil
    }

    /// Words of a sentence that dates the interview ("I interviewed on 4 March 2026", "the round was held on …").
    static let proseCues = [
        "interview", "round", "held", "scheduled", "took place", "happened", "attended", "appeared", "met ", "call", " on ",
        "面试", "entrevista", "gespräch",
    ]

    /// Leads that introduce the date of an interview in a field line.
    private static let dateLabels: Set<String> = ["date", "interview date", "date of interview", "when", "held on", "fecha", "datum", "data", "日期", "时间"]

    /// Dates that are not the interview's: `Offer date:`, `Joining date:`, `Applied on:`.
    static let otherDates = ["offer", "joining", "decision", "start", "deadline", "result", "application", "applied", "feedback", "due"]

    /// The label of a field line (`**Offer Date**: …`, `Applied: …`), normalised.
    private static func label(_ inline: InlineText) -> String? {
        let text = inline.display
        if let lead = inline.strongLead { return TextKey.normalize(lead) }
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }), text.distance(from: text.startIndex, to: colon) < 40 else { return nil }
        return TextKey.normalize(String(text[..<colon]))
    }

    /// True for a field line that gives some other date.
    static func namesAnotherDate(_ inline: InlineText) -> Bool {
        guard let key = label(inline) else { return false }
        return otherDates.contains { key.hasPrefix($0) }
    }

    /// `Date: March 3, 2026`, `**Date:** 2026-03-03`, `- Interview date — 14 Mar 2024`: the label and the day.
    static func dateField(_ inline: InlineText) -> (String, CalendarDay)? {
        let text = inline.display
        guard text.utf8.count < 120, text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        guard let key = label(inline) else { return nil }
        guard dateLabels.contains(key) || key.hasSuffix(" date") && !otherDates.contains(where: { key.hasPrefix($0) }) else { return nil }
        guard let d = Inference.findDate(in: text) else { return nil }
        return (inline.strongLead ?? String(text.prefix { $0 != ":" && $0 != "：" }), d)
    }
}
