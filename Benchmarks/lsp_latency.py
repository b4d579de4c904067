#!/usr/bin/env python3
"""Latency of `journal lsp`: from a change of a 500-line note to its diagnostics, in a
1,000-note journal, and the server's resident memory.

Usage: Benchmarks/lsp_latency.py [--journal .build/release/journal] [--notes 1000]
                                 [--lines 500] [--changes 200] [--debounce 0]
                                 [--corpus /tmp/journal-lsp-bench] [--shared ../shared/bench]

Generates the journal with ../shared/bench/gen_corpus.py (seed 7) into --corpus (never
inside the checkout), adds a note of --lines lines, starts the server over pipes (as an
editor does), opens the note, then sends --changes incremental edits one at a time (a
character typed on a question line, then the next edit after its diagnostics came) and
times each edit from the write of `didChange` to the read of the `publishDiagnostics` of
its version. The time includes the debounce (--debounce MS, the server's default 0).
Prints median, 95th percentile and maximum, the server's CPU time per change, the time of the first diagnostics (open:
loading the journal from disk and cache), and VmRSS / VmHWM of the server from /proc.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SHARED = os.environ.get("JOURNAL_BENCH_SHARED", os.path.join(os.path.dirname(ROOT), "shared", "bench"))


def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)

    def send(self, message):
        self.process.stdin.write(frame(message))
        self.process.stdin.flush()

    def read(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("the server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.lower() == "content-length":
                length = int(value)
        body = b""
        while len(body) < length:
            body += self.process.stdout.read(length - len(body))
        return json.loads(body)

    def wait_for(self, predicate):
        while True:
            message = self.read()
            if predicate(message):
                return message

    def cpu_seconds(self):
        """User plus system CPU time of the server so far (from /proc/PID/stat)."""
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def memory(self):
        values = {}
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                name, _, value = line.partition(":")
                if name in ("VmRSS", "VmHWM"):
                    values[name] = int(value.split()[0]) / 1024
        return values


def long_note(lines):
    """A dated interview note of exactly `lines` lines: front-matter, rounds of questions with notes."""
    out = ["---", "company: Globex", "role: Backend Engineer", "date: 2026-11-18", "stage: onsite",
           "interviewers:", "  - Zoë Núñez (Engineering Manager)", "thank_you: 2026-11-18", "tags: [backend, 東京]", "---",
           "# Globex — onsite 😀", ""]
    round_number = 0
    question = 0
    while len(out) < lines:
        if question % 20 == 0:
            round_number += 1
            out += [f"## Round {round_number}", ""]
        question += 1
        out += [f"- Question {question}: how would you design service {question} for 東京 traffic? #system-design",
                f"  - Note: I talked about caching and back-pressure (ça va), then sharding {question}."]
    return "\n".join(out[:lines]) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--journal", default=os.path.join(ROOT, ".build", "release", "journal"))
    ap.add_argument("--notes", type=int, default=1000)
    ap.add_argument("--lines", type=int, default=500)
    ap.add_argument("--changes", type=int, default=200)
    ap.add_argument("--debounce", type=int, default=0)
    ap.add_argument("--corpus", default="/tmp/journal-lsp-bench")
    ap.add_argument("--shared", default=SHARED)
    args = ap.parse_args()
    if os.path.realpath(args.corpus).startswith(os.path.realpath(ROOT) + os.sep):
        raise SystemExit("--corpus must be outside the checkout (a generated corpus is never committed)")

    shutil.rmtree(args.corpus, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(args.shared, "gen_corpus.py"), "--count", str(args.notes), "--out", args.corpus, "--seed", "7"],
                   check=True, stdout=subprocess.DEVNULL)
    os.makedirs(os.path.join(args.corpus, ".journal"), exist_ok=True)
    with open(os.path.join(args.corpus, ".journal", "config.yml"), "w") as config:
        config.write("")
    note_path = os.path.join(args.corpus, "2026-11-18-globex-long.md")
    text = long_note(args.lines)
    with open(note_path, "w") as note:
        note.write(text)
    # Warm the cache as any earlier command would have.
    subprocess.run([args.journal, "check", "--journal", args.corpus], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    server = Server([args.journal, "lsp", "--journal", args.corpus, "--today", "2026-11-20", "--debounce", str(args.debounce)])
    uri = "file://" + note_path
    started = time.perf_counter()
    server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})
    server.wait_for(lambda m: m.get("id") == 1)
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                 "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
    server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics")
    first = time.perf_counter() - started

    question_lines = [i for i, line in enumerate(text.split("\n")) if line.startswith("- Question")]
    times = []
    cpu_before = server.cpu_seconds()
    for n in range(args.changes):
        line = question_lines[(n * 37) % len(question_lines)]
        version = n + 2
        sent = time.perf_counter()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {"start": {"line": line, "character": 2}, "end": {"line": line, "character": 2}}, "text": "x"}]}})
        published = server.wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == version)
        times.append((time.perf_counter() - sent) * 1000)
    cpu = (server.cpu_seconds() - cpu_before) * 1000 / args.changes
    memory = server.memory()
    server.send({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    server.wait_for(lambda m: m.get("id") == 2)
    server.send({"jsonrpc": "2.0", "method": "exit"})
    server.process.wait(timeout=10)

    times.sort()
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"journal lsp, {args.notes} notes + one of {args.lines} lines ({len(text.encode())} bytes), debounce {args.debounce} ms, {args.changes} changes")
    print(f"  open to first diagnostics (loads the journal): {first * 1000:.1f} ms")
    print(f"  change to diagnostics: median {statistics.median(times):.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms")
    print(f"  server CPU time per change (user + system, immune to a busy machine): {cpu:.1f} ms")
    print(f"  diagnostics per publish: {len(published['params']['diagnostics'])}")
    print(f"  server memory: VmRSS {memory.get('VmRSS', 0):.1f} MB, VmHWM (peak) {memory.get('VmHWM', 0):.1f} MB")


if __name__ == "__main__":
    main()
