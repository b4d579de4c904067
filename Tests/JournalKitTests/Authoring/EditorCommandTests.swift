import Testing
@testable import JournalKit

@Suite struct EditorCommandTests {
    @Test(arguments: ["vi", "vim", "nvim", "nano", "emacs", "kak", "micro", "hx", "/usr/bin/vim"])
    func terminalEditorsTakePlusLine(_ editor: String) {
        #expect(EditorCommand.arguments(editor: editor, file: "/j/a.md", line: 27) == [editor, "+27", "/j/a.md"])
    }

    @Test func visualStudioCodeTakesGoto() {
        #expect(EditorCommand.arguments(editor: "code", file: "/j/a.md", line: 27) == ["code", "--goto", "/j/a.md:27"])
        // With options, like git, through the shell; the file stays a separate argument.
        #expect(EditorCommand.arguments(editor: "code --wait", file: "/j/a b.md", line: 3)
                == ["/bin/sh", "-c", "code --wait \"$@\"", "code --wait", "--goto", "/j/a b.md:3"])
    }

    @Test func otherEditorsGetJustTheFile() {
        #expect(EditorCommand.arguments(editor: "gedit", file: "/j/a.md", line: 27) == ["gedit", "/j/a.md"])
        #expect(EditorCommand.arguments(editor: "vim", file: "/j/a.md", line: nil) == ["vim", "/j/a.md"])
        #expect(EditorCommand.arguments(editor: "'/Applications/My Editor' -w", file: "/j/a.md", line: 2)
                == ["/bin/sh", "-c", "'/Applications/My Editor' -w \"$@\"", "'/Applications/My Editor' -w", "/j/a.md"])
    }

    @Test func programNames() {
        #expect(EditorCommand.program("/usr/local/bin/nvim -u NONE") == "nvim")
        #expect(EditorCommand.program("\"C:/Program Files/Vim/vim.exe\"") == "vim")
        #expect(EditorCommand.program("emacsclient -t") == "emacsclient")
    }
}
