#!/usr/bin/env python3
"""Side-by-side benchmark of `journal report` against cat, cmark and a Python peer.

Usage: Benchmarks/bench.py [--sizes 100,10000,100000] [--runs 5] [--peer-max 10000]
                           [--journal .build/release/journal] [--command report]
                           [--pairs 5] [--ratio-size 10000] [--instructions 1000]
                           [--shared ../shared/bench]

Generates the corpora with ../shared/bench/gen_corpus.py (seed 7) into
Benchmarks/corpus-N/ (gitignored), and Benchmarks/corpus-drill/ (100 notes of 10
questions, 10,000 reviews) for the start-up of `journal drill --due`, then prints one Markdown table: median wall
time over --runs runs, throughput and peak memory (max RSS of the process tree). Then the
CPU and wall ratios of `journal report --no-cache` to `cmark` on --ratio-size entries,
--pairs pairs measured side by side, and the instructions per stage (callgrind over
--instructions entries, Benchmarks/instructions.py).
The Python peer runs in Benchmarks/.venv with markdown-it-py and PyYAML.
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
# gen_corpus.py and peer_extract.py: the project's shared benchmark tools, beside the checkout.
SHARED = os.environ.get("JOURNAL_BENCH_SHARED", os.path.join(os.path.dirname(ROOT), "shared", "bench"))


def run_cpu(cmd, shell=False):
    """Runs a command; returns (wall seconds, CPU seconds (user + system of the child and
    the children it waited for, from wait4), peak RSS in MB)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, shell=shell, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        sys.exit(f"command failed: {cmd}\n{err}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0


def run(cmd, shell=False):
    """Runs a command; returns (seconds, peak RSS in MB)."""
    elapsed, _, peak = run_cpu(cmd, shell=shell)
    return elapsed, peak


def measure(cmd, runs, shell=False, setup=None):
    times, peaks = [], []
    for _ in range(runs):
        if setup:
            setup()
        t, m = run(cmd, shell=shell)
        times.append(t)
        peaks.append(m)
    return statistics.median(times), max(peaks)


def corpus(n):
    path = os.path.join(HERE, f"corpus-{n}")
    marker = os.path.join(path, ".complete")
    if not os.path.exists(marker):
        shutil.rmtree(path, ignore_errors=True)
        print(f"generating {n} entries into {path} ...", file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(SHARED, "gen_corpus.py"), "--count", str(n), "--out", path, "--seed", "7"],
                       check=True, stdout=subprocess.DEVNULL)
        os.makedirs(os.path.join(path, ".journal"), exist_ok=True)
        open(marker, "w").close()
    size = sum(os.path.getsize(os.path.join(path, f)) for f in os.listdir(path) if f.endswith(".md"))
    return path, size


