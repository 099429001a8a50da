# shellcheck shell=bash
# deploy/local/demo-data.sh — the demo world of the seeds: Kreis Unna and its KIM sub-regions.
# Sourced by ./kim; loads through the gateway's public API with the DEMO admin account, so it
# exercises the same path as any agency system. Re-running is harmless (409 = already there).

# AGS (Amtlicher Gemeindeschlüssel) | name | sub-region (Nord = Lünen, Werne, Selm per the seeds)
KIM_DEMO_MUNICIPALITIES=(
  "05978024|Lünen|NORD"
  "05978040|Werne|NORD"
  "05978032|Selm|NORD"
  "05978036|Unna|MITTE"
  "05978020|Kamen|MITTE"
  "05978004|Bergkamen|MITTE"
  "05978008|Bönen|MITTE"
  "05978028|Schwerte|SUED"
  "05978016|Holzwickede|SUED"
  "05978012|Fröndenberg/Ruhr|SUED"
)

# demo_token USER — an access token for a DEMO user (password "demo") via the public client kim-cli.
demo_token() {
  curl -fs --max-time 10 "http://localhost:${KC_PORT:-8180}/realms/kim/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=kim-cli -d username="$1" -d password=demo |
    sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}

# demo_load GATEWAY_URL — register the demo municipalities.
demo_load() {
  local gateway=$1 token entry ags name subregion status created=0
  token=$(demo_token admin) || { echo "demo data: no token for the demo admin" >&2; return 1; }
  for entry in "${KIM_DEMO_MUNICIPALITIES[@]}"; do
    IFS='|' read -r ags name subregion <<<"$entry"
    status=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -X POST "$gateway/api/regions/municipalities" \
      -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
      -d "{\"ags\":\"$ags\",\"name\":\"$name\",\"subregion\":\"$subregion\"}")
    case $status in
      201) created=$((created + 1)) ;;
      409) ;;
      *) echo "demo data: registering $name answered $status" >&2; return 1 ;;
    esac
  done
  echo "demo data: ${#KIM_DEMO_MUNICIPALITIES[@]} municipalities of Kreis Unna ($created new)"
}
