#!/usr/bin/env bash
# Three coopsec nodes on this machine (KG, KZ, UZ), each with its own database and port.
# KG publishes; KZ pulls from KG under an agreement that allows AMBER; UZ pulls from KZ.
# An AMBER indicator posted on KG reaches KZ and not UZ (AMBER never travels on to a third
# node); a GREEN one reaches both, and UZ shows the path it came along: KG → KZ.
#
#   bash examples/federation/walkthrough.sh            (from a checkout, after npm ci)
#   COOPSEC="npx coopsec" bash examples/federation/walkthrough.sh   (the built CLI)
set -euo pipefail
COOPSEC="${COOPSEC:-node --conditions=@coopsec/source --import tsx packages/cli/src/main.ts}"
DIR="${DIR:-$(mktemp -d)}"
BASE_PORT="${BASE_PORT:-18470}"
# Peer credentials are sealed at rest with this key; keep it for every later run of a node.
export COOPSEC_SECRET_KEY="${COOPSEC_SECRET_KEY:-$(openssl rand -base64 32)}"
# Each node's id (shown to partners, put on paths) is fixed when its database is created.
cs() { local node="$1"; shift; COOPSEC_NODE_ID="$node-node" $COOPSEC --db "$DIR/$node.db" "$@"; }
key_of() { node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).key'; }
port() { case "$1" in kg) echo "$BASE_PORT" ;; kz) echo $((BASE_PORT + 1)) ;; uz) echo $((BASE_PORT + 2)) ;; esac; }
root() { echo "http://127.0.0.1:$(port "$1")/taxii2/default/"; }

echo "== 1. each node: its own organisation, an analyst, a collection, and the partners' organisations"
for n in kg kz uz; do
  cs "$n" init >/dev/null
  cs "$n" org add "$n-cert" --name "${n^^}-CERT" >/dev/null
  cs "$n" collection add shared --title "Shared indicators" --owner "$n-cert" >/dev/null
  for other in kg kz uz; do
    [ "$other" = "$n" ] || cs "$n" org add "$other-cert" --name "${other^^}-CERT (partner)" >/dev/null
  done
done
KG_ANALYST="$(cs kg --json key create --org kg-cert --user kg-analyst | key_of)"

echo "== 2. KZ pulls from KG: KG gives KZ-CERT an account; KG-CERT lets KZ-CERT receive up to AMBER"
KZ_AT_KG="$(cs kg --json key create --org kz-cert --user kz-node | key_of)"
cs kg collection grant shared --org kz-cert --read >/dev/null
cs kg agreement add --from kg-cert --to kz-cert --collection shared --tlp green,amber >/dev/null
cs kz peer add kg --url "$(root kg)" --key "$KZ_AT_KG" --org kg-cert --link shared:pull@10

echo "== 3. UZ pulls from KZ (UZ-CERT gets the community default, GREEN)"
UZ_AT_KZ="$(cs kz --json key create --org uz-cert --user uz-node | key_of)"
cs kz collection grant shared --org uz-cert --read >/dev/null
cs uz peer add kz --url "$(root kz)" --key "$UZ_AT_KZ" --org kz-cert --link shared:pull@10

echo "== 4. start the three nodes (each syncs its peers in the background every 10 s)"
pids=()
for n in kg kz uz; do
  # exec: $! is then the server itself, so that the trap below stops it.
  (COOPSEC_NODE_ID="$n-node" exec $COOPSEC --db "$DIR/$n.db" serve --no-web --port "$(port "$n")" \
    --log-level warn >"$DIR/$n.log" 2>&1) &
  pids+=($!)
done
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for n in kg kz uz; do
  for _ in $(seq 1 100); do curl -s -o /dev/null "$(root "$n")" && break; sleep 0.3; done
done

echo "== 5. KG's analyst posts an AMBER and a GREEN indicator"
cat >"$DIR/bundle.json" <<'JSON'
{ "type": "bundle", "id": "bundle--6b6d3c5e-43a8-4c39-9c2a-0d1e6c2b0a11", "objects": [
  { "type": "indicator", "spec_version": "2.1", "id": "indicator--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061",
    "created": "2026-12-01T08:00:00.000Z", "modified": "2026-12-01T08:00:00.000Z",
    "name": "C2 server seen in a ministry network", "pattern_type": "stix",
    "pattern": "[ipv4-addr:value = '198.51.100.7']", "valid_from": "2026-12-01T08:00:00Z",
    "object_marking_refs": ["marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"] },
  { "type": "indicator", "spec_version": "2.1", "id": "indicator--8e2e2d2b-17d4-4cbe-9f3d-6b0c5f1a2b3c",
    "created": "2026-12-01T08:00:00.000Z", "modified": "2026-12-01T08:00:00.000Z",
    "name": "Phishing domain", "pattern_type": "stix",
    "pattern": "[domain-name:value = 'login-gov.example']", "valid_from": "2026-12-01T08:00:00Z",
    "object_marking_refs": ["marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"] }
] }
JSON
$COOPSEC push "$DIR/bundle.json" --url "$(root kg)" --collection shared --key "$KG_ANALYST"

echo "== 6. sync now instead of waiting for the schedule: KZ from KG, then UZ from KZ"
cs kz sync kg
cs uz sync kz

echo "== 7. what each node holds, and where it came from"
for n in kz uz; do
  echo "-- $n:"
  cs "$n" --json provenance shared indicator--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061 \
    | node -pe '(JSON.parse(require("fs").readFileSync(0,"utf8"))[0]?.path ?? ["(not here)"]).join(" → ") + "   AMBER C2 server"'
  cs "$n" --json provenance shared indicator--8e2e2d2b-17d4-4cbe-9f3d-6b0c5f1a2b3c \
    | node -pe '(JSON.parse(require("fs").readFileSync(0,"utf8"))[0]?.path ?? ["(not here)"]).join(" → ") + "   GREEN phishing domain"'
done
cs kz peer status kg
