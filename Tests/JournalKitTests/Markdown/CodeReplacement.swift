import Ccmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A test helper on cmark's own tree (only the tests need it, so it is not in the library).
enum CodeReplacement {
    /// The same document with the content of every code span and code block replaced by
    /// `replacement`, rendered back to CommonMark by cmark. The robustness tests use it to
    /// prove that text inside code never becomes a tag or a question.
    static func replacingCode(in markdown: String, with replacement: String) -> String {
        var copy = markdown
        return copy.withUTF8 { buffer -> String in
            let root = buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT) }
            } ?? "".withCString { cmark_parse_document($0, 0, CMARK_OPT_DEFAULT) }
            guard let root else { return "" }
            defer { cmark_node_free(root) }
            guard let iter = cmark_iter_new(root) else { return "" }
            defer { cmark_iter_free(iter) }
            while true {
                let event = cmark_iter_next(iter)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_CODE {
                    cmark_node_set_literal(node, replacement)
                } else if type == CMARK_NODE_CODE_BLOCK {
                    cmark_node_set_literal(node, replacement + "\n")
                }
            }
            guard let text = cmark_render_commonmark(root, CMARK_OPT_DEFAULT, 0) else { return "" }
            defer { free(text) }
            return String(cString: text)
        }
    }

    /// Parses `bytes` (empty input included) into a cmark tree the caller must free.
}
