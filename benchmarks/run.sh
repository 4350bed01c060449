#!/usr/bin/env bash
# Runs the Error Envelope benchmarks, writes the raw per-round data to benchmarks/results-raw.tsv and
# regenerates benchmarks/RESULTS.md from it (ResultsReport):
#   1. JMH (-prof gc): classify + render + serialize per style, a coded error and 10 violations;
#   2. HTTP load with wrk on 127.0.0.1, in ROUNDS interleaved rounds: every app of a comparison serves
#      the same scenario one after the other within a round (rotating which goes first), so each
#      target is judged on paired per-round ratios. Spring MVC apps: plain (no library) twice (the
#      noise row), Error Envelope, Error Envelope with success-envelope wrapping, Spring's ProblemDetail
#      support and wimdeblauwe's starter, all built from the same controllers. WebFlux apps (scenarios
#      starting with "r"): reactive-plain twice, reactive-envelope and reactive-problemdetail. The
#      ResponseEntity 404 scenarios also run plain-handwritten (resp. reactive-plain-handwritten): the
#      plain app writing the starter's default 404 envelope by hand (--benchmark.handwritten-not-found),
#      the baseline of their targets; the plain app's empty-body 404 stays as an informational row.
#   The rounds run in GENERATIONS generations of server JVMs: every server is restarted (and warmed up
#   again) between generations, so a verdict rests on more than one JIT outcome per app. Before the
#   first round of a generation each app serves each of its scenarios until its JIT compiler falls
#   quiet and its throughput stops rising (steps of WARMUP_STEP seconds, at least WARMUP_MIN, at most
#   WARMUP_MAX seconds); the JIT's compile time is also recorded for every measured run.
# The server JVMs are measured on core SERVER_CPU, wrk runs on LOAD_CPU; while they warm up the
# servers may use WARMUP_CPUS (both cores: their JIT compiler then does not steal the serving core,
# which makes the warm-up about twice as short), and they are pinned to SERVER_CPU before the first
# measured round. Every server JVM is sized for one core (-XX:ActiveProcessorCount=1) either way.
# Every step is bounded in time; the estimated duration is printed at the start. Usage:
#   benchmarks/run.sh                      # about 50 minutes on 2 cores (DRY_RUN=1: the estimate)
#   STACK=reactive benchmarks/run.sh       # only the WebFlux rows (STACK=mvc: only Spring MVC)
#   ROUNDS=10 JMH_FORKS=3 benchmarks/run.sh   # on a quiet machine
# Settings (environment): DURATION (seconds per measured run), WARMUP_STEP, WARMUP_MIN, WARMUP_MAX,
# WARMUP_RISE (percent: a warm-up step this much faster than the one before means still warming up),
# WARMUP_JIT (percent of a warm-up step the JVM may spend compiling once it counts as warm),
# CONNECTIONS, THREADS, ROUNDS, GENERATIONS, STACK (all, mvc or reactive), ONLY_SCENARIOS (e.g.
# "success rsuccess", overrides STACK), JMH_FORKS, JMH_WARMUP, JMH_ITERATIONS, JMH_TIME, JMH_FILTER,
# SERVER_CPU, LOAD_CPU, SERVER_JVM_OPTS, BASE_PORT, MVN_ARGS (e.g. -o), SKIP_BUILD=1, SKIP_JMH=1,
# SKIP_HTTP=1 (each SKIP keeps the previous raw file's rows of that part; a run of some scenarios keeps
# the others' rows), EXTEND=1 (adds this run's rounds to the previous raw file's rounds of the same
# scenarios, numbered after them, so the verdicts pool both runs; refused unless the library and the
# apps are unchanged since the commit the raw file names), DRY_RUN=1 (print the estimate and stop), RAW_FILE and REPORT_FILE (instead of benchmarks/results-raw.tsv and
# benchmarks/RESULTS.md), RUN_NOTE (a sentence printed at the top of RESULTS.md).
# A short smoke run that leaves the committed results alone:
#   ROUNDS=1 DURATION=2 WARMUP_MIN=2 WARMUP_MAX=2 WARMUP_STEP=2 SKIP_JMH=1 STACK=reactive \
#     RAW_FILE=/tmp/raw.tsv REPORT_FILE=/tmp/results.md benchmarks/run.sh
# Regenerate RESULTS.md from the committed raw data without measuring anything:
#   java -cp benchmarks/jmh/target/benchmarks.jar io.github.errorenvelope.benchmarks.report.ResultsReport \
#     benchmarks/results-raw.tsv benchmarks/RESULTS.md
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/target/results"
RAW=${RAW_FILE:-$BENCH_DIR/results-raw.tsv}

