"""Writes the notebook the open/save benchmark (issue 3) reads: 2,000 cells, about 20 MB.

Usage: gen_notebook.py OUT.ipynb

Deterministic (fixed seed, fixed cell ids), so every run measures the same bytes. The mix is
what a heavy real notebook holds: markdown prose, code cells with multi-line stream output,
execute_result text/plain, and display_data image/png. The PNGs are real PNG files built with
zlib + struct (no PIL); their pixels are pseudo-random so they do not compress away, and their
sizes vary, so base64 strings from a few KB to ~100 KB dominate the file as plots do. Written
with nbformat.write so the file is byte-for-byte what Jupyter would save.
"""
import base64
import random
import struct
import sys
import zlib

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

CELLS = 2000
SEED = 3  # issue 3


def png(rng, width, height):
    """A valid RGB PNG of the given size: signature, IHDR, one IDAT, IEND."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    # Each scanline: filter byte 0, then noisy pixels; a smooth band keeps it plot-like.
    rows = []
    for y in range(height):
        noise = rng.randbytes(width * 3 // 2)
        rows.append(b"\x00" + noise + bytes([y % 256]) * (width * 3 - len(noise)))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 6)) + chunk(b"IEND", b""))


def stream_text(rng, i):
    lines = rng.randint(5, 110)
    return "".join(f"step {i}.{n}: loss={rng.random():.6f} acc={rng.random():.4f} lr=1e-3 batch={n * 32}\n"
                   for n in range(lines))


def markdown(rng, i):
    words = " ".join(rng.choice(["data", "model", "the", "compute", "continuum", "node", "edge", "cloud",
                                 "latency", "result", "plot", "table"]) for _ in range(rng.randint(20, 200)))
    return f"## Section {i}\n\n{words}.\n\n- point one\n- point two: `x = {i}`\n"


def code_cell(rng, i, count):
    source = f"import numpy as np\nx = np.linspace(0, {i}, 100)\nresult_{i} = (x ** 2).sum()\nplot(x)\nresult_{i}"
    outputs = [new_output("stream", name="stdout", text=stream_text(rng, i))]
    if rng.random() < 0.45:
        width, height = rng.randint(70, 190), rng.randint(60, 140)
        outputs.append(new_output("display_data", data={
            "image/png": base64.b64encode(png(rng, width, height)).decode("ascii"),
            "text/plain": f"<Figure size {width * 8}x{height * 8} with 1 Axes>"}))
    outputs.append(new_output("execute_result", execution_count=count, data={
        "text/plain": f"array([{', '.join(f'{rng.random():.8f}' for _ in range(rng.randint(3, 40)))}])"}))
    return new_code_cell(source, id=f"code-{i:04d}", execution_count=count, outputs=outputs)


def main(out):
    rng = random.Random(SEED)
    cells, count = [], 0
    for i in range(CELLS):
        if i % 5 in (0, 3):  # 40% markdown, 60% code, interleaved as in real notebooks
            cells.append(new_markdown_cell(markdown(rng, i), id=f"md-{i:04d}"))
        else:
            count += 1
            cells.append(code_cell(rng, i, count))
    nb = new_notebook(cells=cells, metadata={
        "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
        "language_info": {"name": "python", "version": "3.11.2"}})
    nb.nbformat_minor = 5
    nbformat.validate(nb)
    nbformat.write(nb, out)


if __name__ == "__main__":
    main(sys.argv[1])
