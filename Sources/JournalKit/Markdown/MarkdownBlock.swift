/// A run of inline text: plain text, the content of a code span, or inline HTML as written.
package struct InlineRun: Sendable, Hashable {
    package var text: String
    package var isCode: Bool
    /// Inline HTML (`<div>`, `Array<Int>`): kept literally in question text, left out of display text.
    package var isHTML: Bool

    package init(_ text: String, isCode: Bool = false, isHTML: Bool = false) {
        self.text = text
        self.isCode = isCode
        self.isHTML = isHTML
    }
}

/// The inline content of a paragraph or heading, flattened to runs.
///
/// Soft and hard line breaks become `\n`, links keep their text, inline HTML is a
/// run of its own (left out of `display`); code spans stay separate so that tags are
/// never read inside them.
package struct InlineText: Sendable, Hashable {
    package var runs: [InlineRun]
    /// The text of a leading `**strong**` span, if the paragraph starts with one.
    package var strongLead: String?

    package init(runs: [InlineRun] = [], strongLead: String? = nil) {
        self.runs = runs
        self.strongLead = strongLead
    }

    /// The text as a reader sees it, code spans in backticks.
    package var display: String {
        if runs.count == 1, !runs[0].isCode, !runs[0].isHTML { return runs[0].text }
        var out = ""
        for run in runs where !run.isHTML {
            if run.isCode {
                let tick = run.text.includesByte(UInt8(ascii: "`"))
                let fence = tick ? "`` " : "`"
                let close = tick ? " ``" : "`"
                out += fence + run.text + close
            } else {
                out += run.text
            }
        }
        return out
    }

    package var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }
}

/// A block of a Markdown document, reduced to what extraction needs.
package struct MarkdownBlock: Sendable, Hashable {
    package enum Kind: Sendable, Hashable {
        case heading(level: Int)
        case paragraph
        case list(ordered: Bool)
        case item
        case codeBlock
        case htmlBlock
        case blockQuote
        case thematicBreak
    }

    package var kind: Kind
    /// 1-based line in the whole file (front-matter included).
    package var line: Int
    /// 1-based column in UTF-8 bytes.
    package var column: Int
    /// Inline content of headings and paragraphs.
    package var inline: InlineText
    /// Literal content of code and HTML blocks.
    package var literal: String
    package var children: [MarkdownBlock]

    package init(kind: Kind, line: Int, column: Int, inline: InlineText = InlineText(), literal: String = "", children: [MarkdownBlock] = []) {
        self.kind = kind
        self.line = line
        self.column = column
        self.inline = inline
        self.literal = literal
        self.children = children
    }

    /// All text of this block and its descendants, one string per paragraph-like block.
    package func textLines() -> [String] {
        switch kind {
        case .heading, .paragraph:
            let text = inline.display
            return text.isEmpty ? [] : [text]
        case .codeBlock:
            return literal.isEmpty ? [] : [literal.hasSuffix("\n") ? String(literal.dropLast()) : literal]
        case .htmlBlock, .thematicBreak:
            return []
        case .list, .item, .blockQuote:
            return children.flatMap { $0.textLines() }
        }
    }
}

/// A parsed document: its top-level blocks and what the parser had to leave out.
package struct MarkdownDocument: Sendable, Hashable {
    package var blocks: [MarkdownBlock]
    /// The first line (file-relative) where nesting went deeper than `MarkdownParser.maximumDepth`.
    package var truncatedNestingLine: Int?
    /// Every plain-text run (not code) of every heading and paragraph, at any depth, that
    /// contains a `#`: where tags can be, gathered by the parser while it walks so that
    /// finding them does not take another walk over the whole tree.
    package var runsWithHash: [String]

    package init(blocks: [MarkdownBlock], truncatedNestingLine: Int? = nil, runsWithHash: [String] = []) {
        self.blocks = blocks
        self.truncatedNestingLine = truncatedNestingLine
        self.runsWithHash = runsWithHash
    }
}
