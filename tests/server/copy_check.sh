#!/usr/bin/env bash
# copy_check.sh CLI SERVERDIR: server push copies a project file up whole and
# server pull copies it down whole: every row of every table comes back the
# same (text with tabs, backslashes and non-Latin letters included), search
# works on the copy, and what a copy would overwrite is refused unless asked.
. "$(dirname "$0")/common.sh"
db=copy
"$cli" init --demo "$tmp/demo.groundwork" >/dev/null
printf 'Interviewer:\tHow do you file it?\nPraveen: Under C:\\Shared\\Supplier audits, \\n not a newline. «Überprüfung» — 検査.\n' \
    >"$tmp/odd text.txt"
"$cli" import -p "$tmp/demo.groundwork" "$tmp/odd text.txt" >/dev/null

"$cli" server init "$(url postgres "$db")" >/dev/null
"$cli" server push "$tmp/demo.groundwork" "$(url postgres "$db")" --json >"$tmp/push.json" 2>/dev/null
grep -q '"sources": 6' "$tmp/push.json" || fail "push did not report 6 sources: $(cat "$tmp/push.json")"
"$cli" server pull "$(url postgres "$db")" "$tmp/back.groundwork" >/dev/null 2>"$tmp/pull.err" || fail "pull failed: $(tail -3 "$tmp/pull.err")"
if ls "$tmp" | grep -q partial; then fail "a pull left its partial file behind"; fi

dump() {
    local file=$1 t
    for t in $(sqlite3 "$file" "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                                AND name NOT LIKE 'source_fts%' ORDER BY name"); do
        echo "== $t"
        sqlite3 -cmd '.mode quote' "$file" "SELECT * FROM \"$t\" ORDER BY 1, 2"
    done
}
dump "$tmp/demo.groundwork" >"$tmp/demo.dump"
dump "$tmp/back.groundwork" >"$tmp/back.dump"
[ "$(grep -c . "$tmp/demo.dump")" -gt 400 ] || fail "the demo's dump came out short"
if ! diff -u "$tmp/demo.dump" "$tmp/back.dump" >"$tmp/diff"; then
    head -40 "$tmp/diff" >&2
    fail "the project came back from the server changed (- file, + pulled)"
fi
grep -q 'C:\\Shared\\Supplier audits, \\n not a newline' "$tmp/back.dump" || fail "the backslashes did not survive"
"$cli" search -p "$tmp/demo.groundwork" supplier >"$tmp/search-demo"
"$cli" search -p "$tmp/back.groundwork" supplier >"$tmp/search-back"
cmp -s "$tmp/search-demo" "$tmp/search-back" || fail "search finds other hits in the pulled copy"
[ "$(sqlite3 "$tmp/back.groundwork" 'PRAGMA application_id')" = 1196903217 ] || fail "the pulled file is not a project"

# A second push would replace the team's work: refused, unless --replace.
if "$cli" server push "$tmp/demo.groundwork" "$(url postgres "$db")" >/dev/null 2>"$tmp/again"; then
    fail "a push over a project with content was not refused"
fi
grep -q -- '--replace' "$tmp/again" || fail "the refusal does not say how: $(cat "$tmp/again")"
"$cli" server push --replace "$tmp/back.groundwork" "$(url postgres "$db")" >/dev/null 2>&1 || fail "push --replace failed"
[ "$(sql postgres "$db" 'SELECT count(*) FROM sources')" = 6 ] || fail "push --replace doubled or lost sources"

# A pull over an existing file is refused and leaves it as it was.
before=$(sha256sum <"$tmp/back.groundwork")
if "$cli" server pull "$(url postgres "$db")" "$tmp/back.groundwork" >/dev/null 2>"$tmp/over"; then
    fail "a pull over an existing file was not refused"
fi
grep -q -- '--force' "$tmp/over" || fail "the refusal does not say how: $(cat "$tmp/over")"
[ "$(sha256sum <"$tmp/back.groundwork")" = "$before" ] || fail "the refused pull changed the file"
# Nor does --force replace a project open in a Groundwork (whose lock flock stands in for).
flock -o "$tmp/back.groundwork" sleep 20 </dev/null >/dev/null 2>&1 &
holder=$!
for _ in $(seq 100); do flock -n "$tmp/back.groundwork" true 2>/dev/null || break; sleep 0.05; done
if "$cli" server pull "$(url postgres "$db")" "$tmp/back.groundwork" --force >/dev/null 2>"$tmp/open"; then
    fail "a pull replaced a project open elsewhere"
fi
kill "$holder" 2>/dev/null || true
grep -qi 'open in\|locked\|another' "$tmp/open" || fail "replacing an open project is not explained: $(cat "$tmp/open")"
[ "$(sha256sum <"$tmp/back.groundwork")" = "$before" ] || fail "the refused pull changed the open file"

# Clear messages: a database with no project, a server that is not there, and
# a verb that takes only a file.
sql postgres postgres 'CREATE DATABASE plain' >/dev/null
if "$cli" server pull "$(url postgres plain)" "$tmp/plain.groundwork" >/dev/null 2>"$tmp/plain"; then fail "pulled a non-project"; fi
grep -q 'server init' "$tmp/plain" || fail "no clear message for a database without a project: $(cat "$tmp/plain")"
[ -e "$tmp/plain.groundwork" ] && fail "a failed pull left a file"
set +e
"$cli" server pull "postgresql://postgres@/$db?host=$server/socket&port=1" "$tmp/x.groundwork" >/dev/null 2>"$tmp/down"
rc=$?
set -e
[ "$rc" = 2 ] || fail "an unreachable server exits $rc, not 2"
grep -q 'Cannot connect to' "$tmp/down" || fail "no clear message for an unreachable server: $(cat "$tmp/down")"
if "$cli" info -p "$(url postgres "$db")" >/dev/null 2>"$tmp/info"; then fail "info opened a server URL"; fi
grep -q 'server pull' "$tmp/info" || fail "info on a server URL does not say what to do: $(cat "$tmp/info")"
echo "push and pull copy every row of the project; overwrites are refused; failures say why"
