# Sourced by the benchmark scripts: a throw-away PostgreSQL on loopback, installed from Debian's packages when missing
# (as test.sh does). Durability on (fsync, synchronous commit): the writes cost what they cost in production.
#   pg_start <data dir> <port>   initialises the directory if empty and starts the server; sets $pgbin, $pgdata, $pgport
#   pg_stop                      stops it
#   as_pg <command>              runs a command as the server's owner

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "Installing postgresql from Debian's packages..."
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi

pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ "$(id -u)" -eq 0 ]; then
    as_pg() { su postgres -s /bin/sh -c "$*"; }
else
    as_pg() { sh -c "$*"; }
fi

pg_start() {
    pgdata=$1
    pgport=$2
    mkdir -p "$pgdata"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pgdata"; fi
    if [ ! -f "$pgdata/PG_VERSION" ]; then
        as_pg "$pgbin/initdb -D $pgdata -U klimaspor --auth=trust --encoding=UTF8 --locale=C.UTF-8" >/dev/null
    fi
    as_pg "$pgbin/pg_ctl -D $pgdata -l $pgdata/server.log -w -o \"-h 127.0.0.1 -p $pgport -k $pgdata -c max_connections=200\" start" >/dev/null
}

pg_stop() {
    as_pg "$pgbin/pg_ctl -D $pgdata -m fast stop" >/dev/null 2>&1 || true
}
