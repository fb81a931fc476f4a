#!/usr/bin/env bash
# pg_server.sh start|stop DIR: a private PostgreSQL server for the tests, from
# Debian's packages (initdb and postgres from /usr/lib/postgresql/VERSION/bin),
# in DIR, listening only on a Unix socket in DIR/socket and on 127.0.0.1 at
# the port in DIR/port. Local (socket) connections are trusted, so a test can
# connect as any member it has made; TCP connections need a SCRAM password.
# `start` prints the superuser's URL (postgresql:///postgres?host=DIR/socket&port=PORT)
# and writes it to DIR/url. PostgreSQL refuses to run as root, so under root
# the server runs as the postgres user the package made.
set -euo pipefail
action=${1:?usage: pg_server.sh start|stop DIR}
dir=${2:?usage: pg_server.sh start|stop DIR}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "pg_server.sh: PostgreSQL's server programs are not installed (package postgresql)" >&2; exit 1; }
as_server() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case $action in
start)
    if [ -f "$dir/data/postmaster.pid" ]; then as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
    rm -rf "$dir"
    mkdir -p "$dir/socket"
    [ "$(id -u)" = 0 ] && chown -R postgres: "$dir"
    # A port of its own: the first free one from a number that depends on DIR.
    port=$(( 20000 + $(printf '%s' "$dir" | cksum | cut -d' ' -f1) % 20000 ))
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    as_server "$bin/initdb" -D "$dir/data" -U postgres -E UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 ||
        { cat "$dir/initdb.log" >&2; exit 1; }
    as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-k $dir/socket -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60" start >/dev/null ||
        { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    url="postgresql:///postgres?host=$dir/socket&port=$port&user=postgres"
    echo "$url" >"$dir/url"
    [ "$(id -u)" = 0 ] && chmod a+r "$dir/url" "$dir/port"
    echo "$url"
    ;;
stop)
    [ -d "$dir/data" ] || exit 0
    as_server "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
*) echo "usage: pg_server.sh start|stop DIR" >&2; exit 2 ;;
esac
