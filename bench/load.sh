#!/usr/bin/env bash
# Issue 16's load figure in one command: builds the app and the load client in Release, starts a throw-away
# PostgreSQL on loopback (installing it from Debian's packages when missing, as test.sh does), starts the app on it with
# the demo data, and runs `Klimaspor.Benchmarks load` against it: the main reads and the submission mix at 32 clients,
# the same SQL straight through Npgsql as the floor, a soak run for memory, the hot path's extra queries and the
# 250 000-bad-row import. Everything it started is stopped again.
#
#   bench/load.sh [seconds per phase, default 30] [soak seconds, default 300] [--no-build]
#
# Ports: KLIMASPOR_BENCH_PG_PORT (default 54335) for PostgreSQL, KLIMASPOR_BENCH_APP_PORT (default 5095) for the app.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=30
soak=300
build=1
positional=()
for arg in "$@"; do
    case "$arg" in
        --no-build) build=0 ;;
        *) positional+=("$arg") ;;
    esac
done
[ ${#positional[@]} -gt 0 ] && seconds=${positional[0]}
[ ${#positional[@]} -gt 1 ] && soak=${positional[1]}

. bench/pg.sh

if [ "$build" -eq 1 ]; then
    dotnet build -c Release bench/Klimaspor.Benchmarks/Klimaspor.Benchmarks.csproj -v quiet -nologo
fi

pgport=${KLIMASPOR_BENCH_PG_PORT:-54335}
appport=${KLIMASPOR_BENCH_APP_PORT:-5095}
pgdata=$(mktemp -d /tmp/klimaspor-bench-pg.XXXXXX)
applog=$(mktemp /tmp/klimaspor-bench-app.XXXXXX)
apppid=""
cleanup() {
    if [ -n "$apppid" ]; then kill "$apppid" 2>/dev/null || true; wait "$apppid" 2>/dev/null || true; fi
    pg_stop
    rm -rf "$pgdata"
}
trap cleanup EXIT

pg_start "$pgdata" "$pgport"
as_pg "$pgbin/createdb -h 127.0.0.1 -p $pgport -U klimaspor klimaspor"
connection="Host=127.0.0.1;Port=$pgport;Username=klimaspor;Password=klimaspor;Database=klimaspor"

# The app as deployed: Release, Production, its own process; demo data seeded on this first start.
appdir=src/Klimaspor/bin/Release/net10.0
(cd "$appdir" && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres "ConnectionStrings__Klimaspor=$connection" \
    DemoData__Enabled=true Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information \
    dotnet Klimaspor.dll --urls "http://127.0.0.1:$appport") >"$applog" 2>&1 &
apppid=$!

status=0
dotnet bench/Klimaspor.Benchmarks/bin/Release/net10.0/Klimaspor.Benchmarks.dll load \
    --app "http://127.0.0.1:$appport" --pid "$apppid" --db "$connection" --seconds "$seconds" --soak "$soak" || status=$?
# The app logs JSON; an error it logged is a finding even when every answer was right. (Npgsql's provider logs its read
# of the history table before it exists as an error on a first start: npgsql/efcore.pg#3407, see MigrationTests.)
if grep -E '"LogLevel":"(Error|Critical)"' "$applog" | grep -qv '__EFMigrationsHistory'; then
    echo "The app logged errors ($applog):"
    grep -E '"LogLevel":"(Error|Critical)"' "$applog" | grep -v '__EFMigrationsHistory' | cut -c1-600 | head -20
    status=1
else
    rm -f "$applog"
fi
exit "$status"
