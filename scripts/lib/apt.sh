# Sourced by the project's scripts: installs Debian packages that are missing, with one apt-get update.

continuum_apt_install() { # PACKAGE...
  local missing=() package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${missing[*]} ..." >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The Python interpreter that can import the given modules: Debian's python3-* packages install
# into /usr/bin/python3, which may not be the python3 first on PATH.
continuum_find_python() { # MODULE...
  local candidate imports
  imports=$(printf 'import %s;' "$@")
  for candidate in /usr/bin/python3 "$(command -v python3 2>/dev/null)"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    if "$candidate" -c "$imports" >/dev/null 2>&1; then echo "$candidate"; return 0; fi
  done
  echo "continuum: no Python 3 with $* found (Debian's python3-* packages install into /usr/bin/python3)" >&2
  return 1
}
