# shellcheck shell=bash
# deploy/local/keycloak.sh — install/start/stop a real Keycloak for the local run.
#
# A library, meant to be `source`d by the ./kim launcher (it runs nothing by itself).
# The caller sets:
#   KIM_HOME   state directory, e.g. /work/main/.kim   (dist, downloads, pids live here)
#   KIM_LOGS   log directory                           (keycloak.log goes here)
# Optional overrides (defaults in brackets):
#   MVN [mvn]  KC_PORT [8180]  KC_HTTP_HOST [127.0.0.1]
#   KC_HOSTNAME [http://localhost:$KC_PORT]  KC_ADMIN_PASSWORD [admin]  KC_REALM_FILE
#
# Functions: kc_install, kc_start, kc_wait_ready [timeout_s], kc_stop, kc_running, kc_reset.
# Safe under `set -euo pipefail`: every expected failure is tested, not left to errexit.
#
# DEMO ONLY: start-dev (plain HTTP, H2 file DB, bootstrap admin admin/admin).

KC_VERSION=26.4.7
# Resolved at source time from this file's own location (deploy/local/), so the
# launcher may source it from any working directory.
KC_REALM_FILE="${KC_REALM_FILE:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../keycloak/kim-realm.json}"

_kc_dist() { echo "${KIM_HOME:?KIM_HOME must be set}/keycloak-$KC_VERSION"; }
_kc_pidfile() { echo "${KIM_HOME:?KIM_HOME must be set}/pids/keycloak.pid"; }
_kc_port() { echo "${KC_PORT:-8180}"; }

