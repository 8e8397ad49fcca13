#!/usr/bin/env bash
# Speed of factlint, as ratios against reading the same files with cat.
#
#   benches/bench.sh [COPIES]
#
# 1. One draft, start-up included (the pre-commit case): mean wall time of many runs.
# 2. Throughput: the labelled corpus copied COPIES times (default 100, about 4,400
#    drafts), checked with --format json, against `cat` of the same files.
# 3. Fact-base size: the same throughput with the fact base repeated 20 times under new
#    ids, to show that adding facts barely slows checking (one automaton, not a scan).
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-100}
cargo build --release --quiet
bin=target/release/factlint
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { print b - a }'; }
calc() { awk "BEGIN { print $1 }"; }

# 1. One draft.
draft=examples/paris-summit-draft.md
runs=200
t0=$(now); for _ in $(seq $runs); do "$bin" check "$draft" --format json >/dev/null || true; done; t1=$(now)
c0=$(now); for _ in $(seq $runs); do cat "$draft" >/dev/null; done; c1=$(now)
one=$(elapsed "$t0" "$t1"); cat_one=$(elapsed "$c0" "$c1")
printf 'one draft (start-up included): %.2f ms per run; cat: %.2f ms per run\n' \
  "$(calc "$one * 1000 / $runs")" "$(calc "$cat_one * 1000 / $runs")"

# 2. Throughput.
mkdir -p "$work/drafts"
for i in $(seq "$copies"); do
  mkdir -p "$work/drafts/$i"
  cp tests/corpus/*.md tests/corpus/*.txt "$work/drafts/$i/" 2>/dev/null || true
done
files=$(find "$work/drafts" -type f | wc -l)
bytes=$(du -sb "$work/drafts" | cut -f1)
find "$work/drafts" -type f -exec cat {} + >/dev/null   # warm the page cache
c0=$(now); find "$work/drafts" -type f -exec cat {} + >/dev/null; c1=$(now)
t0=$(now); "$bin" check "$work/drafts" --format json >/dev/null || true; t1=$(now)
cat_s=$(elapsed "$c0" "$c1"); lint_s=$(elapsed "$t0" "$t1")
mb=$(calc "$bytes / 1048576")
printf '%d drafts, %.1f MB: factlint %.3f s (%.1f MB/s), cat %.3f s (%.1f MB/s); ratio %.1fx cat\n' \
  "$files" "$mb" "$lint_s" "$(calc "$mb / $lint_s")" "$cat_s" "$(calc "$mb / $cat_s")" \
  "$(calc "$lint_s / $cat_s")"

# 3. A fact base twenty times larger.
mkdir -p "$work/rules"
cp rules/*.facts "$work/rules/"
mkdir -p "$work/seeds" && cp seeds/* "$work/seeds/"
for k in $(seq 2 20); do
  # Same facts under new ids: every id, and every reference to one, gets a suffix.
  python3 - "$k" "$work/rules" <<'PY'
import re, sys, pathlib
k, d = sys.argv[1], pathlib.Path(sys.argv[2])
for f in sorted(d.glob("*.facts")):
    if "_" in f.stem: continue
    text = f.read_text()
    out = re.sub(r'(?m)^()(source|person|country|organisation|group|event|document|place|measure|action|title|figure|stance|happened|quote|term) ([a-z][a-z0-9_-]*)',
                 lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)}-{k}", text)
    out = re.sub(r'(?m)^(\s+)(holder|of|subject|measure|said-by|actor|does|event|place|speaker) ([a-z][a-z0-9_-]*)$',
                 lambda m: f"{m.group(1)}{m.group(2)} {m.group(3)}-{k}", out)
    out = re.sub(r'(?m)^(\s*evidence) ([a-z0-9]+) ', lambda m: f"{m.group(1)} {m.group(2)}-{k} ", out)
    out = re.sub(r'(?s)titles \{.*?\}', '', out)
    (d / f"{f.stem}_{k}.facts").write_text(out)
PY
done
"$bin" rules check "$work/rules" >/dev/null
facts=$("$bin" rules list --rules "$work/rules" | wc -l)
t0=$(now); "$bin" check --rules "$work/rules" "$work/drafts" --format json >/dev/null || true; t1=$(now)
big_s=$(elapsed "$t0" "$t1")
printf 'fact base of %d facts (20x): %.3f s; ratio to the built-in base %.2fx\n' "$facts" "$big_s" "$(calc "$big_s / $lint_s")"
