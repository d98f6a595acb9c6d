#!/usr/bin/python3
"""Generates examples/welcome.ipynb, the notebook Continuum opens on first start.

Regenerate it from the project root with Debian's Python (the one that has the Jupyter packages):

    /usr/bin/python3 examples/make_welcome.py            # writes examples/welcome.ipynb
    /usr/bin/python3 examples/make_welcome.py -o OUT.ipynb

Needs: python3-nbformat, python3-jupyter-client, python3-ipykernel (its "python3" kernelspec),
python3-matplotlib and python3-numpy, and a JDK 21 or newer (found as the project's scripts find it,
through scripts/lib/jdk.sh: $JAVA_HOME when new enough, else the newest under /usr/lib/jvm).

Everything here is fixed text (cell ids included), so the file only changes when this script does,
except for what is genuinely executed:
  * the Python cells run for real, in order, in one ipykernel started through jupyter_client, so
    their outputs (stream, PNG plot, ANSI-coloured traceback), execution counts and the notebook's
    language_info are the kernel's own;
  * the Java cell runs for real in JShell (the JDK's jdk.jshell API, execution in a separate JVM,
    JShell's default imports), in a session of its own, so it has its own execution count [1].
    Without a JDK >= 21 the Java cell is written unexecuted (no outputs, execution_count null).
The result is written with nbformat.write (canonical bytes) and checked with nbformat.validate.
"""

import argparse
import os
import pathlib
import subprocess
import sys
import tempfile

import nbformat
from nbformat.v4 import (new_code_cell, new_markdown_cell, new_notebook, new_output,
                         output_from_msg)

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
TIMEOUT = 120  # seconds per cell

# --------------------------------------------------------------------------------------------
# The notebook's text. Cells are (kind, id, metadata, source); kind is "md", "py" or "java".
# --------------------------------------------------------------------------------------------

INTRO = r"""# Welcome to Continuum

Continuum is a notebook IDE for the *compute continuum*. It opens the Jupyter notebooks you already
have, lets you write **Python** and **Java** cells side by side, and runs each cell where it belongs:
on this computer, in a Docker container, on a machine you reach over SSH, on an HPC cluster, on
Kubernetes or on a small edge device.

This file is an ordinary Jupyter notebook (`.ipynb`, nbformat 4.5). Open it in JupyterLab and it
reads the same; run it here cell by cell, change it, break it.

## What is in a Continuum notebook

- **Two languages, one notebook.** Python cells run on a Jupyter kernel (ipykernel, or any other
  kernel you have installed); Java cells run in JShell. A cell is Java when its metadata says
  `"continuum": {"language": "java"}`, or when its first line is `%%java`.
- **A place for every cell.** A cell's environment is kept in its metadata, for example
  `"continuum": {"environment": "local"}`; a cell without one runs on the notebook's default
  environment, set the same way in the notebook's metadata.
- **Your files stay Jupyter's.** Continuum writes `.ipynb` byte for byte as Jupyter's own
  [nbformat](https://nbformat.readthedocs.io/) does, keeps metadata it does not know, and checks
  every notebook against the official schema.
- **Outputs as you know them:** streams, rich results, images and coloured tracebacks.

## Where a cell can run

| Environment | Runs on | Reached through |
|---|---|---|
| `local` | this computer | a kernel started as a local process |
| `docker` | a container on a Docker engine | the engine's API and the container's ports |
| `ssh` | any machine you can `ssh` to | an SSH tunnel |
| `slurm` | an HPC cluster | a Slurm job (`sbatch`, `srun`) |
| `kubernetes` | a pod on a Kubernetes cluster | the Kubernetes API |
| `edge` | a small device, even behind NAT | an agent on the device that connects out; every request signed |

An *environment* is built from a *template*, a blueprint that an administrator, your group or you
can share. Templates and environments are plain JSON; secrets such as keys and passwords are kept
out of them.

Formulas are written in LaTeX, inline like Euler's identity $e^{i\pi}+1=0$ or as a display. This
version shows them as their LaTeX source (JupyterLab typesets them; a math renderer is planned):

$$\frac{\pi}{4} = \sum_{k=0}^{\infty} \frac{(-1)^k}{2k+1} = 1 - \frac{1}{3} + \frac{1}{5} - \cdots$$
"""

