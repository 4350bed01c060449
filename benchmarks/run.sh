#!/usr/bin/env bash
# Runs the Error Envelope benchmarks, writes the raw per-round data to benchmarks/results-raw.tsv and
# regenerates benchmarks/RESULTS.md from it (ResultsReport):
#   1. JMH (-prof gc): classify + render + serialize per style, a coded error and 10 violations;
#   2. HTTP load with wrk on 127.0.0.1, in ROUNDS interleaved rounds: every app of a comparison serves
#      the same scenario one after the other within a round (rotating which goes first), so each
#      target is judged on paired per-round ratios. The apps: plain (no library) twice (the noise row),
#      Error Envelope, Error Envelope with success-envelope wrapping, Spring's ProblemDetail support
#      and wimdeblauwe's starter, all built from the same controllers.
# The server JVMs run on core SERVER_CPU, wrk on LOAD_CPU. Every step is bounded in time. Usage:
#   benchmarks/run.sh                      # about 25 minutes on 2 cores
#   ROUNDS=10 JMH_FORKS=3 benchmarks/run.sh   # on a quiet machine
# Settings (environment): DURATION, WARMUP (seconds per wrk run / warm-up run), CONNECTIONS, THREADS,
# ROUNDS, JMH_FORKS, JMH_WARMUP, JMH_ITERATIONS, JMH_TIME, JMH_FILTER, SERVER_CPU, LOAD_CPU,
# SERVER_JVM_OPTS, BASE_PORT, MVN_ARGS (e.g. -o), SKIP_BUILD=1, SKIP_JMH=1, SKIP_HTTP=1,
# ONLY_SCENARIOS (e.g. "success entity404"), RAW_FILE and REPORT_FILE (instead of
# benchmarks/results-raw.tsv and benchmarks/RESULTS.md),
# RUN_NOTE (a sentence printed at the top of RESULTS.md).
# Regenerate RESULTS.md from the committed raw data without measuring anything:
#   java -cp benchmarks/jmh/target/benchmarks.jar io.github.errorenvelope.benchmarks.report.ResultsReport \
#     benchmarks/results-raw.tsv benchmarks/RESULTS.md
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/target/results"
RAW=${RAW_FILE:-$BENCH_DIR/results-raw.tsv}

DURATION=${DURATION:-6}
WARMUP=${WARMUP:-15}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-6}
JMH_FORKS=${JMH_FORKS:-2}
JMH_WARMUP=${JMH_WARMUP:-4}
JMH_ITERATIONS=${JMH_ITERATIONS:-5}
JMH_TIME=${JMH_TIME:-1s}
JMH_FILTER=${JMH_FILTER:-'ErrorRenderingBenchmark.(codedError|validationError)$|SpringProblemDetailBenchmark'}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
SERVER_JVM_OPTS=${SERVER_JVM_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC}
BASE_PORT=${BASE_PORT:-18080}
MVN_ARGS=${MVN_ARGS:-}
START_TIMEOUT=${START_TIMEOUT:-120}

