"""End-to-end tests of `journal lsp` driven by pytest-lsp, with the capability sets of
Neovim and Emacs/eglot (offer UTF-8 positions) and VS Code (offers nothing: UTF-16), on notes with Chinese,
emoji and combining marks. Run by Tests/JournalCLITests/LspCommandTests.swift:

    JOURNAL_BIN=.build/debug/journal python3 -m pytest -q -o asyncio_mode=auto Tests/JournalCLITests/Scripts/lsp
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

JOURNAL = os.environ.get("JOURNAL_BIN", "journal")
TODAY = "2026-11-20"

# "stage: 面试 😀 e\u0301" — a stage journal does not know, after CJK, an emoji and a
# combining acute accent, so UTF-8 and UTF-16 columns differ on the line.
ONSITE = """---
company: 北京科技
date: 2026-11-18
role: Engineer: Backend 😀
stage: 面试 😀 e\u0301
---
# 北京科技 — onsite

## Questions
- 请介绍一下你自己 😀 #behavioral
- How would you shard a write-heavy table? #system-design
"""

PHONE = """---
company: 北京科技
date: 2026-11-10
stage: phone-screen
interviewers:
  - 王芳 (Engineering Manager)
thank_you: 2026-11-10
---
# Phone screen

## Questions
- 请介绍一下你自己 #behavioral
  - Too long; keep it to two minutes.
