#!/usr/bin/env bash
# One command for the comparison with scikit-learn, in one sitting:
#   1. builds benchmarks/target/benchmarks.jar if it is missing or older than the sources;
#   2. writes the workload files (or verifies them) with gen_workloads.py;
#   3. times scikit-learn on them (sklearn_times.py), 1 thread, then 2 threads for the rows that parallelise;
#   4. with --java-peers, times Smile and Tribuo (../shared/bench/java-peers, copied to a temporary folder
#      and compiled there) on the same files, 1 thread then 2;
#   5. times classicml (CompareRunner) and prints one table beside the others' figures;
#   6. writes the table as Markdown, and both sides' records as JSON lines, to the results folder.
#
# usage: benchmarks/scripts/compare.sh [--only W1,W8] [--data DIR] [--results DIR] [--reps N]
#                                      [--kernels vector|scalar] [--no-sklearn] [--threads 1]
#                                      [--java-peers [DIR]]
#
#   --only      workloads to run (default: all)
#   --data      workload files (default: $CLASSICML_WORKLOADS or ./workload-data)
#   --results   where results go (default: ./compare-results)
#   --reps      timed calls per row on the classicml side (default 5)
#   --kernels   vector (default) runs Java with --add-modules jdk.incubator.vector; scalar without
#   --no-sklearn  reuse the newest scikit-learn records in the results folder instead of timing again
#   --threads   1 runs only the single-thread rows (default: 1 and 2)
#   --java-peers  also time Smile and Tribuo in this sitting, from DIR (default: ../shared/bench/java-peers
#               beside the project, or $CLASSICML_JAVA_PEERS); needs Maven and their jars in ~/.m2
#
# Needs Java 17+ and Debian's scikit-learn (apt-get install -y python3-sklearn; PYTHON=/usr/bin/python3).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
python="${PYTHON:-/usr/bin/python3}"
java="${JAVA:-java}"
data="${CLASSICML_WORKLOADS:-workload-data}"
results="compare-results"
only=""
reps=""
kernels="vector"
sklearn=1
threads="1,2"
java_peers=""

while [ $# -gt 0 ]; do
  case "$1" in
    --only) only="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --results) results="$2"; shift 2 ;;
    --reps) reps="$2"; shift 2 ;;
    --kernels) kernels="$2"; shift 2 ;;
    --no-sklearn) sklearn=0; shift ;;
    --threads) threads="$2"; shift 2 ;;
    --java-peers)
      if [ $# -gt 1 ] && [ "${2#--}" = "$2" ]; then java_peers="$2"; shift 2
      else java_peers="${CLASSICML_JAVA_PEERS:-$root/../shared/bench/java-peers}"; shift; fi ;;
    *) echo "compare.sh: option must be one of --only, --data, --results, --reps, --kernels, --no-sklearn, --threads, --java-peers, got \"$1\"" >&2; exit 2 ;;
  esac
done
case "$kernels" in
  vector) jvm_flags=(--add-modules jdk.incubator.vector) ;;
  scalar) jvm_flags=() ;;
  *) echo "compare.sh: --kernels must be vector or scalar, got \"$kernels\"" >&2; exit 2 ;;
esac

jar="$root/benchmarks/target/benchmarks.jar"
newest_source="$(find "$root/core/src/main" "$root/metrics/src/main" "$root/algorithms/src/main" "$root/benchmarks/src/main" \
  -type f -newer "$jar" -print -quit 2>/dev/null || true)"
if [ ! -f "$jar" ] || [ -n "$newest_source" ]; then
  echo "== building $jar"
  (cd "$root" && ./mvnw -B -q package -DskipTests -pl benchmarks -am)
fi

echo "== workload files in $data"
"$python" "$here/gen_workloads.py" --out "$data"

mkdir -p "$results"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
sk="$results/sklearn-$stamp.jsonl"
only_args=()
[ -n "$only" ] && only_args=(--only "$only")
if [ "$sklearn" = 1 ]; then
  echo "== scikit-learn, 1 thread"
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 \
    "$python" "$here/sklearn_times.py" --data "$data" --threads 1 --out "$sk" "${only_args[@]}"
  if [ "$threads" != 1 ]; then
    echo "== scikit-learn, 2 threads (rows that parallelise)"
    OMP_NUM_THREADS=2 OPENBLAS_NUM_THREADS=2 MKL_NUM_THREADS=2 \
      "$python" "$here/sklearn_times.py" --data "$data" --threads 2 --out "$sk" "${only_args[@]}"
  fi
else
  sk="$(ls -t "$results"/sklearn-*.jsonl 2>/dev/null | head -1 || true)"
  [ -n "$sk" ] || { echo "compare.sh: --no-sklearn needs an earlier sklearn-*.jsonl in $results" >&2; exit 2; }
  echo "== reusing scikit-learn records from $sk"
fi

peers_file=""
if [ -n "$java_peers" ]; then
  peers_file="$results/peers-$stamp.jsonl"
  build="$(mktemp -d)"
  echo "== Smile and Tribuo: compiling a copy of $java_peers in $build"
  cp -r "$java_peers/." "$build"
  (cd "$build" && mvn -o -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
  peers_cp="$build/target/classes:$(cat "$build/target/cp.txt")"
  for peer in smile tribuo; do
    echo "== $peer, 1 thread"
    OPENBLAS_NUM_THREADS=1 "$java" -Xms1g -Xmx8g -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 \
      -cp "$peers_cp" peers.Main --peer "$peer" --threads 1 --run 1 --data "$data" --out "$peers_file" "${only_args[@]}"
    if [ "$threads" != 1 ]; then
      echo "== $peer, 2 threads"
      OPENBLAS_NUM_THREADS=2 "$java" -Xms1g -Xmx8g -Djava.util.concurrent.ForkJoinPool.common.parallelism=1 \
        -cp "$peers_cp" peers.Main --peer "$peer" --threads 2 --run 1 --data "$data" --out "$peers_file" "${only_args[@]}"
    fi
  done
fi

echo "== classicml ($kernels kernels)"
runner_args=(--data "$data" --sklearn "$sk" --markdown "$results/compare-$stamp.md" --out "$results/classicml-$stamp.jsonl")
[ -n "$only" ] && runner_args+=(--only "$only")
[ -n "$reps" ] && runner_args+=(--reps "$reps")
[ "$threads" = 1 ] && runner_args+=(--threads 1)
[ -n "$peers_file" ] && runner_args+=(--peers "$peers_file")
"$java" "${jvm_flags[@]}" -cp "$jar" io.github.classicml.benchmarks.compare.CompareRunner "${runner_args[@]}"