PY_INTRO = r"""## A Python cell

The next cell checks Euler's identity numerically and sums Leibniz's series for $\pi$. What it
prints is a *stream* output. Like every cell in this notebook it runs on `local`, the notebook's
default; this one also names its environment in its own metadata."""

PY_COMPUTE = r"""import cmath
import math

z = cmath.exp(1j * math.pi) + 1
print(f"e^(iπ) + 1 = {z}")
print(f"|e^(iπ) + 1| = {abs(z):.1e}: zero, up to floating-point rounding")
print()

def leibniz(n):
    '''π from the first n terms of Leibniz's series.'''
    return 4 * sum((-1) ** k / (2 * k + 1) for k in range(n))

for n in (10, 1_000, 100_000):
    approx = leibniz(n)
    print(f"n = {n:>7,}   π ≈ {approx:.10f}   error {abs(math.pi - approx):.1e}")"""

JAVA_INTRO = r"""## A Java cell

Java cells are JShell snippets: declarations such as a `record` and statements at the top level,
no class and no `main` needed. The value of the last expression is the cell's result, as in
Python. This cell is Java because its metadata says `"language": "java"`.

Java runs in a JShell session of its own, beside the Python kernel, which is why this cell counts
its own `[1]`."""

JAVA_RECORDS = r"""record Run(String cell, String environment, double seconds) {}

var runs = List.of(
    new Run("load",     "local",  0.8),
    new Run("clean",    "docker", 2.4),
    new Run("train",    "slurm",  812.5),
    new Run("evaluate", "slurm",  41.0),
    new Run("serve",    "edge",   0.3));

// Seconds spent on each environment, sorted by name
runs.stream()
    .collect(Collectors.groupingBy(Run::environment, TreeMap::new,
                                   Collectors.summingDouble(Run::seconds)))"""

PLOT_INTRO = r"""## Plots

Images appear inline. matplotlib's inline backend sends each figure as a PNG, with a line of text
for viewers that cannot show images. Leibniz's partial sums close in on $\pi$ from both sides, and
their error shrinks like $1/n$:"""

PY_PLOT = r"""import numpy as np
import matplotlib.pyplot as plt

n = np.arange(1, 10_001)
partial_sums = 4 * np.cumsum((-1.0) ** (n - 1) / (2 * n - 1))
error = np.abs(np.pi - partial_sums)

fig, (left, right) = plt.subplots(1, 2, figsize=(9, 3.4), dpi=100, layout="constrained")

left.plot(n[:30], partial_sums[:30], "o-", color="#1f6feb", markersize=4, linewidth=1.2)
left.axhline(np.pi, color="#9a6700", linestyle="--", linewidth=1.2, label=r"$\pi$")
left.set(title="Partial sums $4S_n$", xlabel="terms $n$")
left.legend()

right.loglog(n, error, color="#1f6feb", linewidth=2.5, label=r"$|\pi - 4S_n|$")
right.loglog(n, 1 / n, color="#9a6700", linestyle=":", linewidth=1.5, label=r"$1/n$")
right.set(title="Error after $n$ terms", xlabel="terms $n$")
right.legend()

for ax in (left, right):
    ax.grid(True, alpha=0.3)
plt.show()"""

ERROR_INTRO = r"""## When something goes wrong

Errors come with the kernel's full, coloured traceback, as in JupyterLab. This one is on purpose:
the cell asks for the environment of a cell the table does not list."""

PY_ERROR = r"""placement = {"load": "local", "train": "slurm", "serve": "edge"}

def environment_of(cell):
    return placement[cell]

environment_of("evaluate")"""

