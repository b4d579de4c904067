#!/usr/bin/env python3
"""Instruction counts per stage: `journal report` against `cmark` on the same files (issue 20).

Usage: Benchmarks/instructions.py [--entries 1000] [--journal .build/release/journal]
                                  [--corpus DIR] [--json FILE]

Runs `valgrind --tool=callgrind` (instructions do not drift with the machine's load) over
the generated corpus of --entries entries (Benchmarks/corpus-N, made as bench.py makes it):

- `journal report --no-cache --today 2026-11-23` on one thread (JOURNAL_THREADS=1,
  JOURNAL_PREWARM=0), on a copy of the binary stripped of its debug information
  (valgrind 3.19 cannot read Swift's DWARF 5). Stages are callgrind's inclusive costs of
  the functions that JOURNAL_TIMINGS times (EntryReader.read and what it calls);
- the `cmark` program over the same files (what `make bench` times), and, to split it into
  parse and render, a ten-line C program (compiled here with $CC, default cc) that calls
  libcmark's cmark_parse_document and cmark_render_html once per file, as cmark does.

Prints a Markdown table of instructions (millions) and instructions per input byte.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TODAY = "2026-11-23"

# Stage name -> functions (demangled, without `specialized`/`static`) whose inclusive costs
# add up to it. A function missing from a build (inlined) counts 0 and is reported.
JOURNAL_STAGES = [
    ("front-matter (split, YAML, decode)", ["FrontMatterSplitter.split", "FastYAML.document", "TOMLFrontMatter.parse",
                                             "FrontMatterDecoder.decode"]),
    ("cmark parse (libcmark)", ["cmark_parser_new_with_mem", "cmark_parser_feed", "cmark_parser_finish"]),
    ("walk of the cmark tree", ["MarkdownParser.walk"]),
    ("extraction (sections, questions, classifier)", ["EntryExtractor.extract"]),
    ("string sharing", ["StringInterner.intern(_:stringsShared:)"]),
]


def demangler():
    for candidate in ("swift-demangle", "/opt/swift/usr/bin/swift-demangle"):
        if shutil.which(candidate):
            return shutil.which(candidate)
    return None


def callgrind(cmd, out, env=None):
    full_env = dict(os.environ, **(env or {}))
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + cmd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=full_env, check=True)


def inclusive(out):
    """{demangled function name: inclusive instructions}, and the program total."""
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
                          capture_output=True, text=True, check=True).stdout
    tool = demangler()
    if tool:
        text = subprocess.run([tool, "--simplified"], input=text, capture_output=True, text=True, check=True).stdout
    costs, total = {}, 0
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(.*)$", line)
        if not m:
            continue
        count = int(m.group(1).replace(",", ""))
        rest = m.group(2)
        if rest.startswith("PROGRAM TOTALS"):
            total = count
            continue
        fn = re.sub(r"^[^:]*:", "", rest, count=1)           # drop "file:" ("???:")
        fn = re.sub(r"\s+\[[^\]]*\]$", "", fn)               # drop " [object]"
        costs[fn] = max(costs.get(fn, 0), count)
    return costs, total


def cost_of(costs, name):
    """Inclusive cost of `name`: the function itself, specialised or static, not a closure in it
    nor a recursive call ('2)."""
    pattern = re.compile(r"^(specialized )?(static )?(generic specialization <[^>]*> of )?" + re.escape(name) +
                         (r"$" if "(" in name else r"(\(.*)?$"))
    found = [c for fn, c in costs.items() if pattern.match(fn) and "'" not in fn]
    return max(found) if found else None


C_DRIVER = r"""
/* Parses and renders each file as the cmark program does (same output), so that callgrind
   can split its cost between libcmark's cmark_parse_document and cmark_render_html. */
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) return 2;
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *buf = malloc(n + 1);
        if (fread(buf, 1, n, f) != (size_t)n) return 2;
        fclose(f);
        cmark_node *doc = cmark_parse_document(buf, n, CMARK_OPT_DEFAULT);
        char *html = cmark_render_html(doc, CMARK_OPT_DEFAULT);
        fputs(html, stdout);
        free(html);
        cmark_node_free(doc);
        free(buf);
    }
    return 0;
}
"""


def measure(journal, corpus_dir):
    files = sorted(os.path.join(corpus_dir, f) for f in os.listdir(corpus_dir) if f.endswith(".md"))
    size = sum(os.path.getsize(f) for f in files)
    tmp = tempfile.mkdtemp(prefix="journal-instructions.")
    try:
        stripped = os.path.join(tmp, "journal")
        subprocess.run(["strip", "--strip-debug", "-o", stripped, journal], check=True)
        callgrind([stripped, "report", "--journal", corpus_dir, "--no-cache", "--today", TODAY], os.path.join(tmp, "journal.cg"),
                  env={"JOURNAL_THREADS": "1", "JOURNAL_PREWARM": "0"})
        callgrind(["cmark"] + files, os.path.join(tmp, "cmark.cg"))
        source = os.path.join(tmp, "driver.c")
        with open(source, "w") as f:
            f.write(C_DRIVER)
        driver = os.path.join(tmp, "driver")
        subprocess.run([os.environ.get("CC", "cc"), "-O2", "-o", driver, source, "-lcmark"], check=True)
        callgrind([driver] + files, os.path.join(tmp, "libcmark.cg"))
        jc, jtotal = inclusive(os.path.join(tmp, "journal.cg"))
        _, ctotal = inclusive(os.path.join(tmp, "cmark.cg"))
        lc, _ = inclusive(os.path.join(tmp, "libcmark.cg"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    missing = []

    def get(costs, names):
        total = 0
        for n in names:
            c = cost_of(costs, n)
            if c is None:
                missing.append(n)
            else:
                total += c
        return total

    rows = []
    read_file = get(jc, ["Journal.readFile"])
    entry_read = get(jc, ["EntryReader.read(path:buffer:)"])
    staged = 0
    for name, names in JOURNAL_STAGES:
        c = get(jc, names)
        rows.append(("journal", name, c))
        if name != "string sharing":
            staged += c
    rows.append(("journal", "rest of reading an entry (inference, kinds, checks)", entry_read - staged))
    rows.append(("journal", "opening and reading the files", read_file - entry_read))
    interning = rows[4][2]
    rows.append(("journal", "start-up, discovery, report model, render", jtotal - read_file - interning))
    rows.append(("journal", "**total**", jtotal))
    rows.append(("cmark", "parse (libcmark cmark_parse_document)", get(lc, ["cmark_parse_document"])))
    rows.append(("cmark", "render HTML (cmark_render_html)", get(lc, ["cmark_render_html"])))
    rows.append(("cmark", "free the tree (cmark_node_free)", get(lc, ["cmark_node_free"])))
    rows.append(("cmark", "**total (the cmark program)**", ctotal))
    return {"files": len(files), "bytes": size, "rows": rows, "missing": sorted(set(missing)),
            "ratio": jtotal / ctotal if ctotal else 0}


def table(result):
    lines = [f"Instructions (callgrind) over {result['files']:,} entries, {result['bytes'] / 1e6:.2f} MB; "
             f"journal {result['ratio']:.2f} × cmark.", "",
             "| program | stage | instructions | per input byte |", "|---|---|---:|---:|"]
    for program, stage, count in result["rows"]:
        lines.append(f"| {program} | {stage} | {count / 1e6:,.1f} M | {count / result['bytes']:,.1f} |")
    if result["missing"]:
        lines.append("")
        lines.append("Not found in this build (inlined, counted 0): " + ", ".join(result["missing"]))
    return "\n".join(lines)


def main():
    sys.path.insert(0, HERE)
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=1000)
    ap.add_argument("--journal", default=os.path.join(ROOT, ".build", "release", "journal"))
    ap.add_argument("--corpus", help="journal folder (default: Benchmarks/corpus-N, generated)")
    ap.add_argument("--json", help="also write the numbers to this file")
    args = ap.parse_args()
    for tool in ("valgrind", "callgrind_annotate", "strip", "cmark"):
        if not shutil.which(tool):
            sys.exit(f"instructions: {tool} is missing")
    corpus_dir = args.corpus
    if not corpus_dir:
        import bench
        corpus_dir, _ = bench.corpus(args.entries)
    result = measure(os.path.abspath(args.journal), os.path.abspath(corpus_dir))
    print(table(result))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
