#!/usr/bin/env bash
# Measures Switchboard the way docs/performance.md reports it: every mode against a Switchboard in
# its own process on this machine, RUNS times, each run right after a `limit` run (the ceiling of
# the machine and client at that moment); `core-calls` (the PBX core alone, in virtual time); the
# server's heap after a full GC before and after each mode; medians at the end; JFR (and perf)
# profiles of the server under fanout K=100, ping W=100 and calls; the JMH benchmarks.
#
#   bench/measure.sh [output-dir]          (default: bench/target/measure-<time>)
#   RUNS=3 DURATION=10 WARMUP=2 PORT=15038 SERVER_OPTS="-Xmx1g" bench/measure.sh
#   STEPS="fanout summary" bench/measure.sh dir
#   (steps: ping fanout latency sessions calls core profile jmh summary)
#
# On a shared machine other processes steal CPU from the run: every figure line says how much
# (other_cpu_s). Before each run the script waits (up to QUIET_WAIT seconds) until the machine
# has been idle for 3 seconds, and a run whose limit or mode line still shows more than QUIET_MAX
# CPU-seconds of other work is repeated, up to TRIES times (the last try is kept, logged as busy).
#
# Everything binds to 127.0.0.1. The server is stopped (by its pid) when the script ends.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/bench/target/switchboard-bench.jar"
out=${1:-"$root/bench/target/measure-$(date +%Y%m%d-%H%M%S)"}
RUNS=${RUNS:-3}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-2}
PORT=${PORT:-15038}
SERVER_OPTS=${SERVER_OPTS:-}
QUIET_MAX=${QUIET_MAX:-0.5}
TRIES=${TRIES:-6}
QUIET_WAIT=${QUIET_WAIT:-900}
server_pid=""

mkdir -p "$out"
# -am: the manager measured is this tree's, not whatever snapshot ~/.m2 holds
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests -pl bench -am package)

bench() { java -jar "$jar" "$@"; }

# the measured span of a mode: calls has no warm-up (its server is warmed up apart) and runs
# --duration seconds of originating plus the time the last calls take to end
timing() {
    if [ "$1" = calls ]; then echo "--duration $DURATION"; else echo "--warmup $WARMUP --duration $DURATION"; fi
}
warmup_timing() {
    if [ "$1" = calls ]; then echo "--duration 5"; else echo "--warmup 1 --duration 5"; fi
}

note() { echo "# $*" | tee -a "$out/log.txt" >&2; }

start_server() {
    rm -f "$out/server.out"
    # shellcheck disable=SC2086
    java $SERVER_OPTS -cp "$jar" org.switchboard.bench.launch.BenchServer --port "$PORT" \
        > "$out/server.out" 2>> "$out/server.err" &
    server_pid=$!
    for _ in $(seq 300); do
        grep -q "^pid=$server_pid " "$out/server.out" 2>/dev/null && return 0
        kill -0 "$server_pid" 2>/dev/null || { note "server did not start"; exit 1; }
        sleep 0.1
    done
    note "server did not report its address"; exit 1
}

# server_cpu: the server's CPU seconds so far
server_cpu() { awk '{printf "%.2f", ($14 + $15) / 100}' "/proc/$server_pid/stat"; }

# heap_used NAME WHEN: the server's heap after a full GC, in kB, appended to heap.txt; first
# waits (30 s at most) until the server has been idle for a second, so that the calls of a run
# that was cut short have ended and what is measured is what stays
heap_used() {
    local kb a b
    for _ in $(seq 30); do
        a=$(server_cpu); sleep 1; b=$(server_cpu)
        awk -v a="$a" -v b="$b" 'BEGIN { exit !(b - a < 0.05) }' && break
    done
    jcmd "$server_pid" GC.run > /dev/null
    kb=$(jcmd "$server_pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
    echo "$1 $2 heap_used_kb=$kb" | tee -a "$out/heap.txt" >&2
}

stop_server() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
        server_pid=""
    fi
}
trap stop_server EXIT

