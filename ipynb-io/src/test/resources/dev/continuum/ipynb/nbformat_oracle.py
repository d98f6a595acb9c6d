"""Test oracle: what Jupyter's own nbformat writes for each notebook file.

Reads file paths (one per line) on stdin and prints one JSON line per file:
{"file": ..., "ok": true, "bytes": <base64 of nbformat.write(nbformat.read(f, as_version=4))>}
or {"file": ..., "ok": false, "error": "..."} when nbformat cannot read or write it.
New cell ids come from a counter ("cid00001", ...), restarted for each file, so the Java side can
make the same ones.
"""
import base64
import io
import json
import logging
import sys
import warnings

import nbformat
import nbformat.v4.convert
import nbformat.validator

warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)

counter = [0]


def next_id():
    counter[0] += 1
    return "cid%05d" % counter[0]


nbformat.validator.generate_corpus_id = next_id
nbformat.v4.convert.random_cell_id = next_id

upgrade = len(sys.argv) > 1 and sys.argv[1] == "--to-4.5"

for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    counter[0] = 0
    try:
        with open(path, encoding="utf-8") as f:
            nb = nbformat.read(f, as_version=4)
        if upgrade and nb.nbformat_minor < 5:
            nb = nbformat.v4.convert.upgrade(nb, from_version=4, from_minor=nb.nbformat_minor)
        out = io.StringIO()
        nbformat.write(nb, out)
        data = out.getvalue().encode("utf-8")
        print(json.dumps({"file": path, "ok": True, "bytes": base64.b64encode(data).decode("ascii")}))
    except Exception as e:  # the oracle reports, the test decides
        print(json.dumps({"file": path, "ok": False, "error": "%s: %s" % (type(e).__name__, e)}))
    sys.stdout.flush()
