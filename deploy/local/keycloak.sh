# shellcheck shell=bash
# deploy/local/keycloak.sh — install/start/stop a real Keycloak for the local run.
#
# A library, meant to be `source`d by the ./kim launcher (it runs nothing by itself).
# The caller sets:
#   KIM_HOME   state directory, e.g. /work/main/.kim   (dist, downloads, pids live here)
#   KIM_LOGS   log directory                           (keycloak.log goes here)
# Optional overrides (defaults in brackets):
#   MVN [mvn]  KC_PORT [8180]  KC_HTTP_HOST [127.0.0.1]
#   KC_HOSTNAME [http://localhost:$KC_PORT]  KC_ADMIN_PASSWORD [random, see kc_admin_password]  KC_REALM_FILE
#   KC_THEME_DIR
#
# Functions: kc_install, kc_start, kc_wait_ready [timeout_s], kc_stop, kc_running, kc_reset.
# Needs deploy/local/process.sh sourced first.
# Safe under `set -euo pipefail`: every expected failure is tested, not left to errexit.
#
# DEMO ONLY: start-dev (plain HTTP, H2 file DB). Its master admin "admin" gets a random password on the first
# start, kept in $KIM_HOME/keycloak-admin-password (owner only): with it one reads every client secret and can
# give any user any sub-region or authority, and people run demos on shared machines.

KC_VERSION=26.4.7
# Resolved at source time from this file's own location (deploy/local/), so the
# launcher may source it from any working directory.
KC_REALM_FILE="${KC_REALM_FILE:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../keycloak/kim-realm.json}"
# The realm's login theme (loginTheme "kim"): copied into the dist's themes/ at every start.
KC_THEME_DIR="${KC_THEME_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/../keycloak/themes/kim}"

_kc_dist() { echo "${KIM_HOME:?KIM_HOME must be set}/keycloak-$KC_VERSION"; }
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

# kc_admin_password_file — where the master admin's password is kept.
kc_admin_password_file() { echo "${KIM_HOME:?KIM_HOME must be set}/keycloak-admin-password"; }

# kc_admin_password — the master admin's password: KC_ADMIN_PASSWORD if set, else the kept one, made (random,
# readable by its owner only) and printed once on the first call.
kc_admin_password() {
  local file
  file=$(kc_admin_password_file)
  if [[ -n ${KC_ADMIN_PASSWORD:-} ]]; then
    echo "$KC_ADMIN_PASSWORD"
    return 0
  fi
  if [[ ! -s $file ]]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=\n' >"$file")
    echo "keycloak: master admin 'admin', password $(cat "$file") (shown once; kept in $file)" >&2
  fi
  cat "$file"
}

# kc_running — true while Keycloak's process group exists.
kc_running() { proc_running keycloak; }

# kc_start — start Keycloak in the background; returns at once (use kc_wait_ready).
kc_start() {
  local dist port
  dist=$(_kc_dist); port=$(_kc_port)
  [[ -x $dist/bin/kc.sh ]] || { echo "kc_start: not installed, run kc_install" >&2; return 1; }
  if kc_running; then echo "keycloak: already running (pgid $(proc_pid keycloak))"; return 0; fi
  if port_open "$port"; then
    echo "kc_start: port $port is already in use by something else" >&2; return 1
  fi
  [[ -f $KC_REALM_FILE ]] || { echo "kc_start: realm file $KC_REALM_FILE missing" >&2; return 1; }
  mkdir -p "$dist/data/import"

  # Keycloak makes its bootstrap admin only with a new database: a database older than the kept password (an earlier
  # run's admin/admin) is made anew.
  local password
  if [[ -d $dist/data/h2 && ! -s $(kc_admin_password_file) && -z ${KC_ADMIN_PASSWORD:-} ]]; then
    echo "kc_start: new master admin password: re-creating the Keycloak DB" >&2
    rm -rf "$dist/data/h2"
  fi
  password=$(kc_admin_password) || return 1

  # --import-realm imports data/import/*.json at every start, but the default
  # strategy (IGNORE_EXISTING) skips a realm that already exists in the H2 DB
  # (data/h2), so later starts do not fail — and do not pick up edits either.
  if [[ -d $dist/data/h2 ]] && ! cmp -s "$KC_REALM_FILE" "$dist/data/import/kim-realm.json"; then
    echo "kc_start: realm file changed since the Keycloak DB was created: re-importing it" >&2
    rm -rf "$dist/data/h2"
  fi
  cp "$KC_REALM_FILE" "$dist/data/import/kim-realm.json"

  # The login theme (deploy/keycloak/themes/kim) copied afresh at every start: a changed theme shows
  # on the next start.
  [[ -d $KC_THEME_DIR ]] || { echo "kc_start: theme directory $KC_THEME_DIR missing" >&2; return 1; }
  rm -rf "$dist/themes/kim"
  cp -R "$KC_THEME_DIR" "$dist/themes/kim"

  # kc.sh keeps java as a child, hence a process group (proc_start).
  # --hostname pins the issuer (iss) to one URL whatever host name a client
  # used (localhost vs 127.0.0.1); otherwise start-dev derives it per request.
  KC_BOOTSTRAP_ADMIN_USERNAME=admin \
  KC_BOOTSTRAP_ADMIN_PASSWORD="$password" \
    proc_start keycloak "$dist/bin/kc.sh" start-dev \
      --http-port="$port" \
      --http-host="${KC_HTTP_HOST:-127.0.0.1}" \
      --hostname="${KC_HOSTNAME:-http://localhost:$port}" \
      --import-realm
}

# kc_wait_ready [timeout_s] — poll the kim realm's discovery document until 200.
# Measured on 2 cores: first start of a fresh dist (augmentation, new H2 DB,
# realm import) 23-27 s; later starts 7-13 s.
kc_wait_ready() {
  local began=$SECONDS
  wait_for keycloak "${1:-180}" http_ok "http://127.0.0.1:$(_kc_port)/realms/kim/.well-known/openid-configuration" &&
    echo "keycloak: ready after $((SECONDS - began)) s"
}

# kc_stop — stop Keycloak and everything kc.sh started.
kc_stop() { proc_stop keycloak 20; }

# kc_reset — drop the dev H2 DB so the next kc_start imports the realm file afresh
# (all runtime changes to users/sessions are lost). Only while stopped.
kc_reset() {
  if kc_running; then echo "kc_reset: stop Keycloak first (kc_stop)" >&2; return 1; fi
  rm -rf "$(_kc_dist)/data/h2"
  echo "kc_reset: Keycloak DB removed; realm will be re-imported on next start"
}
