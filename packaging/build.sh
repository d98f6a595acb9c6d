#!/usr/bin/env bash
# Builds Continuum's desktop packages with jpackage (see packaging/README.md):
#
#   packaging/build.sh              # app-image, and a .deb when dpkg-deb and fakeroot can be had
#   packaging/build.sh --no-deb     # app-image only
#   packaging/build.sh --skip-maven # reuse app/target/continuum-app.jar as it is (no Maven build)
#
# Output (all under packaging/target/, which git ignores):
#   Continuum/                       the app-image: bin/Continuum, lib/app (jars), lib/runtime (Java)
#   continuum_<version>_<arch>.deb   the Debian package (installs to /opt/continuum)
#   input/, runtime/, deb-resources/ intermediate: staged jars, the jlink'd runtime, .deb templates
#
# The packages carry their own Java runtime, made with jlink from the JDK that builds them (the
# project's JDK, >= 21, found by scripts/lib/jdk.sh), so users need no JDK.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
PKG="$ROOT/packaging"
OUT="$PKG/target"
. "$ROOT/scripts/lib/jdk.sh"
. "$ROOT/scripts/lib/apt.sh"

BUILD_DEB=yes
RUN_MAVEN=yes
for arg in "$@"; do
  case "$arg" in
    --no-deb) BUILD_DEB=no ;;
    --skip-maven) RUN_MAVEN=no ;;
    -h|--help) sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
  esac
done

log() { echo "build.sh: $*" >&2; }

JAVA_HOME="$(continuum_find_jdk)"
export JAVA_HOME
JDK_MAJOR="$(continuum_jdk_major "$JAVA_HOME")"
for tool in jpackage jlink jdeps; do
  if [ ! -x "$JAVA_HOME/bin/$tool" ]; then
    log "$JAVA_HOME has no bin/$tool; jpackage needs a full JDK >= 21 (not a JRE)"; exit 1
  fi
done
log "JDK $JDK_MAJOR at $JAVA_HOME"

# Package metadata. jpackage wants a purely numeric version: 0.1.0-SNAPSHOT becomes 0.1.0.
POM_VERSION="$(awk '/<artifactId>continuum-parent<\/artifactId>/ {p=1} p && /<version>/ {
  gsub(/.*<version>|<\/version>.*/, ""); print; exit }' "$ROOT/pom.xml")"
APP_VERSION="$(echo "${POM_VERSION:-0.1.0}" | sed 's/[^0-9.].*$//; s/\.$//')"
APP_NAME="Continuum"
PACKAGE_NAME="continuum"
DESCRIPTION="Notebook IDE for the compute continuum: Jupyter notebooks with Python and Java cells, each run where it belongs"
VENDOR="Continuum"
MAIN_CLASS="dev.continuum.app.Main"
MAIN_JAR="continuum-app.jar"

# 1. The application jar and its runtime dependencies (copied to app/target/lib at package time).
APP_JAR="$ROOT/app/target/$MAIN_JAR"
if [ "$RUN_MAVEN" = yes ]; then
  command -v mvn >/dev/null 2>&1 || continuum_apt_install maven
  log "building with Maven (mvn -q -B -DskipTests install) ..."
  (cd "$ROOT" && mvn -q -B -DskipTests install)
fi
[ -f "$APP_JAR" ] || { log "$APP_JAR is missing; run without --skip-maven"; exit 1; }

command -v unzip >/dev/null 2>&1 || continuum_apt_install unzip
rm -rf "$OUT"
mkdir -p "$OUT/input/lib"

# Stage exactly the jars the app's manifest names (Class-Path: lib/...), not whatever else an older
# build left in app/target/lib. The layout (app jar beside lib/) keeps the manifest's paths valid.
cp "$APP_JAR" "$OUT/input/"
CLASS_PATH="$(unzip -p "$APP_JAR" META-INF/MANIFEST.MF | tr -d '\r' |
  awk '/^Class-Path:/ {cp=substr($0, 13); more=1; next} more && /^ / {cp=cp substr($0, 2); next} {more=0} END {print cp}')"
for entry in $CLASS_PATH; do
  [ -f "$ROOT/app/target/$entry" ] || { log "the manifest names $entry, which is not in app/target"; exit 1; }
  cp "$ROOT/app/target/$entry" "$OUT/input/$entry"
done
log "staged $MAIN_JAR and $(ls "$OUT/input/lib" | wc -l) libraries"

# 2. The Java runtime. Modules: what jdeps finds in the jars, plus what is used only at run time:
#    jdk.jshell/jdk.jdi/jdk.jdwp.agent for Java cells (JShell runs its code in a separate JVM over
#    JDI, which is why the runtime keeps bin/java), zip file systems, charsets, locale data, EC crypto.
JDEPS_MODULES="$("$JAVA_HOME/bin/jdeps" --multi-release "$JDK_MAJOR" --ignore-missing-deps -q \
  --print-module-deps "$OUT/input/$MAIN_JAR" "$OUT/input"/lib/*.jar 2>/dev/null | tail -n 1)"
case "$JDEPS_MODULES" in java.*|jdk.*) ;; *) log "jdeps failed to list the modules the app needs"; exit 1 ;; esac
EXTRA_MODULES="jdk.jshell,jdk.jdi,jdk.jdwp.agent,jdk.zipfs,jdk.charsets,jdk.localedata,jdk.crypto.ec,jdk.unsupported"
MODULES="$(echo "$JDEPS_MODULES,$EXTRA_MODULES" | tr ',' '\n' | sort -u | paste -sd, -)"
log "jlink runtime with $MODULES"
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --strip-debug --no-man-pages --no-header-files \
  --compress=zip-6 --output "$OUT/runtime"