"""

# A note whose front-matter parses (CRLF, a comment, CJK) and records no thank-you.
FINAL = "---\r\ncompany: 北京科技 # 公司\r\ndate: 2026-11-19\r\nstage: final\r\n---\r\n# Final 😀\r\n\r\n## Questions\r\n- 为什么选择我们？\r\n"

ROOT = Path(tempfile.mkdtemp(prefix="journal-lsp-"))
(ROOT / ".journal").mkdir()
(ROOT / ".journal" / "config.yml").write_text("")
for name, text in {"2026-11-18-bj-onsite.md": ONSITE, "2026-11-10-bj-phone.md": PHONE, "2026-11-19-bj-final.md": FINAL}.items():
    (ROOT / name).write_bytes(text.encode())

# Neovim and Emacs offer UTF-8 positions; VS Code offers nothing (UTF-16).
CLIENTS = ["neovim", "visual_studio_code", "emacs"]


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[JOURNAL, "lsp", "--journal", str(ROOT), "--today", TODAY, "--debounce", "5"]),
    params=CLIENTS,
)
async def client(request, lsp_client: LanguageClient):
    lsp_client.encoding = None
    lsp_client.registrations = []

    # The server asks to watch the notes on disk (workspace/didChangeWatchedFiles).
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams):
        lsp_client.registrations.extend(params.registrations)
        return None

    result = await lsp_client.initialize_session(
        types.InitializeParams(capabilities=client_capabilities(request.param), root_uri=ROOT.as_uri())
    )
    lsp_client.encoding = result.capabilities.position_encoding
    lsp_client.client_name = request.param
    yield
    await lsp_client.shutdown_session()


def uri(name):
    return (ROOT / name).as_uri()


def character(line, byte_column, encoding):
    """The LSP character of a 0-based UTF-8 byte column of `line` (str)."""
    prefix = line.encode()[:byte_column].decode()
    return len(prefix.encode("utf-16-le")) // 2 if encoding == "utf-16" else len(prefix.encode())


def offset(text, position, encoding):
    """The byte offset in `text` (str) of an LSP position."""
    lines = text.encode().split(b"\n")
    start = sum(len(l) + 1 for l in lines[: position.line])
    line = lines[position.line].decode()
    if encoding == "utf-16":
        units, count = 0, 0
        for ch in line:
            if units >= position.character:
                break
            units += len(ch.encode("utf-16-le")) // 2
            count += len(ch.encode())
        return start + count
    return start + position.character


def apply(text, edit, encoding):
    b = text.encode()
    lo, hi = offset(text, edit.range.start, encoding), offset(text, edit.range.end, encoding)
    return (b[:lo] + edit.new_text.encode() + b[hi:]).decode()


async def open_note(client, name):
    text = (ROOT / name).read_bytes().decode()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        text_document=types.TextDocumentItem(uri=uri(name), language_id="markdown", version=1, text=text)))
    await client.wait_for_notification("textDocument/publishDiagnostics")
    return text


def test_encoding_is_negotiated(client):
    expected = "utf-16" if client.client_name == "visual_studio_code" else "utf-8"
    assert client.encoding == expected


async def test_the_server_asks_to_watch_the_notes(client):
    await open_note(client, "2026-11-19-bj-final.md")
    watchers = [w["globPattern"] for r in client.registrations if r.method == "workspace/didChangeWatchedFiles"
                for w in r.register_options["watchers"]]
    watched = client.capabilities.workspace.did_change_watched_files
    allowed = bool(watched and watched.dynamic_registration)
    assert watchers == (["**/*.md", "**/*.markdown", "**/.journal/config.yml"] if allowed else [])
    # As recorded by pytest-lsp: VS Code and Emacs allow it, Neovim 0.11 does not.
    assert allowed == (client.client_name != "neovim")


async def test_diagnostics_are_those_of_check_with_exact_ranges(client):
    await open_note(client, "2026-11-18-bj-onsite.md")
    published = client.diagnostics[uri("2026-11-18-bj-onsite.md")]
    check = json.loads(subprocess.run([JOURNAL, "check", "--journal", str(ROOT), "2026-11-18-bj-onsite.md", "--format", "json"],
                                      capture_output=True, text=True).stdout)["diagnostics"]
    severity = {"error": 1, "warning": 2, "note": 3}
    assert [(d.message, d.range.start.line + 1, d.severity.value, d.code) for d in published] == \
           [(c["message"], c["line"], severity[c["severity"]], c["help"].split("#")[1]) for c in check]
    for d in published:
        assert d.source == "journal"
        assert d.code_description.href.endswith("docs/format.md#" + d.code)
    # The YAML error points at the second colon of the role line; its range runs to the line end.
    lines = ONSITE.split("\n")
    role = next(d for d in published if d.message.startswith("YAML syntax error"))
    col = next(c["column"] for c in check if c["message"].startswith("YAML syntax error"))
    assert (role.range.start.line, role.range.start.character, role.range.end.character) == \
           (3, character(lines[3], col - 1, client.encoding), character(lines[3], len(lines[3].encode()), client.encoding))
    assert role.range.end.character == (28 if client.encoding == "utf-8" else 26)


async def test_incremental_change_on_a_non_ascii_line(client):
    text = await open_note(client, "2026-11-19-bj-final.md")
    assert list(client.diagnostics[uri("2026-11-19-bj-final.md")]) == []
    # Replace "final" by "finall" (a stage typo) with a range on the line after "# 公司" etc.
    lines = text.split("\r\n")
    line = lines[3]
    start = character(line, len("stage: "), client.encoding)
    end = character(line, len(line.encode()), client.encoding)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri("2026-11-19-bj-final.md"), version=2),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(line=3, character=start), end=types.Position(line=3, character=end)), text="finl")]))
    await client.wait_for_notification("textDocument/publishDiagnostics")
    messages = [d.message for d in client.diagnostics[uri("2026-11-19-bj-final.md")]]
    assert messages == ["'finl' is not a stage journal knows; it is kept as written but has no place in the funnel. "
                        "Known stages: phone-screen, recruiter, technical, take-home, onsite, final, reference-check, offer"]
    # The file on disk was not touched.
    assert (ROOT / "2026-11-19-bj-final.md").read_bytes().decode() == FINAL


async def test_completion_items(client):
    await open_note(client, "2026-11-19-bj-final.md")
    async def labels(line, char):
        result = await client.text_document_completion_async(types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=uri("2026-11-19-bj-final.md")), position=types.Position(line=line, character=char)))
        return [item.label for item in result.items]
    assert await labels(3, 7) == ["phone-screen", "recruiter", "technical", "take-home", "onsite", "final", "reference-check", "offer"]
    # The onsite note's front-matter does not parse: its company comes from the file name.
    assert await labels(1, 9) == ["bj", "北京科技"]
    # On a list item of the body: questions of the other notes, as first worded, most asked first.
    assert await labels(8, 2) == ["请介绍一下你自己", "How would you shard a write-heavy table?"]


async def test_hover_on_a_question(client):
    await open_note(client, "2026-11-10-bj-phone.md")
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri("2026-11-10-bj-phone.md")), position=types.Position(line=11, character=3)))
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert hover.contents.value.split("\n")[2:5] == [
        "Asked in 2 interviews:",
        "- 2026-11-10 北京科技 (phone-screen): `2026-11-10-bj-phone.md:12`",
        "- 2026-11-18 bj (onsite): `2026-11-18-bj-onsite.md:10`",
    ]
    assert hover.contents.value.endswith("Notes:\n- Too long; keep it to two minutes.")


async def test_quote_quick_fix_applied_byte_for_byte(client):
    text = await open_note(client, "2026-11-18-bj-onsite.md")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri("2026-11-18-bj-onsite.md")),
        range=types.Range(start=types.Position(line=3, character=0), end=types.Position(line=3, character=0)),
        context=types.CodeActionContext(diagnostics=[])))
    quote = next(a for a in actions if a.title.startswith("Quote the value"))
    [edit] = quote.edit.changes[uri("2026-11-18-bj-onsite.md")]
    assert apply(text, edit, client.encoding) == ONSITE.replace("role: Engineer: Backend 😀", 'role: "Engineer: Backend 😀"')


async def test_thank_you_action_is_what_journal_log_writes(client):
    text = await open_note(client, "2026-11-19-bj-final.md")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri("2026-11-19-bj-final.md")),
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        context=types.CodeActionContext(diagnostics=[])))
    assert [a.title for a in actions] == [f"Record thank-you sent today ({TODAY})"]
    [edit] = actions[0].edit.changes[uri("2026-11-19-bj-final.md")]
    copy = Path(tempfile.mkdtemp(prefix="journal-lsp-log-"))
    shutil.copytree(ROOT, copy, dirs_exist_ok=True)
    subprocess.run([JOURNAL, "log", "--journal", str(copy), "beijing", "thank-you", "--file", str(copy / "2026-11-19-bj-final.md"), "--today", TODAY],
                   check=True, capture_output=True)
    logged = (copy / "2026-11-19-bj-final.md").read_bytes()
    assert apply(text, edit, client.encoding).encode() == logged
    assert logged == FINAL.replace("stage: final\r\n", f"stage: final\r\nthank_you: {TODAY}\r\n").encode()


async def test_definition_of_a_question_jumps_to_the_other_interview(client):
    await open_note(client, "2026-11-18-bj-onsite.md")
    result = await client.text_document_definition_async(types.DefinitionParams(
        text_document=types.TextDocumentIdentifier(uri=uri("2026-11-18-bj-onsite.md")), position=types.Position(line=9, character=4)))
    assert [(l.uri, l.range.start.line) for l in result] == [(uri("2026-11-10-bj-phone.md"), 11)]
