#!/usr/bin/env bash
# Builds journal-fuzz with libFuzzer and AddressSanitizer, then runs each target for a
# while. `make fuzz FUZZ_SECONDS=600` runs it; docs/robustness.md explains what is fuzzed.
#
#   scripts/fuzz.sh [seconds per target] [targets...]     (default: 60, entry config)
#
# Everything it writes stays in .build-fuzz/ (gitignored): the build, the seed corpus
# (copied from journal-example/ and the test fixtures at each run), the growing corpus,
# crash artifacts and logs. The exit status is 1 when a target found a crash or a hang.
set -euo pipefail
cd "$(dirname "$0")/.."

run_seconds="${1:-60}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then targets=(entry config); fi

scratch=.build-fuzz
work="$scratch/fuzz"
shared=../shared/corpus

# SwiftPM renames a Swift executable's `main`, and swiftc's -sanitize=fuzzer links
# libFuzzer's own `main` (which would clash with ours). So: ASan plus the coverage
# instrumentation that -sanitize=fuzzer would add, and libFuzzer without its main,
# driven by Sources/FuzzEntry/main.c through LLVMFuzzerRunDriver.
swift_bin="$(command -v swift)"
toolchain="$(cd "$(dirname "$(readlink -f "$swift_bin")")/.." && pwd)"
libfuzzer="$(ls "$toolchain"/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a 2>/dev/null | head -1)"
if [ -z "$libfuzzer" ]; then
    echo "fuzz: libFuzzer (libclang_rt.fuzzer_no_main) is not in the Swift toolchain at $toolchain; use a Swift toolchain for Linux from swift.org." >&2
    exit 2
fi
echo "== building journal-fuzz (libFuzzer + ASan) in $scratch"
swift build -c debug --product journal-fuzz --scratch-path "$scratch" \
    -Xswiftc -sanitize=address \
    -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table \
    -Xcc -fsanitize=fuzzer-no-link,address \
    -Xlinker -u -Xlinker LLVMFuzzerRunDriver -Xlinker "$libfuzzer" -Xlinker -lstdc++ \
    2>&1 | grep -v "Cannot export local symbol" || true
binary="$scratch/debug/journal-fuzz"
[ -x "$binary" ] || { echo "fuzz: the build failed." >&2; exit 2; }

# Seeds, copied afresh each run (flattened names, so nothing is committed twice).
copy_seeds() { # destination, files...
    local dest="$1"; shift
    local f
    for f in "$@"; do
        [ -f "$f" ] && cp "$f" "$dest/$(echo "$f" | tr '/' '_')"
    done
    return 0
}
rm -rf "$work/seeds"
mkdir -p "$work/seeds/entry" "$work/seeds/config" "$work/corpus/entry" "$work/corpus/config" "$work/artifacts"
shopt -s nullglob globstar
copy_seeds "$work/seeds/entry" journal-example/**/*.md Tests/JournalKitTests/Fixtures/entries/*
copy_seeds "$work/seeds/config" Tests/JournalKitTests/Fixtures/config/*
if [ -d "$shared/real-world" ]; then
    copy_seeds "$work/seeds/entry" "$shared"/real-world/*.md "$shared"/real-world/*.markdown
fi
if [ -f "$shared/commonmark/spec-0.30.json" ] && command -v python3 >/dev/null 2>&1; then
    python3 - "$shared/commonmark/spec-0.30.json" "$work/seeds/entry" <<'PY'
import json, sys
for example in json.load(open(sys.argv[1], encoding="utf-8")):
    with open(f"{sys.argv[2]}/spec-{example['example']:03}.md", "w", encoding="utf-8") as f:
        f.write("## Questions\n" + example["markdown"])
PY
fi
cp Fuzz/entry.dict "$work/entry.dict"
if [ -f "$shared/commonmark/fuzzing_dictionary" ]; then
    cat "$shared/commonmark/fuzzing_dictionary" >> "$work/entry.dict"
fi
cp Fuzz/config.dict "$work/config.dict"

# libFuzzer prints the stack of a crash itself; Swift's backtracer, run under ASan after a
# fatal error, would only add a spurious ASan report of its own.
export SWIFT_BACKTRACE=enable=no
status=0
for target in "${targets[@]}"; do
    log="$work/$target.log"
    echo "== fuzzing '$target' for ${run_seconds}s (log: $log)"
    set +e
    "$binary" "$target" "$work/corpus/$target" "$work/seeds/$target" \
        -max_total_time="$run_seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -dict="$work/$target.dict" -artifact_prefix="$work/artifacts/$target-" \
        -print_final_stats=1 > "$log" 2>&1
    rc=$?
    set -e
    # The last status line (executions, coverage, features, corpus) and the totals.
    grep -E '^#[0-9]+' "$log" | tail -1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    if [ $rc -ne 0 ]; then
        echo "fuzz: '$target' stopped with status $rc; the input is in $work/artifacts/ and the report in $log:" >&2
        grep -E 'ERROR|Fatal error|SUMMARY|Test unit written' "$log" | head -20 >&2 || true
        status=1
    fi
done
exit $status