machine() {
    note "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
        "$(free -g | awk '/Mem:/ {print $2}') GB, kernel $(uname -r), $(java -version 2>&1 | head -1)"
    note "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
    note "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)" \
        "(the jar is built from this tree with -am, never from ~/.m2 snapshots)"
}

# busy CPU-seconds (user, nice, system) of the whole machine so far
machine_busy() { awk '/^cpu / {printf "%.2f", ($2 + $3 + $4) / 100}' /proc/stat; }

# wait_quiet: until the machine (our server idle) used under 0.1 CPU-s in 3 s, or QUIET_WAIT passed
wait_quiet() {
    local waited=0 a b
    while [ "$waited" -lt "$QUIET_WAIT" ]; do
        a=$(machine_busy); sleep 3; b=$(machine_busy)
        awk -v a="$a" -v b="$b" 'BEGIN { exit !(b - a < 0.1) }' && return 0
        waited=$((waited + 3))
    done
    note "machine still busy after ${QUIET_WAIT}s, measuring anyway"
}

# other_cpu LINE: its other_cpu_s value
other_cpu() { echo "$1" | grep -o 'other_cpu_s=[^ ]*' | cut -d= -f2; }

quiet() { awk -v a="$(other_cpu "$1")" -v m="$QUIET_MAX" 'BEGIN { exit !(a <= m) }'; }

# measure_pair NAME MODE-ARGS...: one limit run, then one mode run; again while the machine is busy
measure_pair() {
    local name=$1; shift
    local limit line
    for t in $(seq "$TRIES"); do
        wait_quiet
        limit=$(bench limit -k 10 --warmup "$WARMUP" --duration "$DURATION")
        # a run that could not be measured (the server dropped a client that fell behind, say)
        # is tried again like a busy one, and kept as an "error=" line if it was the last try
        if ! line=$(bench "$@" 2> "$out/run.err"); then
            note "$name: run failed: $(tr '\n' ' ' < "$out/run.err")"
            line="mode=$name error=$(tr ' \n' '__' < "$out/run.err") other_cpu_s=99"
        fi
        if { quiet "$limit" && quiet "$line"; } || [ "$t" = "$TRIES" ]; then
            [ "$t" = "$TRIES" ] && ! { quiet "$limit" && quiet "$line"; } && note "$name: kept a busy run"
            echo "$limit" | tee -a "$out/$name.limit"
            echo "$line" | tee -a "$out/$name.txt"
            return 0
        fi
        note "$name: machine busy (other_cpu_s $(other_cpu "$limit") / $(other_cpu "$line")), again"
    done
}

# run_mode NAME MODE-ARGS...: warm the server up, then RUNS x (limit, mode); the heap after a
# full GC once warm (idle) and after the runs
run_mode() {
    local name=$1; shift
    start_server
    note "$name: warm-up"
    # shellcheck disable=SC2046
    bench "$@" --port "$PORT" $(warmup_timing "$1") > /dev/null || note "$name: warm-up run failed"
    heap_used "$name" idle
    for r in $(seq "$RUNS"); do
        # shellcheck disable=SC2046
        measure_pair "$name" "$@" --port "$PORT" --server-pid "$server_pid" $(timing "$1")
    done
    heap_used "$name" after
    stop_server
}

# core-calls: no server process, the PBX core in this JVM on a virtual clock
run_core() {
    for r in $(seq "$RUNS"); do
        measure_pair core-calls core-calls --rate 3000 --calls 100000 --warmup-calls 50000
    done
}

