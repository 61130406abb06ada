#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the cross-backend tests and print its URL.
# Best effort: where no server can be had, it prints nothing and those tests skip (saying why).
set -u
log=$(mktemp)
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >"$log" 2>&1 \
      || { echo "postgres: install failed, see $log" >&2; exit 0; }
  else
    echo "postgres: not installed and cannot install; cross-backend tests will skip" >&2
    exit 0
  fi
fi
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")
data=$(mktemp -d /tmp/debrief-pg.XXXXXX)
# a free port, so a server already running on this machine (a developer's own) is left alone
port=${DEBRIEF_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$data"
run "$bin/initdb -D $data -A trust -U postgres" >"$log" 2>&1 || { echo "postgres: initdb failed, see $log" >&2; exit 0; }
run "$bin/pg_ctl -D $data -l $data/log -w -o \"-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off\" start" >>"$log" 2>&1 \
  || { echo "postgres: start failed, see $log" >&2; exit 0; }
# where the data folder is written, so the caller stops this server and no other one
echo "$data" >"${DEBRIEF_PG_DATADIR_FILE:-/tmp/debrief-pg.datadir}"
echo "postgres://postgres@127.0.0.1:$port/postgres"
