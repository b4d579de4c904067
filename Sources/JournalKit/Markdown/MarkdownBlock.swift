/// A run of inline text: plain text, the content of a code span, or inline HTML as written.
public struct InlineRun: Sendable, Hashable {
    public var text: String
    public var isCode: Bool
    /// Inline HTML (`<div>`, `Array<Int>`): kept literally in question text, left out of display text.
    public var isHTML: Bool

    public init(_ text: String, isCode: Bool = false, isHTML: Bool = false) {
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
public struct InlineText: Sendable, Hashable {
    public var runs: [InlineRun]
    /// The text of a leading `**strong**` span, if the paragraph starts with one.
    public var strongLead: String?

    public init(runs: [InlineRun] = [], strongLead: String? = nil) {
        self.runs = runs
        self.strongLead = strongLead
    }

    /// The text as a reader sees it, code spans in backticks.
    public var display: String {
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

    public var isEmpty: Bool { runs.allSatisfy { $0.text.isEmpty } }
}

/// A block of a Markdown document, reduced to what extraction needs.
public struct MarkdownBlock: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case heading(level: Int)
        case paragraph
        case list(ordered: Bool)
        case item
        case codeBlock
        case htmlBlock
        case blockQuote
        case thematicBreak
    }

    public var kind: Kind
    /// 1-based line in the whole file (front-matter included).
    public var line: Int
    /// 1-based column in UTF-8 bytes.
    public var column: Int
    /// Inline content of headings and paragraphs.
    public var inline: InlineText
    /// Literal content of code and HTML blocks.
    public var literal: String
    public var children: [MarkdownBlock]

    public init(kind: Kind, line: Int, column: Int, inline: InlineText = InlineText(), literal: String = "", children: [MarkdownBlock] = []) {
        self.kind = kind
        self.line = line
        self.column = column
        self.inline = inline
        self.literal = literal
        self.children = children
    }

    /// All text of this block and its descendants, one string per paragraph-like block.
    public func textLines() -> [String] {
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
public struct MarkdownDocument: Sendable, Hashable {
    public var blocks: [MarkdownBlock]
    /// The first line (file-relative) where nesting went deeper than `MarkdownParser.maximumDepth`.
    public var truncatedNestingLine: Int?
    /// Every plain-text run (not code) of every heading and paragraph, at any depth, that
    /// contains a `#`: where tags can be, gathered by the parser while it walks so that
    /// finding them does not take another walk over the whole tree.
    public var runsWithHash: [String]

    public init(blocks: [MarkdownBlock], truncatedNestingLine: Int? = nil, runsWithHash: [String] = []) {
        self.blocks = blocks
        self.truncatedNestingLine = truncatedNestingLine
        self.runsWithHash = runsWithHash
    }
}