# sessions on a fresh server each run and each try (memory per session), after a small warm-up.
# The server's heap is fixed and touched up front (SESSIONS_OPTS), so that its RSS grows only by
# what sessions cost outside the heap (rss_per_session_kb); what they hold in the heap is read
# apart, in one more run, after a full GC while every session is up (heap.txt, "held").
SESSIONS_OPTS=${SESSIONS_OPTS:-"-Xms512m -Xmx512m -XX:+AlwaysPreTouch"}
run_sessions() {
    local n=$1 limit line opts="$SERVER_OPTS" bp
    SERVER_OPTS="$SERVER_OPTS $SESSIONS_OPTS"
    for r in $(seq "$RUNS"); do
        for t in $(seq "$TRIES"); do
            start_server
            bench sessions --port "$PORT" -n 500 --hold 0 > /dev/null
            wait_quiet
            limit=$(bench limit -k 10 --warmup "$WARMUP" --duration "$DURATION")
            line=$(bench sessions --port "$PORT" -n "$n" --server-pid "$server_pid")
            stop_server
            if { quiet "$limit" && quiet "$line"; } || [ "$t" = "$TRIES" ]; then
                echo "$limit" | tee -a "$out/sessions.limit"
                echo "$line" | tee -a "$out/sessions.txt"
                break
            fi
            note "sessions: machine busy (other_cpu_s $(other_cpu "$limit") / $(other_cpu "$line")), again"
        done
    done
    start_server
    bench sessions --port "$PORT" -n 500 --hold 0 > /dev/null
    heap_used sessions idle
    bench sessions --port "$PORT" -n "$n" --hold 15 > "$out/sessions-heap.txt" &
    bp=$!
    for _ in $(seq 120); do
        [ "$(ss -tn state established "( sport = :$PORT )" | tail -n +2 | wc -l)" -ge "$n" ] && break
        sleep 0.5
    done
    heap_used sessions "held($n)"
    wait "$bp"
    heap_used sessions after
    stop_server
    SERVER_OPTS="$opts"
}

# JFR's profile settings, with Java code sampled every millisecond instead of every 10 ms
jfr_settings() {
    local java_home
    java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
    sed '/<event name="jdk.ExecutionSample">/,/<\/event>/ s|\(<setting name="period"[^>]*>\)[^<]*|\11 ms|' \
        "$java_home/lib/jfr/profile.jfc" > "$out/profile-1ms.jfc"
}

# profile NAME MODE-ARGS...: one run under JFR on the warm server, then, when perf is there, one
# run under perf, which also sees the kernel (JFR's execution samples see Java code only)
profile() {
    local name=$1; shift
    local opts="$SERVER_OPTS"
    SERVER_OPTS="$SERVER_OPTS -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit"
    start_server
    SERVER_OPTS="$opts"
    # shellcheck disable=SC2046
    bench "$@" --port "$PORT" $(warmup_timing "$1") > /dev/null || note "$name: warm-up run failed"
    wait_quiet
    jcmd "$server_pid" JFR.start name=bench settings="$out/profile-1ms.jfc" > /dev/null
    # shellcheck disable=SC2046
    bench "$@" --port "$PORT" --server-pid "$server_pid" $(timing "$1") | tee -a "$out/$name.jfr-run.txt" || true
    jcmd "$server_pid" JFR.stop name=bench filename="$out/$name.jfr" > /dev/null
    bench jfr-top "$out/$name.jfr" --top 40 > "$out/$name.top.txt"
    jfr print --events jdk.ExecutionSample "$out/$name.jfr" | gzip > "$out/$name.samples.txt.gz"
    if command -v perf > /dev/null; then
        local perf_pid
        wait_quiet
        (sleep "$WARMUP"; perf record -q -e cpu-clock -F 999 -p "$server_pid" -o "$out/$name.perf.data" \
            -- sleep "$DURATION" > /dev/null 2>&1 || true) &
        perf_pid=$!
        # shellcheck disable=SC2046
        bench "$@" --port "$PORT" --server-pid "$server_pid" $(timing "$1") | tee -a "$out/$name.perf-run.txt" || true
        wait "$perf_pid"
    fi
    stop_server   # the JIT symbol map (/tmp/perf-<pid>.map) is written as the server exits
    if [ -f "$out/$name.perf.data" ]; then
        perf report -i "$out/$name.perf.data" --sort dso --stdio 2> /dev/null \
            | grep -v '^#' | grep -v '^$' > "$out/$name.perf-dso.txt" || true
        perf report -i "$out/$name.perf.data" --sort sym --stdio 2> /dev/null \
            | grep -v '^#' | grep -v '^$' | head -80 > "$out/$name.perf-sym.txt" || true
    fi
}

