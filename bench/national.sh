#!/usr/bin/env bash
# Issue 15's scale in one command. The first run builds the national data set on a throw-away PostgreSQL (about 600
# buyer organisations with units, 10 000 contracts, 36 monthly reports each, 7 million lines; tens of minutes) and keeps
# it as a dump outside the repository; every run restores the dump and measures the overview over it against the
# hand-written SQL floor, then builds a small portfolio (20 buyers, 200 contracts) beside it and measures the cost of
# keeping the statistics rows current on both, to show that cost does not grow with the portfolio.
#
#   bench/national.sh [--rebuild] [--no-build]
#
# KLIMASPOR_NATIONAL_DUMP (default /var/tmp/klimaspor-national.dump) is the dump; KLIMASPOR_BENCH_PG_PORT (default 54336).
set -euo pipefail
cd "$(dirname "$0")/.."

rebuild=0
build=1
for arg in "$@"; do
    case "$arg" in
        --rebuild) rebuild=1 ;;
        --no-build) build=0 ;;
    esac
done

. bench/pg.sh
if [ "$build" -eq 1 ]; then
    dotnet build -c Release bench/Klimaspor.Benchmarks/Klimaspor.Benchmarks.csproj -v quiet -nologo
fi

dump=${KLIMASPOR_NATIONAL_DUMP:-/var/tmp/klimaspor-national.dump}
pgport=${KLIMASPOR_BENCH_PG_PORT:-54336}
pgdata=$(mktemp -d /tmp/klimaspor-national-pg.XXXXXX)
cleanup() {
    pg_stop
    rm -rf "$pgdata"
}
trap cleanup EXIT
pg_start "$pgdata" "$pgport"
server="Host=127.0.0.1;Port=$pgport;Username=klimaspor;Password=klimaspor;Command Timeout=600"
bench() { dotnet bench/Klimaspor.Benchmarks/bin/Release/net10.0/Klimaspor.Benchmarks.dll national "$@"; }

as_pg "$pgbin/createdb -h 127.0.0.1 -p $pgport -U klimaspor national"
if [ "$rebuild" -eq 1 ] || [ ! -f "$dump" ]; then
    bench build "$server;Database=national" 600 10000 36
    as_pg "$pgbin/pg_dump -h 127.0.0.1 -p $pgport -U klimaspor -Fc -f $dump.tmp national"
    mv "$dump.tmp" "$dump"
    echo "Kept the national data set as $dump ($(du -h "$dump" | cut -f1))."
else
    as_pg "$pgbin/pg_restore -h 127.0.0.1 -p $pgport -U klimaspor -d national --no-owner $dump"
fi
as_pg "$pgbin/psql -h 127.0.0.1 -p $pgport -U klimaspor -d national -q -c 'VACUUM ANALYZE'"
bench measure "$server;Database=national" 40

as_pg "$pgbin/createdb -h 127.0.0.1 -p $pgport -U klimaspor small"
bench build "$server;Database=small" 20 200 36 >/dev/null
echo "Small portfolio (20 buyers, 200 contracts) for comparison:"
bench measure "$server;Database=small" 40
