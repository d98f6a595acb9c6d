#!/usr/bin/env bash
# Issue 3's benchmark: open+validate and save of a generated 2,000-cell, ~20 MB notebook, Continuum
# against Jupyter's nbformat, both in this one run; prints the ratios and writes bench/results.md.
#   bench/run.sh [--profile]     (--profile also times each step of Continuum's side)
# WARMUP, ITERATIONS and ROUNDS (default 15, 15, 3) apply to both sides alike; JAVA_OPTS sets the
# JVM's flags.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"
# 15 warm-up iterations: on 2 CPUs the JIT needs about 10 opens before the open path is compiled
# (its compiler threads compete with the validator's parallel cells); nbformat is steady after 2.
WARMUP="${WARMUP:-15}"
ITERATIONS="${ITERATIONS:-15}"
ROUNDS="${ROUNDS:-3}"
# A fixed, pre-touched heap: the medians are steady state. Without it a JVM keeps touching fresh heap
# pages for dozens of iterations, and on a VM whose memory the host hands out lazily each first
# touch is slow enough to double the Continuum side's times (JAVA_OPTS= runs with ./continuum's
# defaults instead).
JAVA_OPTS="${JAVA_OPTS--Xms2g -Xmx2g -XX:+AlwaysPreTouch}"
PROFILE=""
[ "${1:-}" = "--profile" ] && PROFILE=1


WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# shellcheck disable=SC2206 # JAVA_OPTS is split into flags on purpose
JAVA=("$JAVA_HOME/bin/java" $JAVA_OPTS -cp "$JAR:$BENCH/target/lib/*")

echo "bench: generating the notebook ..." >&2
"$PYTHON" "$BENCH/gen_notebook.py" "$WORK/bench.ipynb"
load="$(cut -d' ' -f1 /proc/loadavg)"
if awk -v l="$load" -v n="$(nproc)" 'BEGIN { exit !(l > n / 2) }'; then
  echo "bench: warning: load average $load on $(nproc) CPUs; other work skews the numbers" >&2
fi

# Rounds alternate the sides, so a burst of other work on the machine hits both alike; the report
# takes each side's median over the rounds.
for round in $(seq "$ROUNDS"); do
  echo "bench: round $round/$ROUNDS: Continuum ($WARMUP warm-up, $ITERATIONS measured) ..." >&2
  "${JAVA[@]}" dev.continuum.bench.NotebookIoBench "$WORK/bench.ipynb" "$WORK" "$WARMUP" "$ITERATIONS" >>"$WORK/continuum.json"
  echo "bench: round $round/$ROUNDS: nbformat ($WARMUP warm-up, $ITERATIONS measured) ..." >&2
  "$PYTHON" "$BENCH/nbformat_bench.py" "$WORK/bench.ipynb" "$WORK" "$WARMUP" "$ITERATIONS" >>"$WORK/nbformat.json"
done

if [ -n "$PROFILE" ]; then
  echo "bench: timing Continuum's steps ..." >&2
  "${JAVA[@]}" dev.continuum.ipynb.NotebookIoPhases "$WORK/bench.ipynb" "$WORK" "$WARMUP" "$ITERATIONS" | tee "$WORK/profile.txt" >&2
fi

# Which code was measured: the commit, and whether the measured modules' sources differed from it.
measured="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$ROOT" status --porcelain -- notebook-model/src/main ipynb-io/src/main 2>/dev/null)" ]; then
  measured="$measured + uncommitted changes to notebook-model or ipynb-io"
fi
BENCH_JAVA_VERSION="$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)" BENCH_JAVA_OPTS="$JAVA_OPTS" \
  BENCH_SOURCE="$measured" BENCH_LOAD="$load" \
  "$PYTHON" "$BENCH/report.py" "$WORK/continuum.json" "$WORK/nbformat.json" "$BENCH/results.md" ${PROFILE:+"$WORK/profile.txt"}
echo "bench: written to bench/results.md" >&2
