# Sourced by the launcher and the window benchmark: how the app's JVM is started.
#
# Class data sharing: a run without an archive records the classes it loaded and leaves an archive
# at exit; later runs map it instead of loading and verifying thousands of classes again, which is
# most of a cold start. The window and the headless commands load different classes, so each has
# its own archive. An archive older than the jar or the JDK is made again. It is written to a
# temporary name and moved into place, so a run never maps one half-written by another.

continuum_class_archive() { # MODE -> path of the archive for this JDK and mode
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/continuum"
  mkdir -p "$cache" 2>/dev/null || cache="${TMPDIR:-/tmp}"
  echo "$cache/classes-$1-$(basename "$JAVA_HOME").jsa"
}

continuum_run_java() { # MODE JAR ARGS... ; runs the app and returns its exit code
  local mode="$1" jar="$2" archive tmp rc
  shift 2
  archive="$(continuum_class_archive "$mode")"
  # The JVM reports classes it cannot archive on stdout, which would corrupt --json output.
  if [ -f "$archive" ] && [ "$archive" -nt "$jar" ] && [ "$archive" -nt "$JAVA_HOME/release" ]; then
    exec "$JAVA_HOME/bin/java" -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" "$@"
  fi
  # Archives half-written by runs that were killed (older than an hour: not a run going on now).
  find "$(dirname "$archive")" -maxdepth 1 -name 'classes-*.jsa.??????' -mmin +60 -delete 2>/dev/null || true
  tmp="$(mktemp "$archive.XXXXXX")"
  rm -f "$tmp"
  rc=0
  "$JAVA_HOME/bin/java" -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -jar "$jar" "$@" || rc=$?
  if [ -s "$tmp" ]; then mv -f "$tmp" "$archive"; else rm -f "$tmp"; fi
  return "$rc"
}
