#!/usr/bin/env bash
# Builds and runs every Error Envelope benchmark and writes benchmarks/RESULTS.md:
#   1. JMH: classify + render (+ serialize) per style, coded error and 10 violations, with -prof gc;
#   2. startup time of the same app without and with the starter;
#   3. HTTP load with wrk on 127.0.0.1 against apps built from the same controllers: Spring's
#      ProblemDetail support (baseline), Error Envelope and wimdeblauwe's starter, keep-alive and
#      Connection: close; plus the success path without the starter, with it, and with success wrapping.
# The server JVMs run on one core (SERVER_CPU), wrk on another (LOAD_CPU). Every step is bounded in time.
# Needs a JDK 17+ and root (or sudo-less apt) to install wrk when it is missing. Usage:
#   benchmarks/run.sh                      # everything, about 17 minutes on 2 cores
#   FORKS=3 benchmarks/run.sh              # three JVMs per app, about 45 minutes: use on a quiet machine
# Settings (environment): DURATION, WARMUP (seconds per wrk run / warm-up run), CONNECTIONS, THREADS,
# ROUNDS (success-path overhead rounds per fork), STORM_ROUNDS (500-storm rounds per fork), FORKS (fresh JVMs per app for the load runs; the
# report takes the median run), STARTUP_RUNS, JMH_WARMUP, JMH_ITERATIONS, JMH_TIME, JMH_FILTER,
# SERVER_CPU, LOAD_CPU, SERVER_JVM_OPTS, BASE_PORT, MVN_ARGS (e.g. -o), SKIP_BUILD=1, SKIP_JMH=1,
# SKIP_HTTP=1, SKIP_STARTUP=1, RUN_NOTE (a sentence printed at the top of RESULTS.md).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/target/results"
SCRIPTS="$BENCH_DIR/scripts"

DURATION=${DURATION:-10}
WARMUP=${WARMUP:-8}
CONNECTIONS=${CONNECTIONS:-2}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-3}
STORM_ROUNDS=${STORM_ROUNDS:-5}
FORKS=${FORKS:-1}
STARTUP_RUNS=${STARTUP_RUNS:-3}
JMH_WARMUP=${JMH_WARMUP:-2}
JMH_ITERATIONS=${JMH_ITERATIONS:-5}
JMH_TIME=${JMH_TIME:-1s}
JMH_FILTER=${JMH_FILTER:-'ErrorRenderingBenchmark|SpringProblemDetailBenchmark'}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
SERVER_JVM_OPTS=${SERVER_JVM_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC}
BASE_PORT=${BASE_PORT:-18080}
MVN_ARGS=${MVN_ARGS:-}
START_TIMEOUT=${START_TIMEOUT:-120}

