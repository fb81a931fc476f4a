#!/usr/bin/env bash
# roles_check.sh CLI SERVERDIR: who may do what on a server project is the
# server's to enforce. Straight through psql, as the members themselves: a
# reviewer cannot write a segment or rename a code but can comment as
# themself; a coder adds and removes their own segments only, removes only a
# code of their own nobody else coded with, writes the audit log only as
# themself and cannot touch the hierarchy or the id sequences; a removed member
# cannot connect, whichever owner added them; the last owner stays.
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
others_end() { sql postgres "$db" "SELECT sum(\"end\") FROM segments WHERE coder_id <> (SELECT id FROM coders WHERE name = 'ben')"; }
before=$(others_end)
sql ben "$db" "UPDATE segments SET \"end\" = \"end\" + 1 WHERE coder_id IS DISTINCT FROM gw_coder_id()" >/dev/null
[ "$(others_end)" = "$before" ] || fail "the coder moved others' segments"
refused ben "$db" "UPDATE themes SET name = name || '!'" | grep -q 'permission denied' || fail "the coder changed a theme"
# Codes: a coder adds and edits any, removes only their own that nobody else coded with.
sql ben "$db" "INSERT INTO codes(guid, name, created_by) VALUES ('ben-code', 'Ben''s code', gw_coder_id())" >/dev/null ||
    fail "the coder cannot add a code"
sql ben "$db" "UPDATE codes SET name = 'Ben''s own code' WHERE guid = 'ben-code'" >/dev/null || fail "the coder cannot rename a code"
codes=$(sql postgres "$db" 'SELECT count(*) FROM codes')
sql ben "$db" "DELETE FROM codes WHERE guid <> 'ben-code'" >/dev/null
[ "$(sql postgres "$db" 'SELECT count(*) FROM codes')" = "$codes" ] || fail "the coder removed codes others coded with"
sql ben "$db" "DELETE FROM codes WHERE guid = 'ben-code'" >/dev/null
[ "$(sql postgres "$db" 'SELECT count(*) FROM codes')" = $((codes - 1)) ] || fail "the coder cannot remove their own unused code"
refused ben "$db" "SELECT setval('segments_id_seq', 1)" | grep -q 'permission denied' || fail "the coder reset an id sequence"
refused ben "$db" "INSERT INTO audit_log(coder_id, action) VALUES ((SELECT id FROM coders WHERE name = 'rita'), 'forged')" |
    grep -q 'row-level security' || fail "the coder wrote the audit log in someone else's name"
sql ben "$db" "INSERT INTO audit_log(coder_id, action) VALUES (gw_coder_id(), 'code.rename')" >/dev/null ||
    fail "the coder cannot write the audit log as themself"
sql ben "$db" 'DELETE FROM segments WHERE coder_id = gw_coder_id()' >/dev/null
[ "$(sql postgres "$db" 'SELECT count(*) FROM segments')" = "$segments" ] || fail "the coder cannot remove their own segment"

# Membership: a removed member cannot connect; the last owner stays.
"$cli" server member remove -p "$(url postgres "$db")" rita >/dev/null
refused rita "$db" 'SELECT 1' | grep -q 'permission denied' || fail "a removed member still connects"
if "$cli" server member remove -p "$(url postgres "$db")" postgres >/dev/null 2>"$tmp/last"; then fail "removed the last owner"; fi
grep -q 'only owner' "$tmp/last" || fail "removing the last owner is not explained: $(cat "$tmp/last")"
if "$cli" server member add -p "$(url postgres "$db")" postgres --role coder >/dev/null 2>"$tmp/demote"; then
    fail "demoted the last owner"
fi
grep -q 'only owner' "$tmp/demote" || fail "demoting the last owner is not explained: $(cat "$tmp/demote")"

# An owner who is not the server's superuser adds a member; the superuser
# removes them (each grant is taken back whoever made it), and then they
# cannot connect. An owner who may not take back another's grant is told so,
# and nothing changes.
"$cli" server member add -p "$(url postgres "$db")" olga --role owner >/dev/null
"$cli" server member add -p "$(url olga "$db")" dan --role coder >/dev/null 2>"$tmp/dan" || fail "an owner cannot add a member: $(cat "$tmp/dan")"
sql dan "$db" 'SELECT 1' >/dev/null || fail "the member an owner added cannot connect"
"$cli" server member remove -p "$(url postgres "$db")" dan >/dev/null 2>"$tmp/dan" ||
    fail "the superuser cannot remove a member another owner added: $(cat "$tmp/dan")"
refused dan "$db" 'SELECT 1' | grep -q 'permission denied' || fail "a member removed by another owner still connects"
# Any owner takes back a coder's role, whichever owner granted it.
"$cli" server member add -p "$(url postgres "$db")" eve --role coder >/dev/null
"$cli" server member remove -p "$(url olga "$db")" eve >/dev/null 2>"$tmp/eve" ||
    fail "an owner cannot remove a coder another owner added: $(cat "$tmp/eve")"
refused eve "$db" 'SELECT 1' | grep -q 'permission denied' || fail "a coder removed by another owner still connects"
# Owning a project lets a member make login roles; owning none any more takes it back.
[ "$(sql postgres postgres "SELECT rolcreaterole FROM pg_roles WHERE rolname = 'olga'")" = t ] || fail "an owner cannot make logins"
"$cli" server member add -p "$(url postgres "$db")" olga --role coder >/dev/null
[ "$(sql postgres postgres "SELECT rolcreaterole FROM pg_roles WHERE rolname = 'olga'")" = f ] ||
    fail "a former owner can still make roles"
echo "the server enforces owner, coder and reviewer, row by row"