# jfr_core NAME ARGS...: a core-calls run (the server in the tool's JVM) under JFR
jfr_core() {
    local name=$1; shift
    wait_quiet
    java -XX:StartFlightRecording=filename="$out/$name.jfr",settings="$out/profile-1ms.jfc" -jar "$jar" "$@" \
        2> /dev/null | tee -a "$out/$name.jfr-run.txt"
    bench jfr-top "$out/$name.jfr" --top 40 > "$out/$name.top.txt"
}

# median FILE KEY: the median of KEY over the lines of FILE
median() {
    [ -e "$1" ] || { echo "-"; return 0; }
    grep -o "\\b$2=[^ ]*" "$1" | cut -d= -f2 | sort -g | awk '{v[NR]=$1} END {
        if (NR == 0) print "-"; else if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2 }'
}

summary() {
    {
        echo "name | median | median limit msgs/s | ratio | other_cpu_s (median)"
        for f in ping-w1 ping-w100; do
            [ -f "$out/$f.txt" ] || continue
            a=$(median "$out/$f.txt" actions_per_s); l=$(median "$out/$f.limit" msgs_per_s)
            echo "$f | actions/s $a p50 $(median "$out/$f.txt" p50_us) p99 $(median "$out/$f.txt" p99_us)" \
                "p99.9 $(median "$out/$f.txt" p999_us) us, server cpu $(median "$out/$f.txt" server_cpu_s) s" \
                "| $l | $(awk -v a="$a" -v l="$l" 'BEGIN {printf "%.4f", a / l}') | $(median "$out/$f.txt" other_cpu_s)"
        done
        for f in fanout-k1 fanout-k10 fanout-k100 fanout-k100-w1; do
            [ -f "$out/$f.txt" ] || continue
            a=$(median "$out/$f.txt" events_per_s); l=$(median "$out/$f.limit" msgs_per_s)
            echo "$f | events/s $a (listener min $(median "$out/$f.txt" listener_min_per_s) max" \
                "$(median "$out/$f.txt" listener_max_per_s)) p50 $(median "$out/$f.txt" p50_us)" \
                "p99 $(median "$out/$f.txt" p99_us) us, lost $(median "$out/$f.txt" lost), server cpu" \
                "$(median "$out/$f.txt" server_cpu_s) s | $l" \
                "| $(awk -v a="$a" -v l="$l" 'BEGIN {printf "%.4f", a / l}') | $(median "$out/$f.txt" other_cpu_s)"
        done
        [ -f "$out/sessions.txt" ] && echo "sessions | logins/s $(median "$out/sessions.txt" logins_per_s) all up $(median "$out/sessions.txt" all_up_ms) ms" \
            "rss/session $(median "$out/sessions.txt" rss_per_session_kb) kB, idle cpu" \
            "$(median "$out/sessions.txt" server_cpu_hold_s) s | $(median "$out/sessions.limit" msgs_per_s) | - | -"
        if [ -f "$out/calls-3000.txt" ]; then
            f=calls-3000; l=$(median "$out/$f.limit" msgs_per_s)
            e=$(median "$out/$f.txt" events_per_call)
            echo "$f | achieved $(median "$out/$f.txt" achieved_rate) calls/s, succeeded $(median "$out/$f.txt" succeeded)" \
                "of $(median "$out/$f.txt" calls), events/call $e, response p50 $(median "$out/$f.txt" response_p50_ms)" \
                "p99 $(median "$out/$f.txt" response_p99_ms) ms, server cpu $(median "$out/$f.txt" server_cpu_s) s | $l" \
                "| $(awk -v r=3000 -v e="$e" -v l="$l" 'BEGIN {printf "%.4f", r * e / l}') (events/s) | $(median "$out/$f.txt" other_cpu_s)"
            f=calls-max; l=$(median "$out/$f.limit" msgs_per_s)
            echo "$f | sustained $(median "$out/$f.txt" sustained_rate) calls/s (runs:" \
                "$(grep -o 'sustained_rate=[^ ]*' "$out/$f.txt" | cut -d= -f2 | xargs)), events/call" \
                "$(median "$out/$f.txt" events_per_call), response p99 $(median "$out/$f.txt" response_p99_ms) ms | $l" \
                "| $(awk -v r="$(median "$out/$f.txt" sustained_rate)" -v e="$(median "$out/$f.txt" events_per_call)" \
                    -v l="$l" 'BEGIN {printf "%.4f", r * e / l}') (events/s) | $(median "$out/$f.txt" other_cpu_s)"
        fi
        if [ -f "$out/core-calls.txt" ]; then
            echo "core-calls | calls/s $(median "$out/core-calls.txt" calls_per_s) (wall), per core cpu-s" \
                "$(median "$out/core-calls.txt" calls_per_core_cpu_s), events/call $(median "$out/core-calls.txt" events_per_call)" \
                "| $(median "$out/core-calls.limit" msgs_per_s) | - | $(median "$out/core-calls.txt" other_cpu_s)"
        fi
        [ -f "$out/heap.txt" ] && sed 's/^/heap | /' "$out/heap.txt"
        if grep -q '^sessions held' "$out/heap.txt" 2> /dev/null; then
            awk '/^sessions idle/ {split($3, a, "="); idle = a[2]}
                 /^sessions held/ {split($2, h, /[()]/); split($3, b, "="); held = b[2]; n = h[2]}
                 END {printf "sessions heap | %.2f kB of live heap per session (%d sessions)\n", (held - idle) / n, n}' \
                "$out/heap.txt"
        fi
        echo "limit (all runs) | msgs/s $(cat "$out"/*.limit | median /dev/stdin msgs_per_s) | | |" \
            "$(cat "$out"/*.limit | median /dev/stdin other_cpu_s)"
    } | tee "$out/summary.txt"
}

