#!/usr/bin/env bash
# live_check.sh CLI SERVERDIR: what a member commits on a server project is
# announced to everyone watching, once per statement (a batch of 50 segments
# is one notice), with who did it; what is rolled back is not announced.
. "$(dirname "$0")/common.sh"
db=live
"$cli" init --demo "$tmp/demo.groundwork" >/dev/null
"$cli" server init "$(url postgres "$db")" >/dev/null
"$cli" server push "$tmp/demo.groundwork" "$(url postgres "$db")" >/dev/null 2>&1
# Not the other checks' members: roles are the whole server's, and the checks run at once.
"$cli" server member add -p "$(url postgres "$db")" lena --role coder >/dev/null

"$cli" server watch -p "$(url postgres "$db")" --json --count 3 --seconds 30 >"$tmp/watch" 2>"$tmp/watch.err" &
watcher=$!
trap 'kill "$watcher" 2>/dev/null || true; rm -rf "$tmp"' EXIT
for _ in $(seq 200); do grep -q . "$tmp/watch.err" && break; sleep 0.05; done
grep -q "Watching" "$tmp/watch.err" || fail "the watcher did not start: $(cat "$tmp/watch.err")"

sql lena "$db" "INSERT INTO coders(guid, name) VALUES ('lena-guid', 'lena')" >/dev/null
sql lena "$db" "BEGIN; INSERT INTO segments(guid, source_id, code_id, start, \"end\", coder_id)
               VALUES ('dropped', (SELECT min(id) FROM sources), (SELECT min(id) FROM codes), 0, 5, gw_coder_id());
               ROLLBACK" >/dev/null
sql lena "$db" "INSERT INTO segments(guid, source_id, code_id, start, \"end\", coder_id)
               SELECT 'lena-' || n, (SELECT min(id) FROM sources), (SELECT min(id) FROM codes), n * 10, n * 10 + 5,
                      gw_coder_id() FROM generate_series(1, 50) AS n" >/dev/null
sql postgres "$db" "UPDATE codes SET definition = 'Checked by the team.' WHERE id = (SELECT min(id) FROM codes)" >/dev/null
wait "$watcher" || fail "the watcher failed: $(cat "$tmp/watch.err")"

python3 - "$tmp/watch" <<'PY' || fail "the watcher saw: $(cat "$tmp/watch")"
import json, sys
seen = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
want = [("coders", "insert", 1, "lena"), ("segments", "insert", 50, "lena"), ("codes", "update", 1, "postgres")]
got = [(c["table"], c["op"], c["rows"], c["by"]) for c in seen]
sys.exit(0 if got == want else 1)
PY
echo "every committed change is announced once per statement, with its author; a rollback is not"
