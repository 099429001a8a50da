# shellcheck shell=bash
# deploy/local/process.sh — start, watch and stop the local run's background processes.
#
# A library for ./kim (sourced, runs nothing by itself). Each process runs in its own process
# group (setsid), so stopping it also stops children that launcher scripts leave behind (kc.sh
# keeps java as a child). $KIM_HOME/pids/<name>.pid holds the group id and the leader's start
# time, so a pid reused after a reboot is never taken for ours (nor signalled).
# The caller sets KIM_HOME and KIM_LOGS.

_proc_pidfile() { echo "${KIM_HOME:?KIM_HOME must be set}/pids/$1.pid"; }

# _proc_started PID — the process's start time in clock ticks since boot (field 22 of its stat).
_proc_started() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  # shellcheck disable=SC2086  # split the fields on purpose
  set -- $stat
  echo "${20}"
}

# proc_running NAME — true while the process group recorded for NAME exists and is still ours.
proc_running() {
  local pidfile pgid started
  pidfile=$(_proc_pidfile "$1")
  [[ -f $pidfile ]] || return 1
  read -r pgid started <"$pidfile" || return 1
  [[ -n $pgid && -n $started ]] || return 1
  [[ $(_proc_started "$pgid") == "$started" ]] && kill -0 -- "-$pgid" 2>/dev/null
}

# proc_pid NAME — the recorded process group id (empty when none).
proc_pid() {
  local pidfile pgid="" _
  pidfile=$(_proc_pidfile "$1")
  [[ -f $pidfile ]] && read -r pgid _ <"$pidfile"
  echo "$pgid"
}

# proc_start NAME COMMAND... — run COMMAND in the background in a new process group, output
# appended to $KIM_LOGS/NAME.log. Returns at once; environment is inherited.
proc_start() {
  local name=$1 pidfile log i
  shift
  pidfile=$(_proc_pidfile "$name")
  log="${KIM_LOGS:?KIM_LOGS must be set}/$name.log"
  if proc_running "$name"; then
    echo "$name: already running (pgid $(proc_pid "$name"))"
    return 0
  fi
  mkdir -p "$(dirname "$pidfile")" "$KIM_LOGS"
  rm -f "$pidfile"
  printf '\n=== %s started %s ===\n' "$name" "$(date -Is)" >>"$log"
  # The inner sh records its own pid (the group id, whether or not setsid had to fork), then
  # becomes the command.
  # shellcheck disable=SC2016  # $$ and $1 are for the inner sh
  setsid sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$pidfile" "$@" </dev/null >>"$log" 2>&1 &
  for ((i = 0; i < 50; i++)); do [[ -s $pidfile ]] && break; sleep 0.1; done
  [[ -s $pidfile ]] || { echo "$name: failed to launch, see $log" >&2; return 1; }
  local pgid started
  read -r pgid <"$pidfile"
  started=$(_proc_started "$pgid") || { echo "$name: exited at once, see $log" >&2; return 1; }
  echo "$pgid $started" >"$pidfile"
}

# proc_stop NAME [GRACE_SECONDS] — TERM the group, wait, KILL after the grace period.
proc_stop() {
  local name=$1 grace=${2:-20} pidfile pgid i
  pidfile=$(_proc_pidfile "$name")
  pgid=$(proc_pid "$name")
  # Ours while the leader runs with its recorded start time; also when the leader is gone but its
  # group lives on (kc.sh died, java did not): a pid in use as a group id is not handed out again.
  if proc_running "$name" || { [[ -n $pgid && ! -e /proc/$pgid ]] && kill -0 -- "-$pgid" 2>/dev/null; }; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do
      kill -0 -- "-$pgid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 -- "-$pgid" 2>/dev/null; then
      echo "$name: still alive after ${grace} s, killing" >&2
      kill -KILL -- "-$pgid" 2>/dev/null || true
    fi
    echo "$name: stopped"
  fi
  rm -f "$pidfile"
}

# port_open PORT — true when something accepts TCP connections on 127.0.0.1:PORT.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for NAME SECONDS CHECK... — poll CHECK until it succeeds; fail early if NAME died.
wait_for() {
  local name=$1 timeout=$2 start=$SECONDS
  shift 2
  while ((SECONDS - start < timeout)); do
    "$@" && return 0
    if ! proc_running "$name"; then
      echo "$name exited during start-up; last log lines:" >&2
      tail -n 25 "$KIM_LOGS/$name.log" >&2 || true
      return 1
    fi
    sleep 0.2
  done
  echo "$name: not ready after ${timeout} s, see $KIM_LOGS/$name.log" >&2
  return 1
}

# http_ok URL — true on a 2xx answer.
http_ok() { curl -fs -o /dev/null --max-time 2 "$1"; }
