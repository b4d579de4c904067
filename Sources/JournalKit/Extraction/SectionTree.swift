/// A body as nested sections: each heading owns the blocks up to the next heading of
/// the same or a higher level, and the deeper headings in between as children.
struct SectionTree {
    var heading: MarkdownBlock?
    var level: Int
    var blocks: [MarkdownBlock] = []
    var children: [SectionTree] = []

    init(heading: MarkdownBlock?, level: Int) {
        self.heading = heading
        self.level = level
    }

    /// The tree of `blocks`; its root has no heading and holds the blocks before the first heading.
    init(_ blocks: [MarkdownBlock]) {
        var stack = [SectionTree(heading: nil, level: 0)]
        for block in blocks {
            if case .heading(let level) = block.kind {
                while stack.count > 1, stack[stack.count - 1].level >= level {
                    let done = stack.removeLast()
                    stack[stack.count - 1].children.append(done)
                }
                stack.append(SectionTree(heading: block, level: level))
            } else {
                stack[stack.count - 1].blocks.append(block)
            }
        }
        while stack.count > 1 {
            let done = stack.removeLast()
            stack[stack.count - 1].children.append(done)
        }
        self = stack[0]
    }

    /// The display text of every non-empty line of the section, its sub-sections included.
    func allText(includeHeading: Bool = true) -> [String] {
        var lines: [String] = []
        if includeHeading, let heading { lines.append(heading.inline.display) }
        lines += blocks.flatMap { $0.textLines() }
        for child in children { lines += child.allText() }
        return lines.filter { !$0.isEmpty }
    }
}