log() { printf '[run.sh %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# ---------------------------------------------------------------- prerequisites
install_packages() {
	if [ "$(id -u)" -ne 0 ]; then
		die "missing $* and not root: install it (Debian: apt-get install -y $*)"
	fi
	log "installing $*"
	timeout 300 apt-get update -qq >/dev/null
	DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq "$@" >/dev/null
}
command -v java >/dev/null 2>&1 || install_packages openjdk-17-jdk-headless
missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v taskset >/dev/null 2>&1 || missing+=(util-linux)
[ ${#missing[@]} -eq 0 ] || install_packages "${missing[@]}"
cores=$(nproc)
if [ "$cores" -lt 2 ]; then
	log "only $cores core: server and wrk share core 0, results will understate throughput"
	SERVER_CPU=0
	LOAD_CPU=0
fi

# ---------------------------------------------------------------- build
# (first: "clean" removes benchmarks/target, where the results go)
BUILD_LOG=$(mktemp)
if [ "${SKIP_BUILD:-0}" != 1 ]; then
	log "building (autoconfigure, starter, benchmarks) with -Pbenchmarks"
	# shellcheck disable=SC2086
	(cd "$ROOT" && timeout 900 ./mvnw -B -q $MVN_ARGS -Pbenchmarks -DskipTests clean package -am \
		-pl benchmarks/jmh,benchmarks/apps/plain,benchmarks/apps/problemdetail,benchmarks/apps/envelope,benchmarks/apps/wimdeblauwe) \
		>"$BUILD_LOG" 2>&1 || { tail -50 "$BUILD_LOG" >&2; die "build failed"; }
fi

mkdir -p "$OUT"
rm -rf "${OUT:?}"/*
mkdir -p "$OUT/logs" "$OUT/smoke"
mv "$BUILD_LOG" "$OUT/logs/build.log"

# ---------------------------------------------------------------- environment
{
	echo "date=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (with uncommitted changes)')"
	echo "cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
	echo "cores=$cores"
	echo "memory=$(free -g | awk '/^Mem:/ {print $2 " GiB"}')"
	echo "kernel=$(uname -sr)"
	echo "os=$(. /etc/os-release 2>/dev/null && echo "$PRETTY_NAME")"
	echo "java=$(java -version 2>&1 | head -2 | tail -1)"
	echo "wrk=$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
	echo "spring_boot=$(sed -n 's:.*<spring-boot.version>\(.*\)</spring-boot.version>.*:\1:p' "$ROOT/pom.xml")"
	echo "wimdeblauwe=$(sed -n 's:.*<wimdeblauwe.version>\(.*\)</wimdeblauwe.version>.*:\1:p' "$BENCH_DIR/pom.xml")"
	echo "jmh=$(sed -n 's:.*<jmh.version>\(.*\)</jmh.version>.*:\1:p' "$BENCH_DIR/pom.xml")"
	echo "duration=$DURATION"
	echo "warmup=$WARMUP"
	echo "connections=$CONNECTIONS"
	echo "threads=$THREADS"
	echo "rounds=$ROUNDS"
	echo "storm_rounds=$STORM_ROUNDS"
	echo "forks=$FORKS"
	echo "startup_runs=$STARTUP_RUNS"
	echo "jmh_settings=1 fork, $JMH_WARMUP warm-up and $JMH_ITERATIONS measurement iterations of $JMH_TIME, -prof gc"
	echo "server_cpu=$SERVER_CPU"
	echo "load_cpu=$LOAD_CPU"
	echo "server_jvm_opts=$SERVER_JVM_OPTS"
	echo "loadavg_start=$(cut -d' ' -f1-3 /proc/loadavg)"
	echo "note=${RUN_NOTE:-}"
} >"$OUT/env.properties"

JMH_JAR="$BENCH_DIR/jmh/target/benchmarks.jar"
app_jar() { echo "$BENCH_DIR/apps/$1/target/app-$1.jar"; }
for jar in "$JMH_JAR" "$(app_jar plain)" "$(app_jar problemdetail)" "$(app_jar envelope)" "$(app_jar wimdeblauwe)"; do
	[ -f "$jar" ] || die "missing $jar (build first)"
done

# ---------------------------------------------------------------- process bookkeeping
PIDS=()
cleanup() {
	local pid
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
	done
	for pid in "${PIDS[@]}"; do
		wait "$pid" 2>/dev/null || true
	done
	PIDS=()
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
NEXT_PORT=$BASE_PORT
next_port() {
	while ! port_free "$NEXT_PORT"; do NEXT_PORT=$((NEXT_PORT + 1)); done
	PORT=$NEXT_PORT
	NEXT_PORT=$((NEXT_PORT + 1))
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# start_app NAME JAR [ARGS...]: starts the app on SERVER_CPU; sets APP_PID, APP_PORT, APP_READY_MS
start_app() {
	local name=$1 jar=$2
	shift 2
	next_port
	local started
	started=$(now_ms)
	# shellcheck disable=SC2086
	taskset -c "$SERVER_CPU" java $SERVER_JVM_OPTS -jar "$jar" --server.address=127.0.0.1 --server.port="$PORT" \
		--spring.main.banner-mode=off "$@" >"$OUT/logs/$name.log" 2>&1 &
	APP_PID=$!
	PIDS+=("$APP_PID")
	APP_PORT=$PORT
	local deadline=$((started + START_TIMEOUT * 1000))
	while true; do
		if ! kill -0 "$APP_PID" 2>/dev/null; then
			tail -40 "$OUT/logs/$name.log" >&2
			die "$name exited during startup"
		fi
		if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$APP_PORT/orders/1" || true)" = 200 ]; then
			break
		fi
		[ "$(now_ms)" -lt "$deadline" ] || die "$name did not answer within ${START_TIMEOUT}s"
		sleep 0.1
	done
	APP_READY_MS=$(($(now_ms) - started))
}

stop_app() {
	local pid=$1 kept=() p
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	for p in "${PIDS[@]}"; do [ "$p" = "$pid" ] || kept+=("$p"); done
	PIDS=("${kept[@]+"${kept[@]}"}")
}

# ---------------------------------------------------------------- 1. JMH
if [ "${SKIP_JMH:-0}" != 1 ]; then
	log "JMH: $JMH_FILTER (1 fork, ${JMH_WARMUP}x$JMH_TIME warm-up, ${JMH_ITERATIONS}x$JMH_TIME measurement, -prof gc)"
	timeout 1200 java -jar "$JMH_JAR" -f 1 -wi "$JMH_WARMUP" -i "$JMH_ITERATIONS" -w "$JMH_TIME" -r "$JMH_TIME" \
		-prof gc -rf json -rff "$OUT/jmh.json" -o "$OUT/logs/jmh.txt" "$JMH_FILTER" \
		|| { tail -40 "$OUT/logs/jmh.txt" >&2; die "JMH failed"; }
fi

# ---------------------------------------------------------------- 2. startup
if [ "${SKIP_STARTUP:-0}" != 1 ]; then
	log "startup: plain vs envelope, $STARTUP_RUNS runs each, alternating"
	printf 'app\trun\tstarted_s\tprocess_s\tready_ms\n' >"$OUT/startup.tsv"
	for run in $(seq 1 "$STARTUP_RUNS"); do
		for app in plain envelope; do
			start_app "startup-$app-$run" "$(app_jar "$app")"
			line=$(grep -m1 'Started BenchmarkApplication in' "$OUT/logs/startup-$app-$run.log" || true)
			started_s=$(sed -n 's/.*Started BenchmarkApplication in \([0-9.]*\) seconds.*/\1/p' <<<"$line")
			process_s=$(sed -n 's/.*process running for \([0-9.]*\)).*/\1/p' <<<"$line")
			printf '%s\t%s\t%s\t%s\t%s\n' "$app" "$run" "${started_s:-}" "${process_s:-}" "$APP_READY_MS" >>"$OUT/startup.tsv"
			stop_app "$APP_PID"
		done
	done
fi

# ---------------------------------------------------------------- 3. HTTP load
# name method path expected-status body-file
SCENARIOS=(
	"success GET /orders/1 200 -"
	"coded404 GET /orders/404 404 -"
	"coded409 POST /orders/2/cancel 409 -"
	"validation400 POST /orders 400 $SCRIPTS/invalid-order.json"
	"error500 GET /orders/1/invoice 500 -"
)
MATRIX_APPS=(problemdetail envelope wimdeblauwe)
declare -A APP_PORTS APP_PIDS APP_LOGS

# cpu ticks (user+system) of a process, and busy/total ticks of one core
proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
core_ticks() { awk -v c="cpu$1" '$1 == c {busy = $2 + $3 + $4 + $7 + $8 + $9; print busy, busy + $5 + $6}' /proc/stat; }

# wrk_run PHASE APP SCENARIO-INDEX MODE ROUND SECONDS [record]
wrk_run() {
	local phase=$1 app=$2 index=$3 mode=$4 round=$5 seconds=$6 record=${7:-record}
	local name method path expect body
	read -r name method path expect body <<<"${SCENARIOS[$index]}"
	[ "$body" = - ] && body=""
	local port=${APP_PORTS[$app]} pid=${APP_PIDS[$app]}
	local applog=${APP_LOGS[$app]}
	local load log_before ticks_before core_before
	load=$(cut -d' ' -f1 /proc/loadavg)
	log_before=$(stat -c %s "$applog")
	ticks_before=$(proc_ticks "$pid")
	core_before=$(core_ticks "$SERVER_CPU")
	local output
	output=$(BENCH_METHOD=$method BENCH_BODY_FILE=$body BENCH_CLOSE=$([ "$mode" = close ] && echo 1 || echo 0) \
		BENCH_EXPECT_STATUS=$expect timeout $((seconds + 30)) taskset -c "$LOAD_CPU" \
		wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s -s "$SCRIPTS/scenario.lua" \
		"http://127.0.0.1:$port$path" 2>&1) || { echo "$output" >&2; die "wrk failed: $phase $app $name $mode"; }
	[ "$record" = record ] || return 0
	local ticks_after core_after hz server_cpu core_busy
	ticks_after=$(proc_ticks "$pid")
	core_after=$(core_ticks "$SERVER_CPU")
	hz=$(getconf CLK_TCK)
	server_cpu=$(awk -v a="$ticks_before" -v b="$ticks_after" -v hz="$hz" -v s="$seconds" 'BEGIN {printf "%.0f", (b - a) * 100 / hz / s}')
	core_busy=$(awk -v before="$core_before" -v after="$core_after" 'BEGIN {split(before, x, " "); split(after, y, " ");
		total = y[2] - x[2]; printf "%.0f", (total > 0) ? (y[1] - x[1]) * 100 / total : 0}')
	local result
	result=$(grep '^RESULT ' <<<"$output" | head -1 | cut -d' ' -f2-)
	[ -n "$result" ] || { echo "$output" >&2; die "no RESULT from wrk: $phase $app $name $mode"; }
	# stack traces the app wrote during the run: lines that start with an exception's class name
	local traces
	traces=$(tail -c +$((log_before + 1)) "$applog" | grep -cE '^([A-Za-z_$][A-Za-z0-9_$]*\.)+[A-Za-z0-9_$]*(Exception|Error)(: |$)' || true)
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$phase" "$app" "$name" "$mode" "$round" "$load" \
		"$server_cpu" "$core_busy" "$(($(stat -c %s "$applog") - log_before))" "$result" "${traces:-0}" >>"$OUT/http.tsv"
	log "  $phase $app $name $mode r$round: $(sed -n 's/.*"requests":\([0-9]*\).*"p99_us":\([0-9]*\).*/\1 requests, p99 \2 us/p' <<<"$result")"
}

smoke() { # app: one request per scenario, status checked, response kept for the report
	local app=$1 index name method path expect body status
	for index in "${!SCENARIOS[@]}"; do
		read -r name method path expect body <<<"${SCENARIOS[$index]}"
		local args=(-s -i --max-time 10 -X "$method" -H 'Accept: application/json')
		[ "$body" = - ] || args+=(-H 'Content-Type: application/json' --data-binary "@$body")
		curl "${args[@]}" "http://127.0.0.1:${APP_PORTS[$app]}$path" | tr -d '\r' >"$OUT/smoke/$app-$name.txt"
		status=$(head -1 "$OUT/smoke/$app-$name.txt" | cut -d' ' -f2)
		[ "$status" = "$expect" ] || die "$app answered $path with $status, expected $expect"
	done
}

# start_http_app NAME FORK JAR [ARGS...]: one app of the load phase, remembered by name
start_http_app() {
	local name=$1 fork=$2 jar=$3
	shift 3
	start_app "$name-f$fork" "$jar" "$@"
	APP_PORTS[$name]=$APP_PORT
	APP_PIDS[$name]=$APP_PID
	APP_LOGS[$name]="$OUT/logs/$name-f$fork.log"
	printf '%s\t%s\t%s\n' "$name" "$fork" "$APP_READY_MS" >>"$OUT/apps.tsv"
}

if [ "${SKIP_HTTP:-0}" != 1 ]; then
	printf 'phase\tapp\tscenario\tmode\tround\tloadavg\tserver_cpu_pct\tcore_busy_pct\tlog_bytes\tresult\tlog_traces\n' >"$OUT/http.tsv"
	printf 'app\tfork\tready_ms\n' >"$OUT/apps.tsv"
	# each fork is a fresh set of JVMs: two JVMs of the same app can settle a few per cent apart
	for fork in $(seq 1 "$FORKS"); do
		log "HTTP fork $fork/$FORKS: starting the apps one after another (each pinned to core $SERVER_CPU)"
		for app in "${MATRIX_APPS[@]}" plain; do
			start_http_app "$app" "$fork" "$(app_jar "$app")"
		done
		start_http_app envelope-wrapped "$fork" "$(app_jar envelope)" --error-envelope.style=success-envelope
		if [ "$fork" = 1 ]; then
			for app in "${MATRIX_APPS[@]}"; do smoke "$app"; done
			curl -s -i --max-time 10 "http://127.0.0.1:${APP_PORTS[envelope-wrapped]}/orders/1" | tr -d '\r' \
				>"$OUT/smoke/envelope-wrapped-success.txt"
		fi

		log "HTTP fork $fork/$FORKS: warm-up, ${WARMUP}s per app and scenario"
		for app in "${MATRIX_APPS[@]}"; do
			for index in "${!SCENARIOS[@]}"; do wrk_run warmup "$app" "$index" keepalive 0 "$WARMUP" skip; done
		done
		# the two apps that serve only the success path get as much warm-up traffic as the others
		for app in plain envelope-wrapped; do wrk_run warmup "$app" 0 keepalive 0 $((WARMUP * 2)) skip; done

		for mode in keepalive close; do
			log "HTTP fork $fork/$FORKS: error scenarios, $mode, ${DURATION}s each, apps interleaved"
			for index in "${!SCENARIOS[@]}"; do
				for offset in 0 1 2; do # rotate the order so no app always goes first
					app=${MATRIX_APPS[$(((index + offset + fork) % 3))]}
					wrk_run matrix "$app" "$index" "$mode" "$fork" "$DURATION"
				done
			done
		done

		# the 500 storm: connection-heavy (Tomcat closes after every 500), so one run per app is too noisy
		# to judge a 1.0x target; several short interleaved rounds per fork, the report takes the median
		log "HTTP fork $fork/$FORKS: 500 storm, $STORM_ROUNDS rounds of ${DURATION}s, apps interleaved"
		storm_index=$((${#SCENARIOS[@]} - 1))
		for round in $(seq 1 "$STORM_ROUNDS"); do
			for offset in 0 1 2; do
				app=${MATRIX_APPS[$(((round + offset + fork) % 3))]}
				wrk_run storm "$app" "$storm_index" keepalive $(((fork - 1) * STORM_ROUNDS + round)) "$DURATION"
			done
		done

		log "HTTP fork $fork/$FORKS: success-path overhead, $ROUNDS rounds of ${DURATION}s, apps interleaved"
		OVERHEAD_APPS=(plain envelope envelope-wrapped)
		for round in $(seq 1 "$ROUNDS"); do
			for offset in 0 1 2; do
				app=${OVERHEAD_APPS[$(((round + offset) % 3))]}
				wrk_run overhead "$app" 0 keepalive $(((fork - 1) * ROUNDS + round)) "$DURATION"
			done
		done
		cleanup
	done
fi
echo "loadavg_end=$(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/env.properties"

# ---------------------------------------------------------------- report
log "writing RESULTS.md"
timeout 120 java -cp "$JMH_JAR" io.github.errorenvelope.benchmarks.report.ResultsReport "$OUT" "$BENCH_DIR/RESULTS.md"
log "done: $BENCH_DIR/RESULTS.md (raw data in $OUT)"