DURATION=${DURATION:-4}
WARMUP_STEP=${WARMUP_STEP:-3}
WARMUP_MIN=${WARMUP_MIN:-6}
WARMUP_MAX=${WARMUP_MAX:-90}
WARMUP_RISE=${WARMUP_RISE:-5}
WARMUP_JIT=${WARMUP_JIT:-2}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
ROUNDS=${ROUNDS:-6}
GENERATIONS=${GENERATIONS:-2}
STACK=${STACK:-all}
JMH_FORKS=${JMH_FORKS:-2}
JMH_WARMUP=${JMH_WARMUP:-4}
JMH_ITERATIONS=${JMH_ITERATIONS:-5}
JMH_TIME=${JMH_TIME:-1s}
JMH_FILTER=${JMH_FILTER:-'ErrorRenderingBenchmark.(codedError|validationError)$|SpringProblemDetailBenchmark'}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
SERVER_JVM_OPTS=${SERVER_JVM_OPTS:--Xms512m -Xmx512m -XX:+UseSerialGC}
# every server JVM sizes itself for the one core it is measured on (thread pools, GC, compiler
# threads), whatever cores it may use while it warms up
SERVER_JVM_OPTS="-XX:ActiveProcessorCount=1 $SERVER_JVM_OPTS"
WARMUP_CPUS=${WARMUP_CPUS:-$SERVER_CPU,$LOAD_CPU}
BASE_PORT=${BASE_PORT:-18080}
MVN_ARGS=${MVN_ARGS:-}
START_TIMEOUT=${START_TIMEOUT:-120}

log() { printf '[run.sh %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

for tool in java jstat wrk curl taskset; do
	command -v "$tool" >/dev/null 2>&1 || die "missing $tool (Debian: apt-get install -y wrk curl util-linux)"
done
if [ "$(nproc)" -lt 2 ]; then
	log "only one core: server and wrk share it, results will understate throughput"
	SERVER_CPU=0
	LOAD_CPU=0
fi

# ---------------------------------------------------------------- scenarios and apps
# scenario: method path expected-status body-file; the apps compared on it; how each app is started
declare -A SCENARIO=(
	[success]="GET /orders/1 200 -"
	[entity404]="GET /orders/404/summary 404 -"
	[coded404]="GET /orders/404 404 -"
	[coded409]="POST /orders/2/cancel 409 -"
	[validation400]="POST /orders 400 $BENCH_DIR/scripts/invalid-order.json"
	[error500]="GET /orders/1/invoice 500 -"
)
for scenario in success entity404 coded404 coded409 validation400 error500; do
	SCENARIO[r$scenario]=${SCENARIO[$scenario]}
done
declare -A SCENARIO_APPS=(
	[success]="plain plain-twin envelope envelope-wrapped"
	[entity404]="plain plain-handwritten envelope"
	[coded404]="problemdetail envelope wimdeblauwe"
	[coded409]="problemdetail envelope wimdeblauwe"
	[validation400]="problemdetail envelope wimdeblauwe"
	[error500]="problemdetail envelope wimdeblauwe"
	[rsuccess]="reactive-plain reactive-plain-twin reactive-envelope"
	[rentity404]="reactive-plain reactive-plain-handwritten reactive-envelope"
	[rcoded404]="reactive-problemdetail reactive-envelope"
	[rcoded409]="reactive-problemdetail reactive-envelope"
	[rvalidation400]="reactive-problemdetail reactive-envelope"
	[rerror500]="reactive-problemdetail reactive-envelope"
)
# app: the module whose jar it runs, then its extra arguments
declare -A APP_LAUNCH=(
	[plain]="plain"
	[plain-twin]="plain"
	[plain-handwritten]="plain --benchmark.handwritten-not-found=true"
	[envelope]="envelope"
	[envelope-wrapped]="envelope --error-envelope.style=success-envelope"
	[problemdetail]="problemdetail"
	[wimdeblauwe]="wimdeblauwe"
	[reactive-plain]="reactive-plain"
	[reactive-plain-twin]="reactive-plain"
	[reactive-plain-handwritten]="reactive-plain --benchmark.handwritten-not-found=true"
	[reactive-envelope]="reactive-envelope"
	[reactive-problemdetail]="reactive-problemdetail"
)
MVC_SCENARIOS="success entity404 coded404 coded409 validation400 error500"
REACTIVE_SCENARIOS="rsuccess rentity404 rcoded404 rcoded409 rvalidation400 rerror500"
case "$STACK" in
	all) DEFAULT_SCENARIOS="$MVC_SCENARIOS $REACTIVE_SCENARIOS" ;;
	mvc) DEFAULT_SCENARIOS=$MVC_SCENARIOS ;;
	reactive) DEFAULT_SCENARIOS=$REACTIVE_SCENARIOS ;;
	*) die "STACK must be all, mvc or reactive, not $STACK" ;;
