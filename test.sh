#!/usr/bin/env bash
# Klimaspor's test command: installs what the tests need when it is missing (PostgreSQL and Chromium from Debian's
# packages), starts a throw-away PostgreSQL on loopback, and runs every test with every test switched on.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
    echo "Installing ${need[*]} from Debian's packages..."
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
port=${KLIMASPOR_TEST_PG_PORT:-54329}
pgdata=$(mktemp -d /tmp/klimaspor-pg.XXXXXX)
# PostgreSQL refuses to run as root: run it as the postgres user when we are root.
if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$pgdata"
    as_pg() { su postgres -s /bin/sh -c "$*"; }
else
    as_pg() { sh -c "$*"; }
fi
cleanup() {
    as_pg "$pgbin/pg_ctl -D $pgdata -m immediate stop" >/dev/null 2>&1 || true
    rm -rf "$pgdata"
}
trap cleanup EXIT

as_pg "$pgbin/initdb -D $pgdata -U klimaspor --auth=trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
as_pg "$pgbin/pg_ctl -D $pgdata -l $pgdata/server.log -w -o \"-h 127.0.0.1 -p $port -k $pgdata -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300\" start" >/dev/null
export KLIMASPOR_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=klimaspor;Password=klimaspor;Database=postgres"

log=$(mktemp /tmp/klimaspor-test.XXXXXX)
status=0
dotnet test Klimaspor.slnx "$@" 2>&1 | tee "$log" || status=$?
# One closing line over all test projects, in the plain form CI reads.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
skipped=$(grep -oE 'Skipped: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$skipped" -ne 0 ] && [ "$status" -eq 0 ]; then
    echo "Tests were skipped: every test must run." >&2
    status=1
fi
exit "$status"
