#!/usr/bin/env bash
# README command 2: runs the whole test suite on a fresh Debian machine. Installs and starts what
# the tests need (nothing is expected to be there by hand), then builds and tests every module.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$ROOT"
. scripts/lib/apt.sh
. scripts/lib/jdk.sh

# Jupyter's own nbformat is the oracle the .ipynb tests compare against; the Jupyter kernel
# session tests drive Debian's ipykernel and compare against jupyter_client and jupyter_core;
# the tests of variables between Java and Python carry numpy arrays.
continuum_apt_install maven python3 python3-nbformat python3-ipykernel python3-jupyter-client python3-numpy libgtk-3-0 \
  fonts-dejavu-core xvfb
JAVA_HOME="$(continuum_find_jdk)"
export JAVA_HOME
PYTHON="$(continuum_find_python nbformat jupyter_client)"
echo "test.sh: JDK $JAVA_HOME, Python $PYTHON" >&2

mvn -B -ntp verify -Dcontinuum.python="$PYTHON"

# The launcher itself, as a user calls it.
scripts/launcher-check.sh "$PYTHON"
echo "test.sh: all tests passed" >&2