CLOSING = r"""## Coming next: code once, run anywhere

> **Preview.** The features in this section are being built. They show where Continuum is going;
> names and syntax may still change.

- **Environment lanes.** Drag cells onto lanes, one lane per environment. Continuum works out what
  each cell reads and defines and draws the notebook's data dependencies as a graph. When a cell
  on one environment reads a variable defined on another, the value is moved for you.
- **Parallel skeletons inside a cell.** Decorators mark the parallel structure of a cell's code:
  `@map` (the same function over many items), `@farm` (independent tasks handed to a pool of
  workers), `@pipeline` (stages that stream into each other) and `@reduce` (combine the partial
  results). A source-to-source compiler turns the cell into a graph of tasks and spreads them
  across environments:

  ```python
  @map(environment="slurm")       # one task per parameter set, on the cluster
  def simulate(params):
      ...

  @reduce(environment="local")    # gathered back on this computer
  def summarise(results):
      ...
  ```

- **Sub-environments.** A cell can get a lightweight image holding only its own dependencies,
  inferred from its code.
- **Runs you can trace.** Steps are scheduled with priorities, time limits and retries; every run
  is recorded with its state (waiting, running, success, failed or cancelled).
- **Workflows that run without the app.** Export the notebook as a workflow bundle: each cell a
  self-contained step, the environments it needs, and a
  [Common Workflow Language](https://www.commonwl.org/) (CWL v1.2) workflow that `cwltool`, Toil,
  StreamFlow or Arvados can run:

  ```sh
  continuum export welcome.ipynb -o welcome-workflow --format cwl
  ```

Write the code once, then decide where it runs."""

LOCAL = {"continuum": {"environment": "local"}}

CELLS = [
    ("md", "welcome", {}, INTRO),
    ("md", "python-cell", {}, PY_INTRO),
    ("py", "euler-and-leibniz", LOCAL, PY_COMPUTE),
    ("md", "java-cell", {}, JAVA_INTRO),
    ("java", "java-records", {"continuum": {"environment": "local", "language": "java"}}, JAVA_RECORDS),
    ("md", "plots", {}, PLOT_INTRO),
    ("py", "leibniz-plot", LOCAL, PY_PLOT),
    ("md", "errors", {}, ERROR_INTRO),
    ("py", "traceback", {}, PY_ERROR),
    ("md", "coming-next", {}, CLOSING),
]
EXPECTED_ERRORS = {"traceback"}  # cells whose error output is the point

# --------------------------------------------------------------------------------------------
# Running Python cells in a real ipykernel (jupyter_client), collecting outputs as Jupyter does.
# --------------------------------------------------------------------------------------------


class PythonKernel:
    def __init__(self, workdir):
        from jupyter_client.manager import start_new_kernel

        # ipykernel's debugger otherwise warns on stderr about Python's frozen modules.
        os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
        self.km, self.kc = start_new_kernel(kernel_name="python3", cwd=workdir)

    def language_info(self):
        reply = self.kc.kernel_info(reply=True, timeout=TIMEOUT)
        return reply["content"]["language_info"]

    def run(self, code):
        """Runs code; returns (execution_count, outputs, status)."""
        outputs = []

        def hook(msg):
            kind = msg["header"]["msg_type"]
            if kind == "clear_output":
                outputs.clear()
            elif kind in ("stream", "display_data", "execute_result", "error"):
                out = output_from_msg(msg)
                last = outputs[-1] if outputs else None
                if (kind == "stream" and last is not None and last.output_type == "stream"
                        and last.name == out.name):
                    last.text += out.text  # consecutive writes to one stream form one output
                else:
                    outputs.append(out)

        reply = self.kc.execute_interactive(code, store_history=True, timeout=TIMEOUT,
                                            output_hook=hook, allow_stdin=False)
        content = reply["content"]
        return content["execution_count"], outputs, content["status"]

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=False)


# --------------------------------------------------------------------------------------------
# Running Java cells in JShell (jdk.jshell API), as a JShell kernel would.
# --------------------------------------------------------------------------------------------

JSHELL_RUNNER = r"""
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import jdk.jshell.*;

/** Runs one cell read from stdin in a fresh JShell; writes its stdout and last value to files. */
public class JShellCell {
    static final String DEFAULT_IMPORTS = String.join("\n",
        "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
        "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
        "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;");

    public static void main(String[] args) throws Exception {
        String cell = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        var out = new ByteArrayOutputStream();
        var ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        String value = null;
        try (JShell js = JShell.builder().out(ps).err(ps).build()) {
            run(js, DEFAULT_IMPORTS);  // what the jshell tool's DEFAULT startup does
            value = run(js, cell);
        }
        ps.flush();
        Files.writeString(Path.of(args[0]), out.toString(StandardCharsets.UTF_8));
        if (value != null) Files.writeString(Path.of(args[1]), value);
    }

    /** Evaluates every snippet of src; returns the value of the last one when it is an expression. */
    static String run(JShell js, String src) {
        String rest = src, value = null;
        while (!rest.isBlank()) {
            var info = js.sourceCodeAnalysis().analyzeCompletion(rest);
            if (!info.completeness().isComplete()) fail("incomplete snippet: " + rest);
            rest = info.remaining();
            for (SnippetEvent e : js.eval(info.source())) {
                if (e.causeSnippet() != null) continue;
                Snippet s = e.snippet();
                if (e.status() == Snippet.Status.REJECTED) {
                    js.diagnostics(s).forEach(d -> System.err.println(d.getMessage(null)));
                    fail("rejected: " + s.source());
                }
                if (e.exception() != null) fail("exception: " + e.exception());
                boolean expression = s.kind() == Snippet.Kind.EXPRESSION
                    || s.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
                value = expression ? e.value() : null;
            }
        }
        return value;
    }

    static void fail(String message) {
        System.err.println("JShellCell: " + message);
        System.exit(1);
    }
}
"""


