import Foundation
import Testing

/// Whole-output tests on `Tests/Fixtures/written-up/`: 40 notes of our own, each modelled on the
/// shape of a real write-up found beyond the visible corpus (issue 15), with hand labels in
/// `labels.json` (the rules of `../shared/corpus/labels-guide.md`). The export is compared whole
/// with `written-up.json` (`JOURNAL_RECORD=1` re-records it), and every label is checked.
@Suite struct WrittenUpFolderTests {
    static let folder = JournalRunner.packageRoot.appendingPathComponent("Tests/Fixtures/written-up")
    static let golden = JournalRunner.packageRoot.appendingPathComponent("Tests/Fixtures/written-up.json")

    /// The export of a copy of the folder outside any git repository (no first-commit dates).
    static func export() throws -> (json: String, entries: [[String: Any]]) {
        let dir = try TemporaryDirectory()
        let files = FileManager.default.enumerator(atPath: folder.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") }
        for file in files { try dir.write(file, String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)) }
        let result = try JournalRunner.run(["export", "-C", dir.path, "--no-cache"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return (result.stdout, object?["entries"] as? [[String: Any]] ?? [])
    }

    @Test func exportMatchesGolden() throws {
        let (json, _) = try Self.export()
        if ProcessInfo.processInfo.environment["JOURNAL_RECORD"] == "1" {
            try json.write(to: Self.golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.golden, encoding: .utf8)
        #expect(json == expected, "export of Tests/Fixtures/written-up differs from written-up.json; re-record with JOURNAL_RECORD=1 and review the diff")
    }

    /// Words as the scorer counts them: letters and digits, CJK characters one by one.
    static func words(_ s: String) -> Set<String> {
        var out = Set<String>()
        for w in s.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            if w.unicodeScalars.contains(where: { $0.value >= 0x3400 && $0.value <= 0x9FFF }) { out.formUnion(w.map(String.init)) } else { out.insert(String(w)) }
        }
        return out
    }

    /// Labels not read yet, each with why: the test says so while it stays true, and fails once
    /// it is read (then drop it from here).
    static let knownGaps: [String: String] = [
        "t01-zh-hugo.md company": "the front-matter title 上周面试记录 ('last week's interviews') names no company; the company is only in a ## heading",
    ]

    @Test func everyLabelIsRead() throws {
        let labels = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.folder.appendingPathComponent("labels.json"))) as! [String: [String: Any]]
        let (_, entries) = try Self.export()
        var byName: [String: [String: Any]] = [:]
        for e in entries { byName[String((e["path"] as! String).split(separator: "/")[0]) + ".md"] = e }
        for (name, label) in labels.sorted(by: { $0.key < $1.key }) {
            let e = try #require(byName[name], "\(name) was not exported")
            var got = (e["questions"] as? [[String: Any]]) ?? []
            for want in label["questions"] as! [[String: Any]] {
                let stem = want["stem"] as! String, line = want["line"] as! Int
                let a = Self.words(stem)
                let hit = got.firstIndex { q in
                    let b = Self.words(q["text"] as! String)
                    let at = ((q["location"] as? [String: Any])?["line"] as? Int) ?? 0
                    return Double(a.intersection(b).count) / Double(a.count) >= 0.6 || abs(at - line) <= 2 && b.count > 1
                }
                #expect(hit != nil, "\(name): the question at line \(line) '\(stem)' was not read")
                if let hit {
                    #expect((got[hit]["difficult"] as? Bool ?? false) == (want["difficult"] as? Bool ?? false), "\(name): difficulty of '\(stem)'")
                    got.remove(at: hit)
                }
            }
            #expect(got.isEmpty, "\(name): read as questions but labelled none: \(got.map { $0["text"] as! String })")
            func value(_ key: String) -> String? { (e[key] as? [String: Any])?["value"] as? String ?? e[key] as? String }
            if let company = label["company"] as? String, label["category"] as? String == "experience" {
                let read = value("company").map { $0.lowercased().contains(company.lowercased().prefix(4)) } == true
                if let why = Self.knownGaps["\(name) company"] {
                    #expect(!read, "\(name): the company is read now (\(why)); drop it from knownGaps")
                } else {
                    #expect(read, "\(name): company \(value("company") ?? "none"), labelled \(company)")
                }
            }
            if let date = label["date"] as? String { #expect(value("date") == date, "\(name): date \(value("date") ?? "none"), labelled \(date)") }
            if let outcome = label["outcome"] as? String {
                let accepted = outcome == "selected" ? ["offer", "accepted"] : [outcome]
                #expect(accepted.contains(value("outcome") ?? ""), "\(name): outcome \(value("outcome") ?? "none"), labelled \(outcome)")
            }
            #expect(((e["next_steps"] as? [Any]) ?? []).count == (label["next_steps"] as! [Any]).count, "\(name): next steps")
        }
    }
}
