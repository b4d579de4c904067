#!/usr/bin/env python3
"""Fails when a folder of Sources/JournalKit uses a name declared in a folder above it.

The folders of the library form a one-way graph (docs/architecture.md): each folder has a
layer, and a file may use what is declared in its own folder and in folders of a lower layer
only. "Use" is read from the text: every identifier of a file (comments and string literals
left out) that names a type, a free function or a global declared at the top level of another
folder. A folder missing from LAYERS is an error too, so a new folder has to be placed.

Usage: scripts/check-layers.py [SOURCES_DIR]    (default: Sources/JournalKit)
       scripts/check-layers.py --self-test      (proves that an upward edge fails)
Exit status: 0 no upward edge, 1 upward edges (each printed as path:line: message), 2 usage.
"""
import os
import re
import sys
import tempfile

# Lower numbers are lower layers. Folders of one layer may not use each other.
LAYERS = {
    "Base": 0,
    "FrontMatter": 1,
    "JSONRPC": 1,
    "Markdown": 1,
    "Extraction": 2,
    "Config": 3,
    "Discovery": 4,
    "Cache": 5,
    "Git": 5,
    "Journal": 6,
    "Analysis": 7,
    "Rendering": 8,
    "Authoring": 8,
    "LanguageServer": 9,
}

DECL = re.compile(
    r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private|final|nonisolated|"
    r"indirect|static|open)\s+)*(?:struct|enum|class|protocol|actor|typealias|func|let|var)\s+"
    r"([A-Za-z_][A-Za-z0-9_]*)"
)
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def strip_code(text):
    """The text with comments and string literals blanked out (line numbers kept)."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            j = n if j < 0 else j + 3
            out.append("\n" * text.count("\n", i, j))
            i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"' and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def swift_files(root):
    for folder, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(".swift"):
                yield os.path.join(folder, name)


def check(root):
    """Returns the list of problems as (path, line, message)."""
    problems, declared, texts = [], {}, {}
    for path in swift_files(root):
        top = os.path.relpath(path, root).split(os.sep)[0]
        if top.endswith(".swift"):
            top = ""
        if top not in LAYERS:
            problems.append((path, 1, f"folder '{top or '.'}' has no layer in scripts/check-layers.py; place it in LAYERS"))
            continue
        code = strip_code(open(path, encoding="utf-8").read())
        texts[path] = (top, code)
        for line in code.split("\n"):
            if line.startswith((" ", "\t")):
                continue
            m = DECL.match(line)
            if m:
                declared.setdefault(m.group(1), set()).add(top)
    for path, (top, code) in texts.items():
        for number, line in enumerate(code.split("\n"), 1):
            for ident in set(IDENT.findall(line)):
                owners = declared.get(ident)
                if not owners or top in owners:
                    continue
                upward = [o for o in owners if LAYERS[o] >= LAYERS[top]]
                if len(upward) == len(owners):
                    owner = sorted(upward)[0]
                    problems.append((path, number, f"{top}/ uses {ident} from {owner}/, which is not below it"))
    return sorted(problems)


def self_test():
    with tempfile.TemporaryDirectory() as root:
        for folder, text in {
            "Base": "public struct Key {}\n",
            "Analysis": "public struct Report { let k: Key }\n",
            "Extraction": "// uses Report in a comment only\nstruct Walker { let r: Report }\n",
        }.items():
            os.makedirs(os.path.join(root, folder))
            with open(os.path.join(root, folder, "F.swift"), "w") as f:
                f.write(text)
        found = check(root)
        expect = [(os.path.join(root, "Extraction", "F.swift"), 2, "Extraction/ uses Report from Analysis/, which is not below it")]
        if found != expect:
            print(f"self-test failed: {found!r}", file=sys.stderr)
            return 1
    print("check-layers: self-test passed (an upward edge is reported)")
    return 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = argv[1] if len(argv) == 2 else "Sources/JournalKit"
    if not os.path.isdir(root):
        print(f"check-layers: {root} is not a folder", file=sys.stderr)
        return 2
    problems = check(root)
    for path, line, message in problems:
        print(f"{path}:{line}: error: {message}")
    if problems:
        print(f"check-layers: {len(problems)} upward uses; move the code down or the user up (docs/architecture.md)", file=sys.stderr)
        return 1
    print(f"check-layers: no upward use between the folders of {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
