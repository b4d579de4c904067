import Foundation

/// How `processQuestions` judges a list or a section as a whole: whether its items ask,
/// whether a list after a problem resumes the round, and an item led by HTML.
extension EntryExtractor {
    /// Whether a list after a problem statement is not its parts: most items ask, or the story
    /// of the round goes on ("- Then he moved to behavioural questions").
    func listResumes(_ list: MarkdownBlock) -> Bool {
        if listAsks(list) { return true }
        guard let first = list.children.first?.children.first, first.kind == .paragraph else { return false }
        var reasons: [String] = []
        let verdict = QuestionClassifier.read(MaskedText(first.inline).text.trimmingSpaces(), reasons: &reasons).verdict
        return verdict == .narrative && !reasons.contains("task-list item: a step to do")
            || reasons.contains { $0.hasPrefix("reported speech") || $0.hasPrefix("topic of questions") }
    }

    /// Whether most items of a list ask something (a list of questions after a problem, not its parts).
    func listAsks(_ list: MarkdownBlock) -> Bool {
        var asks = 0
        for item in list.children {
            guard let first = item.children.first, first.kind == .paragraph else { continue }
            var reasons: [String] = []
            if QuestionClassifier.read(MaskedText(first.inline).text.trimmingSpaces(), reasons: &reasons).verdict == .asks { asks += 1 }
        }
        return asks * 2 > list.children.count
    }

    /// Whether the first list of a section holds questions, half its items or more asking or setting a
    /// task ("### 3. 面试官的问题" over a numbered list): its heading names a group, not one problem.
    func sectionListsQuestions(_ section: SectionTree) -> Bool {
        guard let list = section.blocks.first(where: { if case .list = $0.kind { return true } else { return false } }) else { return false }
        return listHoldsQuestions(list)
    }

    /// Whether half the items of a list or more ask or set a task, two at least.
    func listHoldsQuestions(_ list: MarkdownBlock) -> Bool {
        // Two questions at least: a single nested note ("- Follow-up: …") is never a group, and is not read.
        guard list.children.count >= 2 else { return false }
        var questions = 0
        for item in list.children {
            guard let first = item.children.first, first.kind == .paragraph else { continue }
            var reasons: [String] = []
            let verdict = QuestionClassifier.read(MaskedText(first.inline).text.trimmingSpaces(), reasons: &reasons).verdict
            if verdict == .asks || verdict == .sets { questions += 1 }
        }
        return questions >= 2 && questions * 2 >= list.children.count
    }

    /// Whether the lists of a section hold items that ask (then its heading is a group label).
    func sectionAsks(_ section: SectionTree) -> Bool {
        section.blocks.contains { block in
            if case .list = block.kind { return listAsks(block) }
            // "**What is the event loop?**" and its answer: a paragraph whose first line asks.
            if block.kind == .paragraph {
                let first = block.inline.display.firstLineOnly().trimmingCharacters(in: CharacterSet(charactersIn: " *_"))
                return first.hasSuffix("?") || first.hasSuffix("？")
            }
            return false
        }
    }

    /// `- <!-- todo --> How would you shard?`: cmark reads an item that starts with HTML as an
    /// HTML block; its text after the comment or tag is the item's paragraph.
    static func htmlLedItem(_ item: MarkdownBlock) -> MarkdownBlock {
        guard let first = item.children.first, first.kind == .htmlBlock else { return item }
        var text = Substring(first.literal)
        while let open = text.range(of: "<!--"), text[..<open.lowerBound].allSatisfy(\.isWhitespace),
              let close = text.range(of: "-->", range: open.upperBound..<text.endIndex) {
            text = text[close.upperBound...]
        }
        let rest = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !rest.isEmpty, rest.count < first.literal.count else { return item }
        var copy = item
        copy.children[0] = MarkdownBlock(kind: .paragraph, line: first.line, column: first.column, inline: InlineText(runs: [InlineRun(rest)]))
        return copy
    }
}