log() { printf '[run.sh %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in java wrk curl taskset; do
	command -v "$tool" >/dev/null 2>&1 || die "missing $tool (Debian: apt-get install -y wrk curl util-linux)"
done
if [ "$(nproc)" -lt 2 ]; then
	log "only one core: server and wrk share it, results will understate throughput"
	SERVER_CPU=0
	LOAD_CPU=0
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
	log "building with -Pbenchmarks"
	# shellcheck disable=SC2086
	(cd "$ROOT" && timeout 900 ./mvnw -B -q $MVN_ARGS -Pbenchmarks -DskipTests clean package -am \
		-pl benchmarks/jmh,benchmarks/apps/plain,benchmarks/apps/problemdetail,benchmarks/apps/envelope,benchmarks/apps/wimdeblauwe) \
		|| die "build failed"
fi
rm -rf "$OUT"
mkdir -p "$OUT/logs"

JMH_JAR="$BENCH_DIR/jmh/target/benchmarks.jar"
app_jar() { echo "$BENCH_DIR/apps/$1/target/app-$1.jar"; }

# ---------------------------------------------------------------- raw data: env rows first
env_row() { printf 'env\t%s\t%s\n' "$1" "$2" >>"$RAW"; }
# SKIP_JMH=1 keeps the JMH rows (and settings) of the previous raw file
PREVIOUS_JMH=$(grep -E '^(jmh|env	jmh)	' "$RAW" 2>/dev/null || true)
{
	echo "# Raw data behind RESULTS.md, written by benchmarks/run.sh. Rows:"
	echo "#   env	key	value"
	echo "#   load	round	scenario	app	req_per_s	p50_us	p99_us	server_cpu_pct	bad_responses"
	echo "#   jmh	benchmark	style	metric	score	error_99_9"
} >"$RAW"
env_row date "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
env_row commit "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- autoconfigure benchmarks/apps || echo ' (with uncommitted changes)')"
env_row cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
env_row java "$(java -version 2>&1 | head -2 | tail -1)"
env_row spring_boot "$(sed -n 's:.*<spring-boot.version>\(.*\)</spring-boot.version>.*:\1:p' "$ROOT/pom.xml")"
env_row wrk "$THREADS thread, $CONNECTIONS connections, keep-alive, ${DURATION} s per run after ${WARMUP} s warm-up per app and scenario, $ROUNDS rounds"
if [ "${SKIP_JMH:-0}" != 1 ]; then
	env_row jmh "$JMH_FORKS forks, $JMH_WARMUP warm-up and $JMH_ITERATIONS measurement iterations of $JMH_TIME, -prof gc"
elif [ -n "$PREVIOUS_JMH" ]; then
	echo "$PREVIOUS_JMH" >>"$RAW"
fi
env_row pinning "server JVMs taskset -c $SERVER_CPU ($SERVER_JVM_OPTS), wrk taskset -c $LOAD_CPU"
env_row loadavg_start "$(cut -d' ' -f1-3 /proc/loadavg)"
env_row note "${RUN_NOTE:-}"

# ---------------------------------------------------------------- 1. JMH
if [ "${SKIP_JMH:-0}" != 1 ]; then
	log "JMH: $JMH_FILTER ($JMH_FORKS forks, ${JMH_WARMUP}x$JMH_TIME warm-up, ${JMH_ITERATIONS}x$JMH_TIME, -prof gc)"
	timeout 1500 java -jar "$JMH_JAR" -f "$JMH_FORKS" -wi "$JMH_WARMUP" -i "$JMH_ITERATIONS" -w "$JMH_TIME" \
		-r "$JMH_TIME" -prof gc -rf csv -rff "$OUT/jmh.csv" -o "$OUT/logs/jmh.txt" "$JMH_FILTER" \
		|| { tail -40 "$OUT/logs/jmh.txt" >&2; die "JMH failed"; }
	# "pkg.Class.method[:metric]","avgt",threads,samples,score,error,"unit"[,param] -> jmh rows
	awk -F, 'NR > 1 { gsub(/"|\r/, ""); split($1, name, ":"); n = split(name[1], parts, ".");
		metric = (name[2] == "") ? "ns_per_op" : name[2];
		if (metric != "ns_per_op" && metric != "gc.alloc.rate.norm") next;
		printf "jmh\t%s.%s\t%s\t%s\t%s\t%s\n", parts[n - 1], parts[n], ($8 == "") ? "-" : $8, metric, $5, $6 }' \
		"$OUT/jmh.csv" >>"$RAW"
fi

# ---------------------------------------------------------------- 2. HTTP load
PIDS=()
cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
	for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
	PIDS=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

declare -A APP_PORTS APP_PIDS
NEXT_PORT=$BASE_PORT
# start_app NAME JAR [ARGS...]: one server JVM on SERVER_CPU, remembered by name
start_app() {
	local name=$1 jar=$2 port=$NEXT_PORT
	NEXT_PORT=$((NEXT_PORT + 1))
	shift 2
	# shellcheck disable=SC2086
	taskset -c "$SERVER_CPU" java $SERVER_JVM_OPTS -jar "$jar" --server.address=127.0.0.1 --server.port="$port" \
		--spring.main.banner-mode=off "$@" >"$OUT/logs/$name.log" 2>&1 &
	PIDS+=("$!")
	APP_PIDS[$name]=$!
	APP_PORTS[$name]=$port
	local deadline=$((SECONDS + START_TIMEOUT))
	until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/orders/1" || true)" = 200 ]; do
		kill -0 "${APP_PIDS[$name]}" 2>/dev/null || { tail -40 "$OUT/logs/$name.log" >&2; die "$name exited"; }
		[ "$SECONDS" -lt "$deadline" ] || die "$name did not answer within ${START_TIMEOUT}s"
		sleep 0.2
	done
}

