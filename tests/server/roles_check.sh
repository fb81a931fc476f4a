#!/usr/bin/env bash
# roles_check.sh CLI SERVERDIR: who may do what on a server project is the
# server's to enforce. Straight through psql, as the members themselves: a
# reviewer cannot write a segment or rename a code but can comment as
# themself; a coder adds and removes their own segments only and cannot touch
# the hierarchy; a removed member cannot connect; the last owner stays.
. "$(dirname "$0")/common.sh"
db=roles
"$cli" init --demo "$tmp/demo.groundwork" >/dev/null
"$cli" server init "$(url postgres "$db")" >/dev/null
"$cli" server push "$tmp/demo.groundwork" "$(url postgres "$db")" >/dev/null 2>&1
"$cli" server member add -p "$(url postgres "$db")" ben --role coder >/dev/null
"$cli" server member add -p "$(url postgres "$db")" rita --role reviewer >/dev/null
"$cli" server member list -p "$(url postgres "$db")" --json >"$tmp/members.json"
for pair in 'postgres owner' 'ben coder' 'rita reviewer'; do
    set -- $pair
    grep -A1 "\"name\": \"$1\"" "$tmp/members.json" | grep -q . || fail "member $1 is not listed"
    python3 - "$tmp/members.json" "$1" "$2" <<'PY' || fail "member $1 is not a $2"
import json, sys
members = {m["name"]: m["role"] for m in json.load(open(sys.argv[1]))}
sys.exit(0 if members.get(sys.argv[2]) == sys.argv[3] else 1)
PY
done
if "$cli" server member add -p "$(url postgres "$db")" sam --role boss >/dev/null 2>"$tmp/boss"; then fail "took role boss"; fi
grep -q 'owner, coder or reviewer' "$tmp/boss" || fail "a bad role is not explained: $(cat "$tmp/boss")"

segments=$(sql postgres "$db" 'SELECT count(*) FROM segments')
add_segment() { # USER CODER-EXPRESSION
    sql "$1" "$db" "INSERT INTO segments(guid, source_id, code_id, start, \"end\", coder_id)
                    VALUES ('$1-' || gen_random_uuid(), (SELECT min(id) FROM sources), (SELECT min(id) FROM codes),
                            0, 12, $2)"
}
# The reviewer: reads everything, writes no segment and no code.
[ "$(sql rita "$db" 'SELECT count(*) FROM segments')" = "$segments" ] || fail "the reviewer cannot read the segments"
sql rita "$db" "INSERT INTO coders(guid, name) VALUES ('rita-guid', 'rita')" >/dev/null || fail "the reviewer cannot join as a coder"
refused rita "$db" "INSERT INTO coders(guid, name) VALUES ('sam-guid', 'sam')" | grep -q 'row-level security' ||
    fail "the reviewer made a coder of another name"
(add_segment rita 'gw_coder_id()' || true) | grep -q 'permission denied for table segments' || fail "the reviewer wrote a segment"
refused rita "$db" "UPDATE codes SET name = 'renamed'" | grep -q 'permission denied' || fail "the reviewer renamed a code"
thread=$(sql rita "$db" "INSERT INTO review_threads(guid, target_kind, target_id) VALUES ('t-rita', 'code',
                         (SELECT min(id) FROM codes)) RETURNING id")
sql rita "$db" "INSERT INTO review_comments(guid, thread_id, coder_id, text) VALUES ('c-rita', $thread, gw_coder_id(),
                'Is this code too broad?')" >/dev/null || fail "the reviewer cannot comment"
refused rita "$db" "INSERT INTO review_comments(guid, thread_id, coder_id, text) VALUES ('c-fake', $thread,
                (SELECT id FROM coders WHERE name <> 'rita' LIMIT 1), 'in someone else''s name')" |
    grep -q 'row-level security' || fail "the reviewer commented in someone else's name"

# The coder: their own segments only, and no hand on the hierarchy.
sql ben "$db" "INSERT INTO coders(guid, name) VALUES ('ben-guid', 'ben')" >/dev/null
add_segment ben 'gw_coder_id()' >/dev/null || fail "the coder cannot add a segment of their own"
(add_segment ben "(SELECT id FROM coders WHERE name NOT IN ('ben', 'rita') LIMIT 1)" || true) |
    grep -q 'row-level security' || fail "the coder added a segment in someone else's name"
sql ben "$db" 'DELETE FROM segments WHERE coder_id IS DISTINCT FROM gw_coder_id()' >/dev/null
[ "$(sql postgres "$db" 'SELECT count(*) FROM segments')" = $((segments + 1)) ] || fail "the coder removed others' segments"
sql ben "$db" "UPDATE segments SET \"end\" = \"end\" + 1 WHERE coder_id IS DISTINCT FROM gw_coder_id()" >/dev/null
[ "$(sql postgres "$db" "SELECT count(*) FROM segments WHERE \"end\" = 13")" -le 1 ] || fail "the coder moved others' segments"
refused ben "$db" "UPDATE themes SET name = name || '!'" | grep -q 'permission denied' || fail "the coder changed a theme"
sql ben "$db" 'DELETE FROM segments WHERE coder_id = gw_coder_id()' >/dev/null
[ "$(sql postgres "$db" 'SELECT count(*) FROM segments')" = "$segments" ] || fail "the coder cannot remove their own segment"

# Membership: a removed member cannot connect; the last owner stays.
"$cli" server member remove -p "$(url postgres "$db")" rita >/dev/null
refused rita "$db" 'SELECT 1' | grep -q 'permission denied' || fail "a removed member still connects"
if "$cli" server member remove -p "$(url postgres "$db")" postgres >/dev/null 2>"$tmp/last"; then fail "removed the last owner"; fi
grep -q 'only owner' "$tmp/last" || fail "removing the last owner is not explained: $(cat "$tmp/last")"
echo "the server enforces owner, coder and reviewer, row by row"