# Launcher JVM options. JavaFX loads its native libraries and (JavaFX 21) uses sun.misc.Unsafe
# memory access: JDK 24+ warns on both unless allowed. Nothing else is needed (-Xss, LCD text: no).
JAVA_OPTIONS=(--java-options "--enable-native-access=ALL-UNNAMED")
if [ "$JDK_MAJOR" -ge 23 ]; then
  JAVA_OPTIONS+=(--java-options "--sun-misc-unsafe-memory-access=allow")
fi

# 3. The app-image.
log "jpackage --type app-image ..."
"$JAVA_HOME/bin/jpackage" --type app-image --dest "$OUT" \
  --name "$APP_NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --icon "$PKG/icons/continuum.png" \
  --input "$OUT/input" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" "${JAVA_OPTIONS[@]}"
log "app-image: $OUT/$APP_NAME ($(du -sh "$OUT/$APP_NAME" | cut -f1))"

# Smoke test: the packaged launcher runs a headless subcommand on the welcome notebook.
if [ -f "$ROOT/examples/welcome.ipynb" ]; then
  "$OUT/$APP_NAME/bin/$APP_NAME" validate "$ROOT/examples/welcome.ipynb" >&2
fi

[ "$BUILD_DEB" = yes ] || exit 0

# 4. The .deb. jpackage needs dpkg-deb and fakeroot; the dependency scan below needs readelf.
NEED=()
command -v dpkg-deb >/dev/null 2>&1 || NEED+=(dpkg)
command -v fakeroot >/dev/null 2>&1 || NEED+=(fakeroot)
command -v readelf >/dev/null 2>&1 || NEED+=(binutils)
if [ ${#NEED[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    log "no .deb: ${NEED[*]} missing and no apt-get to install them (not Debian-based?); the app-image is done"
    exit 1
  fi
  continuum_apt_install "${NEED[@]}"
fi

# jpackage derives the package's Depends from the native libraries of the Java runtime. JavaFX's
# natives live inside its jars (unpacked at first start), so jpackage cannot see them: add the
# packages holding the libraries they link against directly (GTK 3, Pango, Cairo, OpenGL, ALSA...),
# as named on this system's Debian release, less those jpackage lists already. JavaFX's ffmpeg
# plugins (one per libavcodec version, all optional) are left out.
packages_of() { # library paths on stdin -> the Debian packages that hold them
  local path p pkg
  while read -r path; do
    for p in "$path" "$(readlink -f "$path")" "${path#/usr}"; do
      pkg="$(dpkg -S "$p" 2>/dev/null | head -n 1 | cut -d: -f1)" || true
      if [ -n "$pkg" ]; then echo "$pkg"; break; fi
    done
  done | sort -u
}
javafx_deps() {
  local natives="$OUT/javafx-natives" so lib
  rm -rf "$natives"; mkdir -p "$natives"
  for jar in "$OUT"/input/lib/javafx-*.jar; do
    unzip -q -o -j "$jar" '*.so' -d "$natives" 2>/dev/null || true
  done
  for so in "$natives"/*.so; do
    [ -e "$so" ] || continue
    case "$(basename "$so")" in libavplugin*) continue ;; esac
    readelf -d "$so" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | while read -r lib; do
      ldd "$so" | awk -v l="$lib" '$1 == l && $3 ~ /^\// {print $3; exit}'
    done
  done | packages_of > "$OUT/javafx.deps"
  # What jpackage finds by itself: every library the runtime's natives load (ldd, transitively).
  find "$OUT/runtime" -name '*.so' -exec ldd {} + 2>/dev/null | awk '$3 ~ /^\// {print $3}' | sort -u |
    packages_of > "$OUT/runtime.deps"
  comm -23 "$OUT/javafx.deps" "$OUT/runtime.deps" | paste -sd, - | sed 's/,/, /g'
  rm -rf "$natives" "$OUT/javafx.deps" "$OUT/runtime.deps"
}
DEB_DEPS="$(javafx_deps)"
log "JavaFX needs, besides what jpackage finds: ${DEB_DEPS:-(nothing found)}"

# jpackage's resource directory for the .deb, from packaging/linux/ (jpackage fills in the
# CAPITALISED placeholders in each):
#  - Continuum.desktop, the desktop entry: Categories, MimeType, "Exec=... %F" so a notebook opened
#    from a file manager reaches the app;
#  - postinst and prerm: jpackage's own, except that a failing xdg-desktop-menu (no desktop menu on
#    the system) no longer makes the package impossible to install or remove;
#  - Continuum.png, the icon: jpackage ignores --icon when it packages an existing app-image.
mkdir -p "$OUT/deb-resources"
cp "$PKG/linux/$APP_NAME.desktop" "$PKG/linux/postinst" "$PKG/linux/prerm" "$OUT/deb-resources/"
cp "$PKG/icons/continuum.png" "$OUT/deb-resources/$APP_NAME.png"

log "jpackage --type deb ..."
"$JAVA_HOME/bin/jpackage" --type deb --dest "$OUT" \
  --app-image "$OUT/$APP_NAME" \
  --name "$APP_NAME" --app-version "$APP_VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
  --icon "$PKG/icons/continuum.png" \
  --file-associations "$PKG/ipynb.properties" \
  --resource-dir "$OUT/deb-resources" \
  --linux-package-name "$PACKAGE_NAME" \
  --linux-deb-maintainer "${CONTINUUM_DEB_MAINTAINER:-maintainers@continuum.invalid}" \
  --linux-menu-group "Development;Science;" \
  --linux-app-category devel \
  --linux-shortcut \
  ${DEB_DEPS:+--linux-package-deps "$DEB_DEPS"}
DEB="$(ls "$OUT"/"$PACKAGE_NAME"_*.deb)"
log "deb: $DEB ($(du -h "$DEB" | cut -f1))"