# kc_install — fetch the dist zip from Maven Central (via Maven, the only route we
# have to the network) and unpack it once. Idempotent: a present bin/kc.sh means done.
kc_install() {
  local dist dl zip tmp
  dist=$(_kc_dist)
  [[ -x $dist/bin/kc.sh ]] && return 0
  command -v unzip >/dev/null || { echo "kc_install: 'unzip' is required" >&2; return 1; }
  dl="$KIM_HOME/downloads"
  zip="$dl/keycloak-quarkus-dist-$KC_VERSION.zip"
  mkdir -p "$dl"
  if [[ ! -s $zip ]]; then
    echo "kc_install: downloading keycloak-quarkus-dist $KC_VERSION (~159 MB) via Maven ..."
    # Run from $dl (no pom.xml there): inside the project Maven would load the
    # reactor and run the goal once per module.
    (cd "$dl" && "${MVN:-mvn}" -q -B dependency:copy \
      "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      "-DoutputDirectory=$dl") || { echo "kc_install: Maven download failed" >&2; return 1; }
  fi
  # Unpack into a temp dir and move into place, so an interrupted unzip never
  # leaves a half dist that the check above would take for installed.
  tmp=$(mktemp -d "$KIM_HOME/.kc-unzip.XXXXXX")
  if ! unzip -q "$zip" -d "$tmp"; then
    rm -rf "$tmp"; echo "kc_install: unzip of $zip failed" >&2; return 1
  fi
  mv "$tmp/keycloak-$KC_VERSION" "$dist"
  rm -rf "$tmp"
}

# kc_running — true if the process group recorded in the pid file still exists.
kc_running() {
  local pgid
  pgid=$(cat "$(_kc_pidfile)" 2>/dev/null) || return 1
  [[ -n $pgid ]] && kill -0 -- "-$pgid" 2>/dev/null
}

# kc_start — start Keycloak in the background; returns at once (use kc_wait_ready).
kc_start() {
  local dist pidfile port log
  dist=$(_kc_dist); pidfile=$(_kc_pidfile); port=$(_kc_port)
  log="${KIM_LOGS:?KIM_LOGS must be set}/keycloak.log"
  [[ -x $dist/bin/kc.sh ]] || { echo "kc_start: not installed, run kc_install" >&2; return 1; }
  if kc_running; then echo "kc_start: already running (pgid $(cat "$pidfile"))"; return 0; fi
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/"; then
    echo "kc_start: port $port is already in use by something else" >&2; return 1
  fi
  [[ -f $KC_REALM_FILE ]] || { echo "kc_start: realm file $KC_REALM_FILE missing" >&2; return 1; }
  mkdir -p "$dist/data/import" "$(dirname "$pidfile")" "$KIM_LOGS"

  # --import-realm imports data/import/*.json at every start, but the default
  # strategy (IGNORE_EXISTING) skips a realm that already exists in the H2 DB
  # (data/h2), so later starts do not fail — and do not pick up edits either.
  if [[ -d $dist/data/h2 ]] && ! cmp -s "$KC_REALM_FILE" "$dist/data/import/kim-realm.json"; then
    echo "kc_start: WARNING realm file changed since the DB was created; the old realm" \
         "is kept. Run kc_stop; kc_reset; kc_start to re-import it." >&2
  fi
  cp "$KC_REALM_FILE" "$dist/data/import/kim-realm.json"

  rm -f "$pidfile"
  printf '\n=== kc_start %s ===\n' "$(date -Is)" >>"$log"
  # kc.sh keeps java as a child (and may re-exec it), so killing the kc.sh pid
  # alone would orphan java. setsid gives kc.sh + java their own process group;
  # the inner sh writes its own pid (= pgid, whether or not setsid had to fork)
  # and then execs kc.sh in place.
  # --hostname pins the issuer (iss) to one URL whatever host name a client
  # used (localhost vs 127.0.0.1); otherwise start-dev derives it per request.
  # shellcheck disable=SC2016  # $$ and $1 are meant for the inner sh
  KC_BOOTSTRAP_ADMIN_USERNAME=admin \
  KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}" \
    setsid sh -c 'echo $$ >"$1"; shift; exec "$@"' sh "$pidfile" \
      "$dist/bin/kc.sh" start-dev \
        --http-port="$port" \
        --http-host="${KC_HTTP_HOST:-127.0.0.1}" \
        --hostname="${KC_HOSTNAME:-http://localhost:$port}" \
        --import-realm \
      </dev/null >>"$log" 2>&1 &
  # Wait (briefly) for the pid file so kc_stop works right after kc_start.
  local i
  for ((i = 0; i < 50; i++)); do [[ -s $pidfile ]] && break; sleep 0.1; done
  [[ -s $pidfile ]] || { echo "kc_start: failed to launch, see $log" >&2; return 1; }
  echo "kc_start: started (pgid $(cat "$pidfile")), log $log"
}

# kc_wait_ready [timeout_s] — poll the kim realm's discovery document until 200.
# Measured on 2 cores: first start of a fresh dist (augmentation, new H2 DB,
# realm import) 23-27 s; later starts 7-13 s.
kc_wait_ready() {
  local timeout=${1:-180} url start
  url="http://127.0.0.1:$(_kc_port)/realms/kim/.well-known/openid-configuration"
  start=$SECONDS
  while ((SECONDS - start < timeout)); do
    if curl -fs -o /dev/null --max-time 2 "$url"; then
      echo "kc_wait_ready: ready after $((SECONDS - start)) s"; return 0
    fi
    if ! kc_running; then
      echo "kc_wait_ready: Keycloak exited; last log lines:" >&2
      tail -n 30 "${KIM_LOGS:?}/keycloak.log" >&2 || true
      return 1
    fi
    sleep 1
  done
  echo "kc_wait_ready: not ready after ${timeout} s ($url)" >&2
  return 1
}

# kc_stop — TERM the whole process group, wait for it to go, KILL after ~20 s.
kc_stop() {
  local pidfile pgid i
  pidfile=$(_kc_pidfile)
  pgid=$(cat "$pidfile" 2>/dev/null) || { echo "kc_stop: not running"; return 0; }
  if [[ -n $pgid ]] && kill -0 -- "-$pgid" 2>/dev/null; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do
      kill -0 -- "-$pgid" 2>/dev/null || break
      sleep 1
    done
    if kill -0 -- "-$pgid" 2>/dev/null; then
      echo "kc_stop: still alive after 20 s, sending KILL" >&2
      kill -KILL -- "-$pgid" 2>/dev/null || true
      sleep 1
    fi
    echo "kc_stop: stopped (pgid $pgid)"
  else
    echo "kc_stop: not running (stale pid file)"
  fi
  rm -f "$pidfile"
}

# kc_reset — drop the dev H2 DB so the next kc_start imports the realm file afresh
# (all runtime changes to users/sessions are lost). Only while stopped.
kc_reset() {
  if kc_running; then echo "kc_reset: stop Keycloak first (kc_stop)" >&2; return 1; fi
  rm -rf "$(_kc_dist)/data/h2"
  echo "kc_reset: Keycloak DB removed; realm will be re-imported on next start"
}
