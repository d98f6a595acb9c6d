#!/usr/bin/env bash
# README command 1: installs what Continuum needs on a fresh Debian machine, builds it, starts it.
# Arguments are passed to the app (e.g. a notebook to open).
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
. "$ROOT/scripts/lib/apt.sh"
. "$ROOT/scripts/lib/jdk.sh"

# ipykernel runs Python cells; numpy and matplotlib are what the welcome notebook's cells use.
continuum_apt_install maven python3 python3-nbformat python3-ipykernel python3-jupyter-client python3-numpy python3-matplotlib \
  libgtk-3-0 fonts-dejavu-core
JAVA_HOME="$(continuum_find_jdk)"
export JAVA_HOME
(cd "$ROOT" && mvn -q -B -DskipTests install)
exec "$ROOT/continuum" "$@"
