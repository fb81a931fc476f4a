#!/usr/bin/env bash
# schema_check.sh CLI SERVERDIR: the server's schema (migrations/postgresql/)
# has the same tables and columns, with the same NOT NULLs, as a project file
# after all of the SQLite migrations; only the server's own tables (members,
# schema_migrations) and SQLite's full-text index differ.
. "$(dirname "$0")/common.sh"
"$cli" init "$tmp/fresh.groundwork" >/dev/null
sqlite3 "$tmp/fresh.groundwork" "
    SELECT m.name || '.' || p.name || ' ' || (CASE WHEN p.\"notnull\" OR p.pk > 0 THEN 'not-null' ELSE 'null' END)
    FROM sqlite_master m, pragma_table_info(m.name) p
    WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'source_fts%'" | sort >"$tmp/file"
"$cli" server init "$(url postgres schema)" >/dev/null
sql postgres schema "
    SELECT table_name || '.' || column_name || ' ' || (CASE WHEN is_nullable = 'NO' THEN 'not-null' ELSE 'null' END)
    FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name NOT IN ('members', 'schema_migrations')" | sort >"$tmp/server"
[ "$(wc -l <"$tmp/file")" -gt 100 ] || fail "the project file's schema came out short: $(wc -l <"$tmp/file") columns"
if ! diff -u "$tmp/file" "$tmp/server" >"$tmp/diff"; then
    cat "$tmp/diff" >&2
    fail "the server's schema differs from the project file's (- file, + server)"
fi
echo "the server schema has the project file's $(wc -l <"$tmp/file") columns, NOT NULLs alike"
