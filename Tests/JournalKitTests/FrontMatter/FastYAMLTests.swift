import Foundation
import Testing
@testable import JournalKit

/// The fast front-matter reader must give exactly what Yams gives, or step aside.
@Suite struct FastYAMLTests {
    static let samples: [String] = [
        "company: Acme\nrole: Engineer\ndate: 2026-11-18\n",
        "company: \"Acme \\\"Labs\\\"\"\nrole: 'It''s me'\n",
        "tags: [backend, \"remote\", 'x y', 2026-11-18]\nfollow_ups: []\n",
        "keywords: [a, b,]\n",
        "interviewers:\n  - Dana Lee (Engineering Manager)\n  - name: Raj Patel\n    title: Staff Engineer\n    linkedin: https://www.linkedin.com/in/example\n",
        "interviewers:\n- Dana\n- name: Raj\n  title: Staff\ndecision_by: 2026-11-25\n",
        "decision_by:\nthank_you:\noutcome: pending # a comment\n",
        "# comment first\n\ncompany: Acme   \n\n",
        "recruiter:\n  name: Priya\n  email: p@example.com\nfit: 4\n",
        "title: \"A: colon inside quotes\"\nurl: https://example.com/a#b\n",
        "note: C# and F#\ntime: 10:30\n",
        "company: Café Zürich 東京\n",
        "list:\n  - a\n  -  b\n",
        "x: -1\ny: -a\n",
        // Outside the subset: must fall back.
        "company: Acme\n  role: Backend\n",
        "role: \"Senior\ndate: 2026-11-10\n",
        "a: &x 1\nb: *x\n",
        "bio: |\n  line one\n  line two\n",
        "bio: first\n  continued\n",
        "company: Acme\ncompany: Globex\n",
        "- a\n- b\n",
        "just a scalar\n",
        "a: {b: 1}\n",
        "a: [[1, 2]]\n",
        "a:\tb\n",
        "key: value: other\n",
        "\"quoted key\": 1\n",
        "a: \"\\u00e9\"\n",
        "",
        "\n\n",
    ]

    static func frontMatters(in folder: String) -> [String] {
        guard let names = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] else { return [] }
        return names.filter { $0.hasSuffix(".md") || $0.hasSuffix(".markdown") }.sorted().compactMap { name in
            guard let data = readWholeFile((folder as NSString).appendingPathComponent(name)) else { return nil }
            var bytes = Array(data)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            let split = bytes.withUnsafeBufferPointer { FrontMatterSplitter.split($0) }
            return split.syntax == .yaml && !split.unclosed ? split.text : nil
        }
    }

    static var allSamples: [String] {
        let root = JournalRunner.packageRoot
        var texts = samples
        texts += frontMatters(in: root.appendingPathComponent("journal-example").path)
        texts += frontMatters(in: root.deletingLastPathComponent().appendingPathComponent("shared/corpus/real-world").path)
        if let extra = ProcessInfo.processInfo.environment["JOURNAL_FASTYAML_DIR"] { texts += frontMatters(in: extra) }
        return texts
    }

    @Test func fastPathAgreesWithYams() {
        var fast = 0
        for text in Self.allSamples {
            guard let result = FastYAML.parse(text, firstLine: 2) else { continue }
            fast += 1
            switch YAMLFrontMatter.parseWithYams(text, firstLine: 2) {
            case .success(let node):
                #expect(result == node, "fast path differs from Yams for:\n\(text)")
            case .failure(let failure):
                Issue.record("fast path accepted what Yams rejects (\(failure.message)):\n\(text)")
            }
        }
        #expect(fast >= 20)
    }

    @Test(arguments: [
        "company: Acme\n  role: Backend\n", "role: \"Senior\ndate: 2026-11-10\n", "a: &x 1\nb: *x\n", "bio: |\n  x\n",
        "bio: first\n  continued\n", "company: Acme\ncompany: Globex\n", "- a\n", "a: {b: 1}\n", "key: value: other\n",
    ])
    func unusualYAMLGoesToYams(_ text: String) {
        #expect(FastYAML.parse(text, firstLine: 2) == nil)
    }
}
