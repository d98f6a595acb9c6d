"""Turns the two sides' JSON lines into issue 3's table: printed, and written as markdown.

Usage: report.py CONTINUUM.json NBFORMAT.json RESULTS.md [PROFILE.txt]
with BENCH_JAVA_VERSION, BENCH_JAVA_OPTS, BENCH_SOURCE and BENCH_LOAD (load average before the
rounds) set by run.sh, to describe the run.

Each JSON file holds one line per round. The ratio is nbformat ms / Continuum ms ("x faster");
the issue's target is 5x on both rows.
"""
import datetime
import json
import os
import platform
import statistics
import sys

TARGET = 5.0
ROWS = [("open+validate", "open_validate_ms"), ("save", "save_ms")]


def load(path):
    """One side's rounds (one JSON line each) as one result: each time the median over the rounds."""
    with open(path, encoding="utf-8") as f:
        rounds = [json.loads(line) for line in f if line.strip()]
    merged = dict(rounds[0], rounds=len(rounds))
    for _, key in ROWS:
        merged[key] = statistics.median(r[key] for r in rounds)
        merged[key + "_rounds"] = [r[key] for r in rounds]
    merged["save_identical_to_input"] = all(r["save_identical_to_input"] for r in rounds)
    return merged


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            return next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        return platform.processor() or "unknown"


def table(java, py):
    lines = ["| operation | Continuum ms | nbformat ms | ratio (nbformat/Continuum) | 5x target |",
             "|---|---:|---:|---:|---|"]
    for name, key in ROWS:
        ratio = py[key] / java[key]
        lines.append(f"| {name} | {java[key]:.1f} | {py[key]:.1f} | {ratio:.2f}x faster | "
                     f"{'met' if ratio >= TARGET else 'MISSED'} |")
    return lines


def main(java_json, py_json, results_md, profile=None):
    env = os.environ.get
    java, py = load(java_json), load(py_json)
    rows = table(java, py)
    print("\n".join(rows))
    if not (java["save_identical_to_input"] and py["save_identical_to_input"]):
        print("warning: a side did not save the input's exact bytes; the save rows compare different work")
    md = [
        "# Issue 3: open+validate and save, Continuum vs nbformat",
        "",
        f"- date: {datetime.datetime.now().astimezone().isoformat(timespec='seconds')}; "
        f"code measured: {env('BENCH_SOURCE', 'unknown')}",
        f"- machine: {os.cpu_count()} CPUs (nproc), {cpu_model()}, load average before the run "
        f"{env('BENCH_LOAD', 'unknown')}",
        f"- java: {env('BENCH_JAVA_VERSION', 'unknown')}, JVM flags: `{env('BENCH_JAVA_OPTS') or '(none)'}`",
        f"- python: {platform.python_version()}, nbformat {py['nbformat']} (validator: {py['validator']})",
        f"- notebook: {java['bytes'] / 1e6:.1f} MB, {java['cells']} cells (bench/gen_notebook.py)",
        f"- {java['warmup']} warm-up iterations, then the median of {java['iterations']}; {java['rounds']} rounds "
        "alternating the sides in one run, each row the median over the rounds",
        "",
        *rows,
        "",
        "Per round (ms): " + "; ".join(
            f"{name}: Continuum {java[key + '_rounds']}, nbformat {py[key + '_rounds']}" for name, key in ROWS) + ".",
        "",
        "open+validate: Continuum `NotebookDocument.open` (read the file, one parse, schema check, "
        "model, autosave lookup); nbformat `read(path, as_version=4)` + `validate(nb)` "
        "(`read` validates once more inside).",
        "",
        "save: Continuum `NotebookDocument.saveAs` (canonical bytes, temp file, fsync, rename, folder "
        "fsync, snapshot checksum); nbformat `write(nb, path)` (validates, then a plain write, no fsync). "
        "Continuum pays for durability nbformat does not, so its save ratio is conservative. "
        f"Both saves produce the input's exact bytes: {java['save_identical_to_input'] and py['save_identical_to_input']}.",
    ]
    if profile:
        with open(profile, encoding="utf-8") as f:
            md += ["", "## Where Continuum's time goes (`run.sh --profile`)", "", "```", f.read().rstrip(), "```"]
    with open(results_md, "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