esac
read -r -a SCENARIO_ORDER <<<"${ONLY_SCENARIOS:-$DEFAULT_SCENARIOS}"
# the server JVMs the chosen scenarios need, each once, and how many (app, scenario) pairs they make
SERVERS=()
PAIRS=0
for scenario in "${SCENARIO_ORDER[@]}"; do
	[ -n "${SCENARIO[$scenario]:-}" ] || die "unknown scenario $scenario (known: ${!SCENARIO[*]})"
	for app in ${SCENARIO_APPS[$scenario]}; do
		PAIRS=$((PAIRS + 1))
		[[ " ${SERVERS[*]} " == *" $app "* ]] || SERVERS+=("$app")
	done
done
[ "$GENERATIONS" -le "$ROUNDS" ] || GENERATIONS=$ROUNDS
# pooled rounds must measure the same code: checked before anything is built or measured
EXTEND=${EXTEND:-0}
PREVIOUS_COMMIT=$(awk -F'\t' '$1 == "env" && $2 == "commit" {print $3}' "$RAW" 2>/dev/null || true)
if [ "$EXTEND" = 1 ] && { [ -z "$PREVIOUS_COMMIT" ] || [[ $PREVIOUS_COMMIT == *" "* ]] ||
	! git -C "$ROOT" diff --quiet "$PREVIOUS_COMMIT" -- autoconfigure benchmarks/apps 2>/dev/null; }; then
	die "EXTEND=1 pools rounds of the same code only: the raw file's commit '${PREVIOUS_COMMIT}' and this tree differ in autoconfigure or benchmarks/apps"
fi

