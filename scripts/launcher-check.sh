#!/usr/bin/env bash
# Checks ./continuum end to end as a user runs it: exit codes and output of validate and convert,
# with Jupyter's nbformat as the reference. Called by scripts/test.sh after the Maven tests.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
PYTHON="${1:-/usr/bin/python3}"
CORPUS="$ROOT/ipynb-io/src/test/resources/nbformat-corpus/notebooks"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
fail() { echo "launcher-check: FAIL: $*" >&2; exit 1; }

"$ROOT/continuum" validate "$CORPUS/test4.5.ipynb" >"$WORK/out" || fail "validate of a valid notebook exited $?"
grep -q "test4.5.ipynb: valid" "$WORK/out" || fail "validate did not say valid"

set +e
"$ROOT/continuum" validate "$CORPUS/invalid_cell_id.ipynb" >"$WORK/out"; code=$?
set -e
[ "$code" -eq 1 ] || fail "validate of an invalid notebook exited $code, not 1"
grep -q 'cell 0 (id "\$illegal_chars"): \$.cells\[0\].id' "$WORK/out" || fail "validate did not name the cell and field: $(cat "$WORK/out")"

"$ROOT/continuum" convert "$CORPUS/test3.ipynb" -o "$WORK/converted.ipynb" 2>/dev/null || fail "convert exited $?"
"$PYTHON" - "$WORK/converted.ipynb" <<'PY' || fail "nbformat rejects the converted notebook"
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)
nbformat.validate(nb)
assert nb.nbformat == 4 and nb.nbformat_minor == 5, (nb.nbformat, nb.nbformat_minor)
PY
"$ROOT/continuum" convert "$CORPUS/test4.ipynb" >"$WORK/stdout.ipynb" 2>/dev/null || fail "convert to stdout exited $?"
"$PYTHON" - "$CORPUS/test4.ipynb" "$WORK/stdout.ipynb" <<'PY' || fail "convert to stdout differs from nbformat.write"
import io, sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=4)
out = io.StringIO(); nbformat.write(nb, out)
assert open(sys.argv[2], encoding="utf-8").read() == out.getvalue()
PY
set +e
"$ROOT/continuum" convert --to 3 "$CORPUS/test4.ipynb" >/dev/null 2>&1; code=$?
set -e
[ "$code" -eq 2 ] || fail "convert --to 3 exited $code, not 2 (usage error)"
echo "launcher-check: ./continuum validate and convert behave" >&2
