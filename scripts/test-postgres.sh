#!/usr/bin/env bash
# A throwaway PostgreSQL server for the storage tests (Debian's postgresql package).
#
#   eval "$(bash scripts/test-postgres.sh start)"   # exports EVIDENCE_TEST_POSTGRES_URL and _DIR
#   bash scripts/test-postgres.sh stop "$EVIDENCE_TEST_POSTGRES_DIR"
#
# start: initdb a fresh cluster in a temp folder (as the `postgres` user when run
# as root), listen on 127.0.0.1 at a free port (unix socket inside the folder),
# trust authentication, create database evidence_test, print export lines.
# stop: stop that server immediately and delete its folder.
set -euo pipefail

pg_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  echo "test-postgres: PostgreSQL binaries not found (apt-get install postgresql)" >&2
  return 1
}

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

start() {
  local bin dir port
  bin="$(pg_bin)"
  dir="$(mktemp -d /tmp/evidence-pg.XXXXXX)"
  chmod 755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
  port="$(free_port)"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=100" start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres evidence_test
  echo "export EVIDENCE_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$port/evidence_test"
  echo "export EVIDENCE_TEST_POSTGRES_DIR=$dir"
}

stop() {
  local dir="${1:?usage: test-postgres.sh stop DIR}" bin
  bin="$(pg_bin)"
  [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  case "$dir" in /tmp/evidence-pg.*) rm -rf "$dir" ;; esac
}

case "${1:-start}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 1 ;;
esac