def find_jdk():
    script = f'. "{ROOT}/scripts/lib/jdk.sh" && continuum_find_jdk'
    result = subprocess.run(["bash", "-c", script], capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        return None
    return result.stdout.strip()


def run_java(jdk, workdir, code):
    """Runs a Java cell in JShell; returns its outputs (stream, execute_result without count)."""
    runner = pathlib.Path(workdir, "JShellCell.java")
    runner.write_text(JSHELL_RUNNER, encoding="utf-8")
    out_file, value_file = pathlib.Path(workdir, "out.txt"), pathlib.Path(workdir, "value.txt")
    for f in (out_file, value_file):
        f.unlink(missing_ok=True)
    subprocess.run([f"{jdk}/bin/java", str(runner), str(out_file), str(value_file)],
                   input=code.encode("utf-8"), check=True, timeout=TIMEOUT, cwd=workdir)
    outputs = []
    text = out_file.read_text(encoding="utf-8")
    if text:
        outputs.append(new_output("stream", name="stdout", text=text))
    if value_file.exists():
        outputs.append(new_output("execute_result", data={"text/plain": value_file.read_text(encoding="utf-8")}))
    return outputs


# --------------------------------------------------------------------------------------------


def build(path):
    nb = new_notebook()
    nb.metadata = {
        "continuum": {"environment": "local"},
        "kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
    }
    jdk = find_jdk()
    java_count = 0
    with tempfile.TemporaryDirectory(prefix="continuum-welcome-") as workdir:
        kernel = PythonKernel(workdir)
        try:
            nb.metadata["language_info"] = kernel.language_info()
            for kind, cell_id, metadata, source in CELLS:
                if kind == "md":
                    nb.cells.append(new_markdown_cell(source, id=cell_id, metadata=metadata))
                    continue
                cell = new_code_cell(source, id=cell_id, metadata=metadata)
                if kind == "py":
                    count, outputs, status = kernel.run(source)
                    if (status == "error") != (cell_id in EXPECTED_ERRORS):
                        raise SystemExit(f"cell {cell_id}: status {status}, outputs {outputs}")
                    cell.execution_count, cell.outputs = count, outputs
                elif jdk:
                    java_count += 1
                    cell.execution_count = java_count
                    cell.outputs = run_java(jdk, workdir, source)
                    for out in cell.outputs:
                        if out.output_type == "execute_result":
                            out.execution_count = java_count
                else:
                    print(f"make_welcome: no JDK >= 21, Java cell {cell_id} left unexecuted", file=sys.stderr)
                nb.cells.append(cell)
        finally:
            kernel.close()
    nbformat.validate(nb)
    nbformat.write(nb, str(path))
    # Read back what was written and validate it again, as any Jupyter tool would see it.
    nbformat.validate(nbformat.read(str(path), as_version=nbformat.NO_CONVERT))
    return nb


def main():
    parser = argparse.ArgumentParser(description="Generate Continuum's welcome notebook.")
    parser.add_argument("-o", "--output", default=str(HERE / "welcome.ipynb"))
    args = parser.parse_args()
    nb = build(args.output)
    sizes = ", ".join(f"{c.id}:{len(c.get('outputs', []))}" for c in nb.cells if c.cell_type == "code")
    print(f"wrote {args.output} (nbformat {nb.nbformat}.{nb.nbformat_minor}, valid; outputs per code cell {sizes})")


if __name__ == "__main__":
    main()
