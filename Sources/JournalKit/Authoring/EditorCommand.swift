/// The command line that opens a file in the user's editor at a given line.
package enum EditorCommand {
    /// Editors that take `+LINE FILE`.
    package static let plusLine: Set<String> = ["vi", "vim", "nvim", "gvim", "mvim", "view", "nano", "pico", "emacs", "emacsclient",
                                                "kak", "micro", "hx", "helix", "ne", "joe", "mg", "vis"]
    /// Editors that take `--goto FILE:LINE`.
    package static let gotoLine: Set<String> = ["code", "code-insiders", "codium", "vscodium", "cursor"]
    /// Editors that take `FILE:LINE`.
    package static let colonLine: Set<String> = ["subl", "sublime_text", "zed"]

    /// Characters that make git run an editor setting through the shell.
    private static let shellCharacters = Set("|&;<>()$`\\\"' \t\n*?[#~=%")

    /// The argument vector to run: `editor` is `$VISUAL` or `$EDITOR` as written. Like git,
    /// a setting with spaces or shell syntax (`code --wait`) runs through `sh -c`, with the
    /// file passed as an argument (never pasted into the shell text).
    package static func arguments(editor: String, file: String, line: Int?) -> [String] {
        var fileArguments = [file]
        if let line {
            let name = program(editor)
            if plusLine.contains(name) { fileArguments = ["+\(line)", file] }
            else if gotoLine.contains(name) { fileArguments = ["--goto", "\(file):\(line)"] }
            else if colonLine.contains(name) { fileArguments = ["\(file):\(line)"] }
        }
        if editor.contains(where: { shellCharacters.contains($0) }) {
            return ["/bin/sh", "-c", editor + " \"$@\"", editor] + fileArguments
        }
        return [editor] + fileArguments
    }

    /// The editor's program name: the first word, without folders or `.exe`, lowercased.
    package static func program(_ editor: String) -> String {
        let trimmed = editor.drop { $0 == " " || $0 == "\t" }
        let first: Substring
        if let quote = trimmed.first, quote == "\"" || quote == "'", let end = trimmed.dropFirst().firstIndex(of: quote) {
            first = trimmed[trimmed.index(after: trimmed.startIndex)..<end]
        } else {
            first = trimmed.prefix { $0 != " " && $0 != "\t" }
        }
        var lower = (first.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? first).lowercased()
        if lower.hasSuffix(".exe") { lower.removeLast(4) }
        return lower
    }
}
