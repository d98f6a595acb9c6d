#!/usr/bin/env bash
# Issue 5's benchmark: median and p99 round trip of 500 trivial executions (`1+1`) for Continuum's
# Java cells (JShell), Continuum's Python client (our Jupyter protocol implementation) and, in the
# same run, jupyter_client talking straight to the same ipykernel (the anchor). Writes
# bench/results-kernels.md.   ITERATIONS (500) and WARMUP (500: the JIT of an app that has run a
# while) apply to all three alike.
set -euo pipefail
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"
ITERATIONS="${ITERATIONS:-500}"
WARMUP="${WARMUP:-500}"
PYTHON_JC="$(continuum_find_python jupyter_client)"

echo "bench: Continuum (JShell, then our Jupyter client) ..." >&2
OURS=$("$JAVA_HOME/bin/java" -cp "$JAR:$BENCH/target/lib/*" dev.continuum.bench.KernelBench "$WARMUP" "$ITERATIONS" 2>/dev/null | grep '^{')
echo "bench: jupyter_client ..." >&2
ANCHOR=$("$PYTHON_JC" "$BENCH/jupyter_client_bench.py" "$WARMUP" "$ITERATIONS" 2>/dev/null | grep '^{')

"$PYTHON" - "$OURS" "$ANCHOR" "$BENCH/results-kernels.md" "$("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)" "$ITERATIONS" <<'PY'
import datetime, json, os, sys
ours, anchor = json.loads(sys.argv[1]), json.loads(sys.argv[2])
def verdict(ok): return "met" if ok else "MISSED"
a = ours["java_median_ms"] / anchor["median_ms"]
b = ours["python_median_ms"] / anchor["median_ms"]
lines = [f"# Issue 5: round trip of `1+1`, {sys.argv[5]} executions after warm-up", "",
         f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}; {os.cpu_count()} CPUs; {sys.argv[4]}", "",
         "| kernel | median | p99 | ratio to jupyter_client (median) | target | |", "|---|---:|---:|---:|---:|---|",
         f"| (a) Continuum Java cell (JShell, agent JVM) | {ours['java_median_ms']:.2f} ms | {ours['java_p99_ms']:.2f} ms | {a:.2f}x | ≤ 1.00x | {verdict(a <= 1.0)} |",
         f"| (b) Continuum Python (our Jupyter client → ipykernel) | {ours['python_median_ms']:.2f} ms | {ours['python_p99_ms']:.2f} ms | {b:.2f}x | ≤ 1.10x | {verdict(b <= 1.10)} |",
         f"| (c) jupyter_client → the same ipykernel (anchor) | {anchor['median_ms']:.2f} ms | {anchor['p99_ms']:.2f} ms | 1.00x | | |",
         "", "A round trip is execute to the finished reply: the execute_reply, the kernel back to idle and the result received, on both sides."]
open(sys.argv[3], "w").write("\n".join(lines) + "\n")
print("\n".join(lines))
PY
