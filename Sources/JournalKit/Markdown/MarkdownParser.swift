import Foundation
import CArena
import Ccmark

/// The one place that calls cmark: parse, walk, copy into Swift values, free.
///
/// No C pointer leaves this file. Each call parses, walks and frees on the calling
/// thread, so it is safe to call from many threads at once. `parse` lets cmark allocate
/// from a per-thread arena (CArena) that is released in one go once the tree is walked.
package enum MarkdownParser {
    /// Blocks nested deeper than this are not kept (their text is dropped and
    /// reported), so that hostile nesting cannot exhaust the stack.
    package static let maximumDepth = 48

    /// Parses `bytes` (the body of an entry) as CommonMark.
    /// - Parameter lineOffset: lines that precede the body in the file (the front-matter),
    ///   added to every line number so that positions are file-relative.
    /// - Parameter knownValid: the caller checked that `bytes` are valid UTF-8, so cmark
    ///   need not check again.
    package static func parse(_ bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int = 0, knownValid: Bool = false) -> MarkdownDocument {
        let options = knownValid ? CMARK_OPT_SOURCEPOS : CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
        var started = PhaseTimer.start()
        journal_arena_begin()
        // Every node, the parser and the iterator live in the arena: freeing them one by
        // one is skipped, the arena is released when the walk is done.
        defer { journal_arena_end() }
        guard let parser = cmark_parser_new_with_mem(options, arenaMemory) else { return MarkdownDocument(blocks: []) }
        if let base = bytes.baseAddress, !bytes.isEmpty {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
        }
        let root = cmark_parser_finish(parser)
        cmark_parser_free(parser)
        PhaseTimer.add(.markdownParse, since: started)
        guard let root else { return MarkdownDocument(blocks: []) }
        started = PhaseTimer.start()
        defer { PhaseTimer.add(.markdownWalk, since: started) }
        return walk(root, lineOffset: lineOffset)
    }

    /// cmark's allocator interface pointing at the per-thread arena (set up once, never freed).
    // nonisolated(unsafe): written once here, then only read (by cmark) from any thread.
    private nonisolated(unsafe) static let arenaMemory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: journal_arena_calloc, realloc: journal_arena_realloc, free: journal_arena_free))
        return memory
    }()

    /// Parses a Swift string (convenience for tests and small inputs).
    package static func parse(_ text: String, lineOffset: Int = 0) -> MarkdownDocument {
        var copy = text
        return copy.withUTF8 { parse($0, lineOffset: lineOffset) }
    }

    /// Renders Markdown to HTML with cmark. `unsafe` keeps raw HTML and dangerous links;
    /// without it (the default) they are replaced, as cmark's safe mode does.
    package static func renderHTML(_ markdown: String, unsafe: Bool = false) -> String {
        var options = CMARK_OPT_VALIDATE_UTF8
        if unsafe { options |= CMARK_OPT_UNSAFE }
        var copy = markdown
        return copy.withUTF8 { buffer -> String in
            let root = document(buffer, options: options)
            guard let root else { return "" }
            defer { cmark_node_free(root) }
            guard let html = cmark_render_html(root, options) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    private static func document(_ bytes: UnsafeBufferPointer<UInt8>, options: Int32) -> OpaquePointer? {
        guard let base = bytes.baseAddress else { return "".withCString { cmark_parse_document($0, 0, options) } }
        return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parse_document($0, bytes.count, options) }
    }

    // MARK: - Walking

    private struct Frame {
        var block: MarkdownBlock
        var node: OpaquePointer
    }

    private static func walk(_ root: OpaquePointer, lineOffset: Int) -> MarkdownDocument {
        guard let iter = cmark_iter_new(root) else { return MarkdownDocument(blocks: []) }
        defer { cmark_iter_free(iter) }
        var stack: [Frame] = []
        var top: [MarkdownBlock] = []
        top.reserveCapacity(childCount(root))
        var plain: [UInt8] = []  // inline text being gathered, reused for every paragraph
        var runsWithHash: [String] = []
        var skippedDepth = 0
        var truncatedLine: Int?

        func finish(_ block: MarkdownBlock) {
            if stack.isEmpty { top.append(block) } else { stack[stack.count - 1].block.children.append(block) }
        }

        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_DOCUMENT { continue }

            // Inline containers are handled when their block is entered.
            let kind: MarkdownBlock.Kind
            switch type {
            case CMARK_NODE_HEADING: kind = .heading(level: Int(cmark_node_get_heading_level(node)))
            case CMARK_NODE_PARAGRAPH: kind = .paragraph
            case CMARK_NODE_LIST: kind = .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST)
            case CMARK_NODE_ITEM: kind = .item
            case CMARK_NODE_CODE_BLOCK: kind = .codeBlock
            case CMARK_NODE_HTML_BLOCK: kind = .htmlBlock
            case CMARK_NODE_BLOCK_QUOTE: kind = .blockQuote
            case CMARK_NODE_THEMATIC_BREAK: kind = .thematicBreak
            default: continue
            }

            let isContainer: Bool
            switch kind {
            case .list, .item, .blockQuote: isContainer = true
            default: isContainer = false
            }

            if event == CMARK_EVENT_EXIT {
                if skippedDepth > 0 { skippedDepth -= 1; continue }
                if let frame = stack.popLast() { finish(frame.block) }
                continue
            }

            // ENTER
            if skippedDepth > 0 || stack.count >= maximumDepth {
                if truncatedLine == nil { truncatedLine = Int(cmark_node_get_start_line(node)) + lineOffset }
                if isContainer { skippedDepth += 1 }
                if type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING {
                    cmark_iter_reset(iter, node, CMARK_EVENT_EXIT)
                }
                continue
            }

            var block = MarkdownBlock(kind: kind,
                                      line: Int(cmark_node_get_start_line(node)) + lineOffset,
                                      column: Int(cmark_node_get_start_column(node)))
            switch kind {
            case .heading, .paragraph:
                block.inline = inlineText(of: node, dropImages: type == CMARK_NODE_HEADING, buffer: &plain)
                for run in block.inline.runs where !run.isCode && run.text.includesByte(UInt8(ascii: "#")) { runsWithHash.append(run.text) }
                cmark_iter_reset(iter, node, CMARK_EVENT_EXIT)
                finish(block)
            case .codeBlock, .htmlBlock:
                block.literal = string(cmark_node_get_literal(node))
                finish(block)
            case .thematicBreak:
                finish(block)
            case .list, .item, .blockQuote:
                block.children.reserveCapacity(childCount(node))
                stack.append(Frame(block: block, node: node))
            }
        }
        while let frame = stack.popLast() { finish(frame.block) }
        return MarkdownDocument(blocks: top, truncatedNestingLine: truncatedLine, runsWithHash: runsWithHash)
    }

    /// Flattens the inline children of a paragraph or heading, iteratively. Plain text is
    /// gathered as bytes in `plain` and becomes one string per run. The inline tree is
    /// walked by its links (first child, next sibling, parent), with the events cmark's
    /// iterator would give, without allocating an iterator per paragraph.
    private static func inlineText(of block: OpaquePointer, dropImages: Bool, buffer plain: inout [UInt8]) -> InlineText {
        var runs: [InlineRun] = []
        var strongLead: String?
        plain.removeAll(keepingCapacity: true)

        func flushPlain() {
            if !plain.isEmpty { runs.append(InlineRun(String(decoding: plain, as: UTF8.self))); plain.removeAll(keepingCapacity: true) }
        }

        var imageDepth = 0
        var strongDepth = 0
        var strongText: String?
        var sawContentBeforeStrong = false

        func visit(_ node: OpaquePointer, entering: Bool) {
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_IMAGE:
                imageDepth += entering ? 1 : -1
            case CMARK_NODE_STRONG:
                if entering {
                    if strongDepth == 0, strongLead == nil, !sawContentBeforeStrong { strongText = "" }
                    strongDepth += 1
                } else {
                    strongDepth -= 1
                    if strongDepth == 0, let text = strongText {
                        strongLead = text.trimmingSpaces()
                        strongText = nil
                    }
                }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if dropImages && imageDepth > 0 { return }
                let literal = bytes(cmark_node_get_literal(node))
                if strongDepth == 0, !sawContentBeforeStrong, literal.contains(where: { $0 != 32 }) { sawContentBeforeStrong = true }
                if type == CMARK_NODE_CODE {
                    let text = String(decoding: literal, as: UTF8.self)
                    if strongText != nil { strongText! += "`\(text)`" }
                    flushPlain()
                    runs.append(InlineRun(text, isCode: true))
                } else {
                    if strongText != nil { strongText! += String(decoding: literal, as: UTF8.self) }
                    plain.append(contentsOf: literal)
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if strongText != nil { strongText! += " " }
                plain.append(10)
            case CMARK_NODE_HTML_INLINE:
                // What the user wrote stays: "<div> and <span>", "Array<Int>". A `<br>` is a
                // space and a comment is not text.
                let html = bytes(cmark_node_get_literal(node))
                if html.count >= 3, html[0] == UInt8(ascii: "<"), html[1] | 0x20 == UInt8(ascii: "b"), html[2] | 0x20 == UInt8(ascii: "r") {
                    plain.append(32)
                } else if html.count >= 4, html[1] == UInt8(ascii: "!"), html[2] == UInt8(ascii: "-"), html[3] == UInt8(ascii: "-") {
                    break
                } else {
                    if dropImages && imageDepth > 0 { return }
                    if strongDepth == 0 { sawContentBeforeStrong = true }
                    flushPlain()
                    runs.append(InlineRun(String(decoding: html, as: UTF8.self), isHTML: true))
                }
            default:
                break
            }
        }

        /// Inline nodes that cmark's iterator also exits (they may hold other inlines).
        func isContainer(_ node: OpaquePointer) -> Bool {
            switch cmark_node_get_type(node) {
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, CMARK_NODE_CUSTOM_INLINE: return true
            default: return false
            }
        }

        var next = cmark_node_first_child(block)
        while let node = next {
            visit(node, entering: true)
            if let child = cmark_node_first_child(node) { next = child; continue }
            if isContainer(node) { visit(node, entering: false) }
            // Climb to the next sibling, exiting the containers that end here.
            var current = node
            next = nil
            while true {
                if let sibling = cmark_node_next(current) { next = sibling; break }
                guard let parent = cmark_node_parent(current), parent != block else { break }
                visit(parent, entering: false)
                current = parent
            }
        }
        flushPlain()
        return InlineText(runs: runs, strongLead: strongLead)
    }

    /// How many children a node has (so that arrays are allocated once, not grown).
    private static func childCount(_ node: OpaquePointer) -> Int {
        var count = 0
        var child = cmark_node_first_child(node)
        while let current = child {
            count += 1
            child = cmark_node_next(current)
        }
        return count
    }

    /// The bytes of a C string owned by cmark (valid until the node changes or is freed).
    private static func bytes(_ pointer: UnsafePointer<CChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let pointer else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }
}

