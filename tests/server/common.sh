# Sourced by the server checks: CLI and the private server's folder from the
# arguments, a scratch folder, and url USER DATABASE for a connection to it
# over its Unix socket (trusted: the checks connect as any member).
set -euo pipefail
cli=$1
server=$2
port=$(cat "$server/port")
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
url() { printf 'postgresql://%s@/%s?host=%s/socket&port=%s' "$1" "$2" "$server" "$port"; }
# psql as USER on DATABASE, SQL from the rest; its output and errors to
# stdout, and its status. refused: the same, for a statement the server is
# to refuse, whose message a grep then checks (its status is always 0).
sql() { local user=$1 db=$2; shift 2; psql -X -q -At -v ON_ERROR_STOP=1 "$(url "$user" "$db")" -c "$*" 2>&1; }
refused() { sql "$@" || true; }