# scenario: method path expected-status body-file, and the apps compared on it
declare -A SCENARIO=(
	[success]="GET /orders/1 200 -"
	[entity404]="GET /orders/404/summary 404 -"
	[coded404]="GET /orders/404 404 -"
	[coded409]="POST /orders/2/cancel 409 -"
	[validation400]="POST /orders 400 $BENCH_DIR/scripts/invalid-order.json"
	[error500]="GET /orders/1/invoice 500 -"
)
declare -A SCENARIO_APPS=(
	[success]="plain plain-twin envelope envelope-wrapped"
	[entity404]="plain envelope"
	[coded404]="problemdetail envelope wimdeblauwe"
	[coded409]="problemdetail envelope wimdeblauwe"
	[validation400]="problemdetail envelope wimdeblauwe"
	[error500]="problemdetail envelope wimdeblauwe"
)
read -r -a SCENARIO_ORDER <<<"${ONLY_SCENARIOS:-success entity404 coded404 coded409 validation400 error500}"

proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }

# wrk_run APP SCENARIO ROUND SECONDS: one run; ROUND 0 is warm-up and is not recorded
wrk_run() {
	local app=$1 scenario=$2 round=$3 seconds=$4 method path expect body output ticks
	read -r method path expect body <<<"${SCENARIO[$scenario]}"
	[ "$body" = - ] && body=""
	ticks=$(proc_ticks "${APP_PIDS[$app]}")
	output=$(BENCH_METHOD=$method BENCH_BODY_FILE=$body BENCH_EXPECT_STATUS=$expect timeout $((seconds + 30)) \
		taskset -c "$LOAD_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s \
		-s "$BENCH_DIR/scripts/scenario.lua" "http://127.0.0.1:${APP_PORTS[$app]}$path" 2>&1) \
		|| { echo "$output" >&2; die "wrk failed: $app $scenario"; }
	[ "$round" != 0 ] || return 0
	local requests duration_us p50 p99 bad cpu
	read -r requests duration_us p50 p99 bad <<<"$(grep '^RESULT ' <<<"$output" | cut -d' ' -f2-)"
	[ -n "${requests:-}" ] || { echo "$output" >&2; die "no RESULT from wrk: $app $scenario"; }
	cpu=$(awk -v a="$ticks" -v b="$(proc_ticks "${APP_PIDS[$app]}")" -v hz="$(getconf CLK_TCK)" -v s="$seconds" \
		'BEGIN {printf "%.0f", (b - a) * 100 / hz / s}')
	printf 'load\t%s\t%s\t%s\t%.0f\t%s\t%s\t%s\t%s\n' "$round" "$scenario" "$app" \
		"$(awk -v r="$requests" -v d="$duration_us" 'BEGIN {print r * 1000000 / d}')" "$p50" "$p99" "$cpu" "$bad" >>"$RAW"
	log "  r$round $scenario $app: $requests requests, p99 $p99 us"
}

# run every scenario once on each of its apps, starting with a different app each round
one_round() {
	local round=$1 seconds=$2 scenario apps count offset
	for scenario in "${SCENARIO_ORDER[@]}"; do
		read -r -a apps <<<"${SCENARIO_APPS[$scenario]}"
		count=${#apps[@]}
		for offset in $(seq 0 $((count - 1))); do
			wrk_run "${apps[$(((round + offset) % count))]}" "$scenario" "$round" "$seconds"
		done
	done
}

if [ "${SKIP_HTTP:-0}" != 1 ]; then
	log "HTTP: starting six server JVMs one after another"
	for app in plain problemdetail envelope wimdeblauwe; do start_app "$app" "$(app_jar "$app")"; done
	start_app plain-twin "$(app_jar plain)"
	start_app envelope-wrapped "$(app_jar envelope)" --error-envelope.style=success-envelope
	log "HTTP: warm-up, ${WARMUP}s per app and scenario"
	one_round 0 "$WARMUP"
	for round in $(seq 1 "$ROUNDS"); do
		log "HTTP: round $round/$ROUNDS, ${DURATION}s per app and scenario"
		one_round "$round" "$DURATION"
	done
	cleanup
fi
env_row loadavg_end "$(cut -d' ' -f1-3 /proc/loadavg)"

log "writing RESULTS.md"
REPORT=${REPORT_FILE:-$BENCH_DIR/RESULTS.md}
timeout 120 java -cp "$JMH_JAR" io.github.errorenvelope.benchmarks.report.ResultsReport "$RAW" "$REPORT"
log "done: $REPORT from $RAW"