# ---------------------------------------------------------------- the estimate
JMH_JAR="$BENCH_DIR/jmh/target/benchmarks.jar"
estimate() {
	# JMH: two benchmarks in six styles plus Spring's two; wrk: about half a second per run for
	# connecting and reporting; a server JVM: about six seconds to start
	local jmh_seconds=0 http_min=0 http_max=0 build=0 jmh_time=${JMH_TIME%s} runs steps
	if [ "${SKIP_JMH:-0}" != 1 ]; then
		[[ $jmh_time =~ ^[0-9]+$ ]] || jmh_time=1
		jmh_seconds=$((14 * JMH_FORKS * ((JMH_WARMUP + JMH_ITERATIONS) * jmh_time + 3)))
	fi
	if [ "${SKIP_HTTP:-0}" != 1 ]; then
		# measured on this kind of machine: a JVM needs about 20 s of load before
		# its JIT falls quiet on its first scenario (while it may use both cores), and about 10 s on each
		# further one
		runs=$((ROUNDS * PAIRS))
		http_min=$((runs * DURATION + runs / 2 + GENERATIONS * ${#SERVERS[@]} * 6 + GENERATIONS * PAIRS * (WARMUP_STEP + 1)))
		steps=$((GENERATIONS * (${#SERVERS[@]} * 21 + (PAIRS - ${#SERVERS[@]}) * 10) / WARMUP_STEP))
		http_max=$((http_min + GENERATIONS * PAIRS * WARMUP_MAX * 7 / 6))
		http_min=$((http_min + steps * WARMUP_STEP * 7 / 6))
	fi
	[ "${SKIP_BUILD:-0}" = 1 ] || build=90
	log "estimate: $(((build + jmh_seconds + http_min + 59) / 60))-$(((build + jmh_seconds + http_max + 59) / 60)) min" \
		"(build ${build}s, JMH ${jmh_seconds}s, HTTP: $PAIRS app-scenario pairs x $ROUNDS rounds x ${DURATION}s" \
		"in $GENERATIONS JVM generations of ${#SERVERS[@]} servers, warm-up ${WARMUP_MIN}-${WARMUP_MAX}s per pair and" \
		"generation; typically the lower end, the upper end if no warm-up settles early)"
}
estimate
[ "${DRY_RUN:-0}" != 1 ] || exit 0

if [ "${SKIP_BUILD:-0}" != 1 ]; then
	log "building with -Pbenchmarks"
	# shellcheck disable=SC2086
	(cd "$ROOT" && timeout 900 ./mvnw -B -q $MVN_ARGS -Pbenchmarks -DskipTests clean package -am \
		-pl benchmarks/jmh,benchmarks/apps/plain,benchmarks/apps/problemdetail,benchmarks/apps/envelope,benchmarks/apps/wimdeblauwe,benchmarks/apps/reactive-plain,benchmarks/apps/reactive-problemdetail,benchmarks/apps/reactive-envelope) \
		|| die "build failed"
fi
rm -rf "$OUT"
mkdir -p "$OUT/logs"

app_jar() { echo "$BENCH_DIR/apps/$1/target/app-$1.jar"; }

# ---------------------------------------------------------------- raw data: env rows first
env_row() { printf 'env\t%s\t%s\n' "$1" "$2" >>"$RAW"; }
# SKIP_JMH=1 keeps the JMH rows (and settings) of the previous raw file
PREVIOUS_JMH=$(grep -E '^(jmh|env	jmh)	' "$RAW" 2>/dev/null || true)
# SKIP_HTTP=1 keeps the load rows (and their settings) of the previous raw file, and says where they
# come from
PREVIOUS_HTTP=$(grep -E '^(generation|warmup|load|env	(wrk|pinning))	' "$RAW" 2>/dev/null || true)
PREVIOUS_DATE=$(awk -F'\t' '$1 == "env" && $2 == "date" {print $3}' "$RAW" 2>/dev/null || true)
PREVIOUS_RUN=$(awk -F'\t' '$1 == "env" && $2 == "date" {d = $3} $1 == "env" && $2 == "commit" {c = $3}
	$1 == "env" && $2 == "load_rounds_from" {f = $3} END {print (f != "") ? f : "on " d ", commit " c}' "$RAW" 2>/dev/null || true)
# a run of some scenarios only (STACK, ONLY_SCENARIOS) keeps the previous raw file's rows of the others,
# with the generations they ran in; EXTEND=1 keeps those of this run's scenarios too and numbers this
# run's rounds and generations after them
EARLIER_ROWS=(awk -v chosen=" ${SCENARIO_ORDER[*]} " -v extend="$EXTEND" -f "$BENCH_DIR/scripts/earlier-rows.awk")
KEPT_HTTP=$("${EARLIER_ROWS[@]}" "$RAW" "$RAW" 2>/dev/null || true)
read -r ROUND_BASE GENERATION_BASE < <("${EARLIER_ROWS[@]}" -v bases=1 "$RAW" "$RAW" 2>/dev/null || echo 0 0)
# the scenarios whose rows come from an earlier run only
OTHERS=$({ "${EARLIER_ROWS[@]}" -v extend=0 "$RAW" "$RAW" 2>/dev/null || true; } | awk -F'\t' '$1 == "load" {print $3}' |
	sort -u | tr '\n' ' ' | sed 's/ $//')
{
	echo "# Raw data behind RESULTS.md, written by benchmarks/run.sh. Rows:"
	echo "#   env	key	value"
	echo "#   generation	number	first_round	last_round	scenarios (server JVMs restarted and warmed up before each; the scenarios it served)"
	echo "#   warmup	generation	scenario	app	seconds	settled (1: JIT quiet and throughput stopped rising, 0: WARMUP_MAX reached)	jit_ms (compiling in the last step)"
	echo "#   load	round	scenario	app	req_per_s	p50_us	p99_us	server_cpu_pct	bad_responses	jit_ms (compiling during the run)"
	echo "#   jmh	benchmark	style	metric	score	error_99_9"
} >"$RAW"
env_row date "$(date -u +%Y-%m-%dT%H:%M:%SZ)"
env_row commit "$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- autoconfigure benchmarks/apps || echo ' (with uncommitted changes)')"
env_row cpu "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores"
env_row java "$(java -version 2>&1 | head -2 | tail -1)"
env_row spring_boot "$(sed -n 's:.*<spring-boot.version>\(.*\)</spring-boot.version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
if [ "${SKIP_HTTP:-0}" != 1 ]; then
	if [ -n "$KEPT_HTTP" ]; then
		echo "$KEPT_HTTP" >>"$RAW"
		env_row load_rounds_from "$PREVIOUS_RUN"
		if [ -n "$OTHERS" ]; then
			RUN_NOTE="The load rows of the scenarios this run did not measure ($OTHERS) come from an earlier run of \`benchmarks/run.sh\` ($PREVIOUS_RUN). ${RUN_NOTE:-}"
		fi
		if [ "$ROUND_BASE" -gt 0 ]; then
			RUN_NOTE="The rows of ${SCENARIO_ORDER[*]} pool this run's rounds $((ROUND_BASE + 1))-$((ROUND_BASE + ROUNDS)) (generations $((GENERATION_BASE + 1))-$((GENERATION_BASE + GENERATIONS))) with rounds 1-$ROUND_BASE of an earlier run of the same library and app code (on $PREVIOUS_DATE, commit $PREVIOUS_COMMIT). ${RUN_NOTE:-}"
		fi
	fi
	env_row wrk "$THREADS thread, $CONNECTIONS connections, keep-alive, ${DURATION} s per measured run, $ROUNDS rounds in $GENERATIONS JVM generations; before a generation's first round each app serves each scenario in ${WARMUP_STEP} s steps until the JVM spends less than ${WARMUP_JIT} % of a step compiling and the step is less than ${WARMUP_RISE} % faster than the one before (${WARMUP_MIN}-${WARMUP_MAX} s)"
	env_row pinning "server JVMs taskset -c $SERVER_CPU when measured, $WARMUP_CPUS while warming up ($SERVER_JVM_OPTS), wrk taskset -c $LOAD_CPU"
elif [ -n "$PREVIOUS_HTTP" ]; then
	echo "$PREVIOUS_HTTP" >>"$RAW"
	env_row load_rounds_from "$PREVIOUS_RUN"
	RUN_NOTE="The load rounds come from an earlier run of \`benchmarks/run.sh\` ($PREVIOUS_RUN); this run measured JMH only. ${RUN_NOTE:-}"
fi
if [ "${SKIP_JMH:-0}" != 1 ]; then
	env_row jmh "$JMH_FORKS forks, $JMH_WARMUP warm-up and $JMH_ITERATIONS measurement iterations of $JMH_TIME, -prof gc"
elif [ -n "$PREVIOUS_JMH" ]; then
	echo "$PREVIOUS_JMH" >>"$RAW"
fi
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
# start_servers GENERATION: one JVM per app of the chosen scenarios on WARMUP_CPUS, one after another
start_servers() {
	local generation=$1 app module args port=$BASE_PORT deadline
	for app in "${SERVERS[@]}"; do
		read -r module args <<<"${APP_LAUNCH[$app]}"
		# shellcheck disable=SC2086
		taskset -c "$WARMUP_CPUS" java $SERVER_JVM_OPTS -jar "$(app_jar "$module")" --server.address=127.0.0.1 \
			--server.port="$port" --spring.main.banner-mode=off $args >"$OUT/logs/$app-g$generation.log" 2>&1 &
		PIDS+=("$!")
		APP_PIDS[$app]=$!
		APP_PORTS[$app]=$port
		port=$((port + 1))
		deadline=$((SECONDS + START_TIMEOUT))
		until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:${APP_PORTS[$app]}/orders/1" || true)" = 200 ]; do
			kill -0 "${APP_PIDS[$app]}" 2>/dev/null || { tail -40 "$OUT/logs/$app-g$generation.log" >&2; die "$app exited"; }
			[ "$SECONDS" -lt "$deadline" ] || die "$app did not answer within ${START_TIMEOUT}s"
			sleep 0.2
		done
	done
}

# pin_servers: every thread of every server JVM onto SERVER_CPU, where it is measured
pin_servers() {
	local app
	for app in "${SERVERS[@]}"; do
		taskset -a -p -c "$SERVER_CPU" "${APP_PIDS[$app]}" >/dev/null || die "could not pin $app to core $SERVER_CPU"
	done
}

proc_ticks() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# the JVM's total JIT compile time so far, in milliseconds (jstat reads the JVM's perf data, no attach)
jit_ms() { jstat -compiler "$1" 2>/dev/null | awk 'NR == 2 {printf "%.0f", $4 * 1000}' || true; }

# wrk_run APP SCENARIO SECONDS: one wrk run; prints "req_per_s p50_us p99_us server_cpu_pct bad jit_ms"
wrk_run() {
	local app=$1 scenario=$2 seconds=$3 method path expect body output ticks jit requests duration_us p50 p99 bad
	read -r method path expect body <<<"${SCENARIO[$scenario]}"
	[ "$body" = - ] && body=""
	ticks=$(proc_ticks "${APP_PIDS[$app]}")
	jit=$(jit_ms "${APP_PIDS[$app]}")
	output=$(BENCH_METHOD=$method BENCH_BODY_FILE=$body BENCH_EXPECT_STATUS=$expect timeout $((seconds + 30)) \
		taskset -c "$LOAD_CPU" wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s \
		-s "$BENCH_DIR/scripts/scenario.lua" "http://127.0.0.1:${APP_PORTS[$app]}$path" 2>&1) \
		|| { echo "$output" >&2; return 1; }
	read -r requests duration_us p50 p99 bad <<<"$(grep '^RESULT ' <<<"$output" | cut -d' ' -f2-)"
	[ -n "${requests:-}" ] || { echo "$output" >&2; return 1; }
	awk -v r="$requests" -v d="$duration_us" -v p50="$p50" -v p99="$p99" -v bad="$bad" -v a="$ticks" \
		-v b="$(proc_ticks "${APP_PIDS[$app]}")" -v hz="$(getconf CLK_TCK)" -v s="$seconds" \
		-v j0="${jit:-0}" -v j1="$(jit_ms "${APP_PIDS[$app]}")" \
		'BEGIN {printf "%.0f %s %s %.0f %s %.0f\n", r * 1000000 / d, p50, p99, (b - a) * 100 / hz / s, bad, j1 - j0}'
}

# measure ROUND APP SCENARIO: one measured run, appended to the raw data
measure() {
	local round=$1 app=$2 scenario=$3 result rps p50 p99 cpu bad jit
	result=$(wrk_run "$app" "$scenario" "$DURATION") || die "wrk failed: $app $scenario"
	read -r rps p50 p99 cpu bad jit <<<"$result"
	printf 'load\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$scenario" "$app" "$rps" "$p50" "$p99" "$cpu" "$bad" "$jit" >>"$RAW"
	log "  r$round $scenario $app: $rps req/s, p99 $p99 us, JIT ${jit} ms"
}

# warm_up GENERATION APP SCENARIO: serve the scenario until the JVM is warm: its JIT compiler spent
# less than WARMUP_JIT % of the last step compiling and the step was less than WARMUP_RISE % faster
# than the one before. A cold JVM needs about 20 s of load on its first scenario (45 s when its
# compiler shares the one serving core); a throughput plateau alone is not enough (it levels off for a
# while before C2's code arrives), and a fixed warm-up would either be too short for the first
# scenario or waste time on the later ones.
warm_up() {
	local generation=$1 app=$2 scenario=$3 seconds=0 previous=0 rps jit settled=0 result
	while [ "$seconds" -lt "$WARMUP_MAX" ]; do
		result=$(wrk_run "$app" "$scenario" "$WARMUP_STEP") || die "wrk failed in warm-up: $app $scenario"
		rps=${result%% *}
		jit=${result##* }
		seconds=$((seconds + WARMUP_STEP))
		if [ "$seconds" -ge "$WARMUP_MIN" ] && awk -v r="$rps" -v p="$previous" -v rise="$WARMUP_RISE" \
			-v jit="$jit" -v quiet="$WARMUP_JIT" -v step="$WARMUP_STEP" \
			'BEGIN {exit !(r < p * (1 + rise / 100) && jit < step * 1000 * quiet / 100)}'; then
			settled=1
			break
		fi
		previous=$rps
	done
	printf 'warmup\t%s\t%s\t%s\t%s\t%s\t%s\n' "$generation" "$scenario" "$app" "$seconds" "$settled" "$jit" >>"$RAW"
	log "  warm-up $scenario $app: ${seconds}s, last step $rps req/s, JIT ${jit} ms$([ "$settled" = 1 ] || echo ', still warming')"
}

# settle APP SCENARIO: one unrecorded warm-up step; after every scenario has warmed up, the first ones
# may have been deoptimized by what the later ones taught the JIT (a call site that saw one type now
# sees several), and this pass lets it compile them again before the first measured round
settle() {
	wrk_run "$1" "$2" "$WARMUP_STEP" >/dev/null || die "wrk failed in the settling pass: $1 $2"
}

# for_each_pair ROUND COMMAND...: run COMMAND APP SCENARIO for every scenario and each of its apps,
# starting with a different app each round
for_each_pair() {
	local round=$1 scenario apps count offset
	shift
	for scenario in "${SCENARIO_ORDER[@]}"; do
		read -r -a apps <<<"${SCENARIO_APPS[$scenario]}"
		count=${#apps[@]}
		for offset in $(seq 0 $((count - 1))); do
			"$@" "${apps[$(((round + offset) % count))]}" "$scenario"
		done
	done
}

if [ "${SKIP_HTTP:-0}" != 1 ]; then
	for generation in $(seq 1 "$GENERATIONS"); do
		first=$((ROUND_BASE + (generation - 1) * ROUNDS / GENERATIONS + 1))
		last=$((ROUND_BASE + generation * ROUNDS / GENERATIONS))
		printf 'generation\t%s\t%s\t%s\t%s\n' "$((GENERATION_BASE + generation))" "$first" "$last" "${SCENARIO_ORDER[*]}" >>"$RAW"
		log "HTTP: JVM generation $generation/$GENERATIONS (rounds $first-$last): starting ${#SERVERS[@]} server JVMs"
		start_servers "$((GENERATION_BASE + generation))"
		log "HTTP: warm-up until each app's throughput on each scenario stops rising"
		for_each_pair 0 warm_up "$((GENERATION_BASE + generation))"
		pin_servers
		log "HTTP: one more step per app and scenario on the serving core (what later scenarios recompiled)"
		for_each_pair 0 settle
		for round in $(seq "$first" "$last"); do
			log "HTTP: round $((round - ROUND_BASE))/$ROUNDS, ${DURATION}s per app and scenario"
			for_each_pair "$round" measure "$round"
		done
		cleanup
	done
fi
env_row loadavg_end "$(cut -d' ' -f1-3 /proc/loadavg)"

log "writing RESULTS.md"
REPORT=${REPORT_FILE:-$BENCH_DIR/RESULTS.md}
timeout 120 java -cp "$JMH_JAR" io.github.errorenvelope.benchmarks.report.ResultsReport "$RAW" "$REPORT"
log "done: $REPORT from $RAW"