def drill_corpus(journal, questions=1000, reviews=10000):
    """A journal of `questions` distinct questions (100 interviews of 10) and a review log of
    `reviews` lines over them, for `journal drill --due`: Benchmarks/corpus-drill/."""
    import json
    import random
    path = os.path.join(HERE, "corpus-drill")
    marker = os.path.join(path, ".complete")
    if os.path.exists(marker):
        return path
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(os.path.join(path, ".journal"))
    rng = random.Random(7)
    topics = ["sharding", "caching", "consensus", "queues", "indexes", "retries", "leases", "quorums", "backpressure", "tracing"]
    per_entry = 10
    for e in range(questions // per_entry):
        day = f"2026-{1 + e % 9:02d}-{1 + e % 28:02d}"
        lines = [f"---\ncompany: Company {e % 37}\ndate: {day}\nstage: technical\n---\n", "## Questions"]
        for q in range(per_entry):
            n = e * per_entry + q
            tag = " #hard" if n % 7 == 0 else ""
            lines.append(f"- How would you use {topics[n % len(topics)]} in system number {n}?{tag}\n  - Notes on answer {n}.")
        with open(os.path.join(path, f"{day}-company-{e}.md"), "w") as f:
            f.write("\n".join(lines) + "\n")
    out = subprocess.run([journal, "drill", "--due", "--format", "json", "--today", "2099-01-01", "--journal", path],
                         check=True, capture_output=True, text=True).stdout
    ids = [card["card"] for card in json.loads(out)["cards"]]
    assert len(ids) == questions, f"expected {questions} cards, got {len(ids)}"
    with open(os.path.join(path, ".journal", "reviews.tsv"), "w") as f:
        for _ in range(reviews):
            day = f"2026-{rng.randrange(10, 13):02d}-{rng.randrange(1, 29):02d}"
            f.write(f"{day}\t{rng.choice(ids)}\t{rng.choice([1, 2, 3, 3, 3, 4])}\n")
    open(marker, "w").close()
    return path


def startup_rows(journal, sizes, runs):
    """Start-up and export rows (issue 20): `--version` beside `cmark --version`, and
    `export` (pretty and --compact) beside the cold report on the largest corpus up to
    10,000 entries. Separate from the main table so that other rows merge easily."""
    rows = []
    t, m = measure([journal, "--version"], max(runs, 40))
    rows.append((0, 0.0, "journal --version", t, m))
    t, m = measure(["cmark", "--version"], max(runs, 40))
    rows.append((0, 0.0, "cmark --version", t, m))
    fitting = [n for n in sizes if n <= 10000]
    if fitting:
        n = max(fitting)
        path, size = corpus(n)
        runs_here = max(runs, 40) if n <= 1000 else runs
        for name, extra in (("journal report cold (--no-cache)", ["report"]),
                            ("journal export cold (--no-cache)", ["export"]),
                            ("journal export --compact cold (--no-cache)", ["export", "--compact"])):
            t, m = measure([journal] + extra + ["--journal", path, "--no-cache"], runs_here)
            rows.append((n, size / 1e6, name, t, m))
    return rows


def ratio_rows(journal, n, pairs):
    """CPU and wall time of `journal report --no-cache` against the `cmark` program over the
    same files, measured side by side: `pairs` pairs, interleaved (the order alternates
    within a pair), so that both see the same machine. Returns lines of a Markdown table."""
    path, size = corpus(n)
    files = sorted(os.path.join(path, f) for f in os.listdir(path) if f.endswith(".md"))
    journal_cmd = [journal, "report", "--journal", path, "--no-cache", "--today", "2026-11-23"]
    cmark_cmd = ["cmark"] + files
    load_before = os.getloadavg()
    j, c = [], []
    for i in range(pairs):
        order = [(journal_cmd, j), (cmark_cmd, c)]
        if i % 2:
            order.reverse()
        for cmd, into in order:
            wall, cpu, _ = run_cpu(cmd)
            into.append((wall, cpu))
    load_after = os.getloadavg()
    med = lambda xs, k: statistics.median(x[k] for x in xs)
    cpu_ratios = [a[1] / b[1] for a, b in zip(j, c)]
    wall_ratios = [a[0] / b[0] for a, b in zip(j, c)]
    lines = [f"journal report --no-cache against cmark on {n:,} entries ({size / 1e6:.1f} MB): {pairs} pairs, interleaved; "
             f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after.", "",
             "| | journal (median) | cmark (median) | ratio of medians | median of pair ratios | goal |",
             "|---|---:|---:|---:|---:|---|",
             f"| CPU (user + sys) | {med(j, 1):.3f} s | {med(c, 1):.3f} s | {med(j, 1) / med(c, 1):.2f} × | "
             f"{statistics.median(cpu_ratios):.2f} × | ≤ 1.0 × |",
             f"| wall | {med(j, 0):.3f} s | {med(c, 0):.3f} s | {med(j, 0) / med(c, 0):.2f} × | "
             f"{statistics.median(wall_ratios):.2f} × | ≤ 0.6 × (two cores) |"]
    return lines


def venv_python():
    venv = os.path.join(HERE, ".venv")
    python = os.path.join(venv, "bin", "python")
    if not os.path.exists(python):
        print("creating Benchmarks/.venv with markdown-it-py and PyYAML ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
        subprocess.run([python, "-m", "pip", "install", "-q", "markdown-it-py", "PyYAML"], check=True)
    return python


def main():
    global SHARED
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100,10000,100000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peer-max", type=int, default=10000, help="largest corpus the (slow) Python peer runs on")
    ap.add_argument("--journal", default=os.path.join(ROOT, ".build", "release", "journal"))
    ap.add_argument("--command", default="report")
    ap.add_argument("--pairs", type=int, default=5, help="side-by-side pairs for the CPU and wall ratios to cmark")
    ap.add_argument("--ratio-size", type=int, default=10000, help="corpus of the ratios to cmark (0: skip)")
    ap.add_argument("--instructions", type=int, default=1000,
                    help="entries for the callgrind instruction counts per stage (0: skip; Benchmarks/instructions.py)")
    ap.add_argument("--shared", default=SHARED, help="folder with gen_corpus.py and peer_extract.py (or $JOURNAL_BENCH_SHARED)")
    args = ap.parse_args()
    SHARED = args.shared
    for tool in ("gen_corpus.py", "peer_extract.py"):
        if not os.path.exists(os.path.join(SHARED, tool)):
            sys.exit(f"bench: {os.path.join(SHARED, tool)} is missing: the benchmark needs the shared tools "
                     f"(gen_corpus.py, peer_extract.py) beside this checkout; pass --shared DIR or set JOURNAL_BENCH_SHARED")

    journal = os.path.abspath(args.journal)
    if not shutil.which("cmark"):
        sys.exit("cmark is missing: run `make deps` first")
    python = venv_python()
    rows = []
    for n in [int(s) for s in args.sizes.split(",")]:
        path, size = corpus(n)
        mb = size / 1e6
        files = f"find {path} -maxdepth 1 -name '*.md' -print0"
        cache = os.path.join(path, ".journal", "cache")
        drop_cache = lambda: shutil.rmtree(cache, ignore_errors=True)
        # Small corpora take milliseconds, where one busy moment moves a median of five.
        runs = max(1, max(args.runs, 40) if n <= 1000 else args.runs if n <= 10000 else min(args.runs, 3))
        results = [
            ("cat", measure(f"{files} | xargs -0 cat", runs, shell=True)),
            ("cmark (render HTML)", measure(f"{files} | xargs -0 cmark", runs, shell=True)),
        ]
        if n <= args.peer_max:
            results.append(("peer_extract.py (PyYAML + markdown-it-py)",
                            measure([python, os.path.join(SHARED, "peer_extract.py"), path], 1 if n > 1000 else runs)))
        results.append((f"journal {args.command} cold (--no-cache)",
                        measure([journal, args.command, "--journal", path, "--no-cache"], runs)))
        results.append((f"journal {args.command} first run (writes cache)",
                        measure([journal, args.command, "--journal", path], runs, setup=drop_cache)))
        run([journal, args.command, "--journal", path])
        results.append((f"journal {args.command} warm (cache)",
                        measure([journal, args.command, "--journal", path], runs)))
        for name, (t, m) in results:
            rows.append((n, mb, name, t, m))

    # The start-up of `journal drill --due`: 1,000 questions, 10,000 reviews replayed (warm cache).
    drill = drill_corpus(journal)
    command = [journal, "drill", "--due", "--today", "2026-12-15", "--journal", drill]
    run(command)
    t, m = measure(command, max(args.runs, 40))
    size = sum(os.path.getsize(os.path.join(drill, f)) for f in os.listdir(drill) if f.endswith(".md"))
    rows.append((100, size / 1e6, "journal drill --due (1,000 questions, 10,000 reviews; warm cache)", t, m))

    rows += startup_rows(journal, [int(s) for s in args.sizes.split(",")], args.runs)

    print(f"Machine: {os.cpu_count()} cores, {platform.machine()}, {platform.system()} {platform.release()}; "
          f"median of {args.runs} runs (40 up to 1,000 entries, 3 at 100,000; the peer runs once on large corpora).\n")
    print("| entries | MB | tool | median wall | throughput | peak memory |")
    print("|---:|---:|---|---:|---:|---:|")
    for n, mb, name, t, m in rows:
        wall = f"{t * 1000:.1f} ms" if t < 1 else f"{t:.2f} s"
        print(f"| {n:,} | {mb:.1f} | {name} | {wall} | {mb / t:.0f} MB/s | {m:.0f} MB |")
    sys.stdout.flush()

    if args.ratio_size:
        print()
        print("\n".join(ratio_rows(journal, args.ratio_size, args.pairs)))
        sys.stdout.flush()
    if args.instructions:
        print()
        import instructions
        corpus_dir, _ = corpus(args.instructions)
        print(instructions.table(instructions.measure(journal, corpus_dir)))


if __name__ == "__main__":
    main()
