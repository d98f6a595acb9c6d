# Sourced by the benchmarks: finds the JDK and the Python with nbformat, and (re)builds the bench
# jar when it is missing or older than any main source or pom of the project.
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
BENCH="$ROOT/bench"
. "$ROOT/scripts/lib/jdk.sh"
. "$ROOT/scripts/lib/apt.sh"
JAVA_HOME="$(continuum_find_jdk)"
export JAVA_HOME
PYTHON="$(continuum_find_python nbformat)"
JAR="$BENCH/target/bench.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT" -path "$ROOT/.git" -prune -o -path '*/target' -prune -o \
    \( -path '*/src/main/*' -o -name pom.xml \) -newer "$JAR" -print -quit)" ]; then
  echo "bench: building ..." >&2
  # install without compiling tests: the benchmark needs no test code, and its modules' jars must
  # match the sources it measures.
  (cd "$ROOT" && mvn -q -B -Dmaven.test.skip=true install -pl bench -am >&2)
fi