# STEPS picks parts, e.g. STEPS="profile summary" to profile again into an existing directory
STEPS=${STEPS:-"ping fanout latency sessions calls core profile jmh summary"}
machine
jfr_settings
for step in $STEPS; do
    case $step in
        ping)     run_mode ping-w1 ping -w 1; run_mode ping-w100 ping -w 100 ;;
        fanout)   run_mode fanout-k1 fanout -k 1 -w 200; run_mode fanout-k10 fanout -k 10 -w 200
                  run_mode fanout-k100 fanout -k 100 -w 200 ;;
        latency)  run_mode fanout-k100-w1 fanout -k 100 -w 1 ;;
        sessions) run_sessions 10000 ;;
        calls)    run_mode calls-3000 calls --rate 3000
                  run_mode calls-max calls --find-max --rate 2000 --factor 1.25 ;;
        core)     run_core ;;
        profile)  profile fanout-k100 fanout -k 100 -w 200; profile ping-w100 ping -w 100
                  profile calls-3000 calls --rate 3000
                  jfr_core calls-core core-calls --rate 3000 --calls 100000 --warmup-calls 50000 ;;
        jmh)      wait_quiet; bench jmh -f 1 -wi 3 -i 5 -w 1 -r 1 -rf text -rff "$out/jmh.txt" > "$out/jmh.log" 2>&1
                  cat "$out/jmh.txt" >&2 ;;
        summary)  note "load after: $(cut -d' ' -f1-3 /proc/loadavg)"; summary ;;
        *)        note "unknown step $step"; exit 2 ;;
    esac
done
