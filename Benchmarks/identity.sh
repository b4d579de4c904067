#!/usr/bin/env bash
# Compares the output of every command of two builds of journal, byte for byte (issue 20:
# optimisations must not change what journal prints).
#
# Usage: Benchmarks/identity.sh REF [JOURNAL_DIR...]
#
#   REF          a commit (or branch): built in a temporary worktree with the same
#                release flags as `make bench`, unless REF_BIN=path/to/journal is given
#                (then REF only names it in the messages).
#   JOURNAL_DIR  journals to run on (default: journal-example, Benchmarks/corpus-10000
#                and Benchmarks/corpus-drill when they exist: `make bench` generates them).
#
# The current build is NEW_BIN (default .build/release/journal, built if missing).
# For each journal: report (text, markdown, html, json, ics), practice (markdown, json,
# anki), due (text, json), list (table, json, csv, --applications --all), export (pretty
# and --compact), prep of the first company, check (-v, json, --explain on the first
# files), drill --due (text, json); standard output, standard error and exit status,
# all cold (--no-cache) with --today fixed, and report again from a cache each build
# wrote itself. Exits 1 and shows the first differing lines when anything differs.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REF="${1:?usage: Benchmarks/identity.sh REF [JOURNAL_DIR...]}"
shift
TODAY=2026-11-23
WORK="$(mktemp -d /tmp/journal-identity.XXXXXX)"
# KEEP=1 keeps the outputs in $WORK for a look.
trap 'if [ -n "${REF_TREE:-}" ]; then git -C "$ROOT" worktree remove --force "$REF_TREE" >/dev/null 2>&1 || true; fi; if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "identity: outputs kept in $WORK" >&2; fi' EXIT

release_flags=()
if [ "$(uname -s)" = Linux ]; then release_flags=(--static-swift-stdlib); fi

if [ -z "${REF_BIN:-}" ]; then
    REF_TREE="$WORK/ref-tree"
    git -C "$ROOT" worktree add --detach "$REF_TREE" "$REF" >/dev/null
    echo "identity: building $REF in $REF_TREE (release) ..." >&2
    (cd "$REF_TREE" && swift build -c release "${release_flags[@]}" --product journal >"$WORK/ref-build.log" 2>&1) \
        || { tail -20 "$WORK/ref-build.log" >&2; exit 2; }
    cp "$REF_TREE/.build/release/journal" "$WORK/journal-ref"
    REF_BIN="$WORK/journal-ref"
fi
NEW_BIN="${NEW_BIN:-$ROOT/.build/release/journal}"
if [ ! -x "$NEW_BIN" ]; then
    (cd "$ROOT" && swift build -c release "${release_flags[@]}" --product journal >&2)
fi

journals=("$@")
if [ ${#journals[@]} -eq 0 ]; then
    journals=("$ROOT/journal-example")
    for d in "$ROOT/Benchmarks/corpus-10000" "$ROOT/Benchmarks/corpus-drill"; do
        if [ -d "$d" ]; then journals+=("$d"); fi
    done
fi

# Runs every command of one build on one journal; OUT/NAME.out, .err, .status per command.
run_all() {
    local bin="$1" dir="$2" out="$3"
    mkdir -p "$out"
    one() {
        local name="$1"; shift
        local status=0
        "$bin" "$@" >"$out/$name.out" 2>"$out/$name.err" || status=$?
        echo "$status" >"$out/$name.status"
    }
    local c=(--journal "$dir" --no-cache)
    one report-text report "${c[@]}" --today "$TODAY" --format text --color never
    one report-markdown report "${c[@]}" --today "$TODAY" --format markdown
    one report-html report "${c[@]}" --today "$TODAY" --format html
    one report-json report "${c[@]}" --today "$TODAY" --format json
    one report-ics report "${c[@]}" --today "$TODAY" --format ics --include-done
    one practice-markdown practice "${c[@]}" --today "$TODAY" --format markdown
    one practice-json practice "${c[@]}" --today "$TODAY" --format json
    one practice-anki practice "${c[@]}" --today "$TODAY" --format anki
    one practice-due practice "${c[@]}" --today "$TODAY" --due --format text --color never
    one due-text due "${c[@]}" --today "$TODAY" --format text --color never
    one due-json due "${c[@]}" --today "$TODAY" --format json --within 30
    one list-table list "${c[@]}" --format table
    one list-json list "${c[@]}" --format json
    one list-csv list "${c[@]}" --format csv --all
    one list-applications list "${c[@]}" --applications --all
    one export export "${c[@]}"
    one export-compact export "${c[@]}" --compact
    one check-verbose check "${c[@]}" --verbose --color never
    one check-json check "${c[@]}" --format json
    one drill-due-text drill "${c[@]}" --due --today "$TODAY" --color never
    one drill-due-json drill "${c[@]}" --due --today 2099-01-01 --format json
    # Warm: the report again from the cache this build wrote (a copy of the journal each).
    local copy="$out/journal-copy"
    cp -R "$dir" "$copy"
    rm -rf "$copy/.journal/cache"
    "$bin" report --journal "$copy" --today "$TODAY" --format json >/dev/null 2>&1 || true
    one report-warm report --journal "$copy" --today "$TODAY" --format json
    rm -rf "$copy"
}

# prep and check --explain need names from the journal: taken from the reference build.
run_named() {
    local bin="$1" dir="$2" out="$3"
    local company files
    company="$("$REF_BIN" list --journal "$dir" --no-cache --format csv | sed -n 2p | python3 -c 'import csv,sys; r=next(csv.reader(sys.stdin), None); print(r[1] if r else "")')"
    files="$(cd "$dir" && find . -name '*.md' -not -path './.*' | LC_ALL=C sort | sed -n 1,20p)"
    local status=0
    "$bin" prep "$company" --journal "$dir" --no-cache --today "$TODAY" --format json >"$out/prep-json.out" 2>"$out/prep-json.err" || status=$?
    echo "$status" >"$out/prep-json.status"; status=0
    "$bin" prep "$company" --journal "$dir" --no-cache --today "$TODAY" --format text --color never >"$out/prep-text.out" 2>"$out/prep-text.err" || status=$?
    echo "$status" >"$out/prep-text.status"; status=0
    # shellcheck disable=SC2086
    (cd "$dir" && "$bin" check --journal . --no-cache --explain --color never $files) >"$out/check-explain.out" 2>"$out/check-explain.err" || status=$?
    echo "$status" >"$out/check-explain.status"
}

failed=0
for dir in "${journals[@]}"; do
    dir="$(cd "$dir" && pwd)"
    name="$(basename "$dir")"
    echo "identity: $name: $REF_BIN against $NEW_BIN" >&2
    for side in ref new; do
        bin="$REF_BIN"; if [ $side = new ]; then bin="$NEW_BIN"; fi
        run_all "$bin" "$dir" "$WORK/$name/$side"
        run_named "$bin" "$dir" "$WORK/$name/$side"
    done
    count=0
    for f in "$WORK/$name/ref"/*; do
        base="$(basename "$f")"
        count=$((count + 1))
        if ! cmp -s "$f" "$WORK/$name/new/$base"; then
            echo "identity: $name: $base differs" >&2
            diff "$f" "$WORK/$name/new/$base" | head -10 >&2 || true
            failed=1
        fi
    done
    bytes="$(cat "$WORK/$name/ref"/*.out | wc -c)"
    echo "identity: $name: $count files compared ($bytes bytes of output)" >&2
done
if [ $failed -ne 0 ]; then
    echo "identity: outputs differ from $REF" >&2
    exit 1
fi
echo "identity: every output byte-identical to $REF" >&2
