"""Issue 3's benchmark, nbformat side: the anchor NotebookIoBench is compared against.

Usage: nbformat_bench.py NOTEBOOK OUT_DIR [WARMUP [ITERATIONS]]

Measures what Jupyter does for the same two operations, with the same warm-up and iteration
counts, and prints medians in ms on one JSON line:
  open+validate: nbformat.read(path, as_version=4) then nbformat.validate(nb)
  save:          nbformat.write(nb, path)  (a plain write: no temp file, no fsync)
nbformat.read and nbformat.write also validate internally; that is part of what Jupyter pays.
"""
import json
import os
import statistics
import sys
import time

import nbformat


def open_and_validate(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    return nb


def timed(action, iterations):
    times = []
    for _ in range(iterations):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(path, out_dir, warmup=15, iterations=15):
    saved = os.path.join(out_dir, "nbformat-saved.ipynb")
    validator = nbformat.json_compat.get_current_validator()  # fastjsonschema when installed
    nb = open_and_validate(path)
    for _ in range(warmup):  # symmetric with the Java side (fills caches, imports lazily loaded code)
        open_and_validate(path)
        nbformat.write(nb, saved)
    open_ms = timed(lambda: open_and_validate(path), iterations)
    save_ms = timed(lambda: nbformat.write(nb, saved), iterations)
    with open(path, "rb") as a, open(saved, "rb") as b:
        identical = a.read() == b.read()
    print(json.dumps({
        "side": "nbformat", "nbformat": nbformat.__version__,
        "validator": getattr(validator, "__name__", type(validator).__name__),
        "cells": len(nb.cells), "bytes": os.path.getsize(path), "warmup": warmup, "iterations": iterations,
        "open_validate_ms": round(open_ms, 2), "save_ms": round(save_ms, 2), "save_identical_to_input": identical}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], *(int(a) for a in sys.argv[3:5]))
