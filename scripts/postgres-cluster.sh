#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the tests: fresh data dir in a temp folder,
# trust auth, listens on 127.0.0.1 only, fsync off. Nothing is kept.
#
# Sourced (what scripts/test.sh does):
#     source scripts/postgres-cluster.sh
#     pg_cluster_start      # sets PG_CLUSTER_DIR, PG_CLUSTER_PORT, exports STORE_TEST_POSTGRES
#     ...
#     pg_cluster_stop       # stops the server and deletes the folder (safe to call twice)
#
# Called:
#     scripts/postgres-cluster.sh run -- CMD [ARGS...]   # cluster up, run CMD with STORE_TEST_POSTGRES set, tear down
#     scripts/postgres-cluster.sh start                  # prints the folder and export lines; leaves it running
#     scripts/postgres-cluster.sh stop DIR               # stops a cluster made by 'start' and deletes DIR
#
# As root, initdb/postgres run as the 'postgres' OS user (Debian's postgresql package creates it);
# as another user they run as that user. The superuser role is always 'postgres'.
# Environment: PG_BINDIR (server binaries; default: newest /usr/lib/postgresql/*/bin, else PATH),
#              PG_CLUSTER_FIRST_PORT (default 55432).

PG_CLUSTER_DIR="${PG_CLUSTER_DIR:-}"
PG_CLUSTER_PORT="${PG_CLUSTER_PORT:-}"
PG_CLUSTER_BINDIR="${PG_CLUSTER_BINDIR:-}"

_pgc_log() { echo "[postgres-cluster] $*" >&2; }

# Directory holding initdb/pg_ctl/postgres/pg_isready, or fails.
pg_cluster_bindir() {
    if [[ -n "${PG_BINDIR:-}" ]]; then
        [[ -x "$PG_BINDIR/initdb" ]] || { _pgc_log "PG_BINDIR=$PG_BINDIR has no initdb"; return 1; }
        echo "$PG_BINDIR"; return 0
    fi
    local d best=""
    for d in /usr/lib/postgresql/*/bin; do
        [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] || continue
        if [[ -z "$best" ]] || [[ "$(printf '%s\n%s\n' "$best" "$d" | sort -V | tail -n 1)" == "$d" ]]; then
            best="$d"
        fi
    done
    if [[ -z "$best" ]] && command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        best="$(dirname "$(command -v initdb)")"
    fi
    [[ -n "$best" ]] || { _pgc_log "no PostgreSQL server binaries found (initdb, pg_ctl); install the 'postgresql' package"; return 1; }
    echo "$best"
}

# Runs a command as the user that owns the cluster.
_pgc_as_owner() {
    if [[ $EUID -eq 0 ]]; then
        if command -v runuser >/dev/null 2>&1; then
            runuser -u postgres -- "$@"
        else
            # shellcheck disable=SC2016  # $0/$@ expand in the inner shell
            su -s /bin/sh postgres -c 'exec "$0" "$@"' -- "$@"
        fi
    else
        "$@"
    fi
}

# True if something accepts TCP connections on 127.0.0.1:$1.
_pgc_port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

pg_cluster_start() {
    if [[ -n "$PG_CLUSTER_DIR" && -d "$PG_CLUSTER_DIR" ]]; then
        _pgc_log "already running in $PG_CLUSTER_DIR"; return 0
    fi
    PG_CLUSTER_BINDIR="$(pg_cluster_bindir)" || return 1
    local bin="$PG_CLUSTER_BINDIR"

    if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        _pgc_log "creating the 'postgres' system user"
        useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres || return 1
    fi

    # The folder must be reachable by the owner; as root fall back to /tmp when TMPDIR is not.
    local base="${TMPDIR:-/tmp}"
    PG_CLUSTER_DIR="$(mktemp -d "${base%/}/store-pg.XXXXXX")" || return 1
    if [[ $EUID -eq 0 ]]; then
        chown postgres: "$PG_CLUSTER_DIR"
        if ! runuser -u postgres -- test -w "$PG_CLUSTER_DIR" 2>/dev/null; then
            rm -rf "$PG_CLUSTER_DIR"
            PG_CLUSTER_DIR="$(mktemp -d /tmp/store-pg.XXXXXX)" || return 1
            chown postgres: "$PG_CLUSTER_DIR"
        fi
    fi
    chmod 700 "$PG_CLUSTER_DIR"
    local data="$PG_CLUSTER_DIR/data"

    if ! _pgc_as_owner "$bin/initdb" --pgdata="$data" --username=postgres --auth=trust \
            --encoding=UTF8 --locale=C --no-sync >"$PG_CLUSTER_DIR/initdb.log" 2>&1; then
        _pgc_log "initdb failed:"; cat "$PG_CLUSTER_DIR/initdb.log" >&2
        pg_cluster_stop; return 1
    fi

    local first="${PG_CLUSTER_FIRST_PORT:-55432}" port attempts=0 started=""
    for ((port = first; port < first + 200 && attempts < 10; port++)); do
        _pgc_port_busy "$port" && continue
        attempts=$((attempts + 1))
        # Settings go in postgresql.auto.conf so each attempt just rewrites the port.
        cat >"$data/postgresql.auto.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PG_CLUSTER_DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 300
EOF
        chown postgres: "$data/postgresql.auto.conf" 2>/dev/null || true
        if _pgc_as_owner "$bin/pg_ctl" start --pgdata="$data" --log="$PG_CLUSTER_DIR/postgres.log" \
                --wait --timeout=60 --silent >/dev/null 2>&1; then
            started=1; break
        fi
        # Lost a race for the port (or another start error): show why, try the next port.
        _pgc_log "pg_ctl start on port $port failed:"; tail -n 5 "$PG_CLUSTER_DIR/postgres.log" >&2 || true
    done
    if [[ -z "$started" ]]; then
        _pgc_log "could not start PostgreSQL (log above)"; pg_cluster_stop; return 1
    fi
    PG_CLUSTER_PORT="$port"

    # Ready over TCP, as the tests will connect. Bounded: 100 x 0.2 s.
    local i
    for ((i = 0; i < 100; i++)); do
        if "$bin/pg_isready" --host=127.0.0.1 --port="$port" --username=postgres --dbname=postgres --timeout=2 >/dev/null 2>&1; then
            export STORE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
            _pgc_log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port (data in $PG_CLUSTER_DIR)"
            return 0
        fi
        sleep 0.2
    done
    _pgc_log "PostgreSQL did not become ready on 127.0.0.1:$port:"; tail -n 20 "$PG_CLUSTER_DIR/postgres.log" >&2 || true
    pg_cluster_stop; return 1
}

# Stops the server (fast, then immediate, then kill) and deletes the folder. Never fails.
pg_cluster_stop() {
    local dir="$PG_CLUSTER_DIR"
    [[ -n "$dir" ]] || return 0
    PG_CLUSTER_DIR=""
    case "$dir" in */store-pg.*) ;; *) _pgc_log "refusing to delete unexpected folder '$dir'"; return 0 ;; esac
    local bin="${PG_CLUSTER_BINDIR:-}"
    [[ -n "$bin" ]] || bin="$(pg_cluster_bindir 2>/dev/null)" || bin=""
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        if [[ -z "$bin" ]] \
            || ! { _pgc_as_owner "$bin/pg_ctl" stop --pgdata="$dir/data" --mode=fast --wait --timeout=20 --silent >/dev/null 2>&1 \
                   || _pgc_as_owner "$bin/pg_ctl" stop --pgdata="$dir/data" --mode=immediate --wait --timeout=10 --silent >/dev/null 2>&1; }; then
            local pid
            pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
            if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
                kill -KILL "$pid" 2>/dev/null || true
                sleep 0.5
            fi
        fi
    fi
    rm -rf -- "$dir"
    if [[ -n "${PG_CLUSTER_PORT:-}" ]]; then
        _pgc_log "stopped PostgreSQL on port $PG_CLUSTER_PORT and removed $dir"
    fi
    PG_CLUSTER_PORT=""
    return 0
}

_pgc_main() {
    set -euo pipefail
    case "${1:-}" in
        start)
            pg_cluster_start
            echo "PG_CLUSTER_DIR=$PG_CLUSTER_DIR"
            echo "export STORE_TEST_POSTGRES=\"$STORE_TEST_POSTGRES\""
            echo "# stop with: $0 stop $PG_CLUSTER_DIR"
            ;;
        stop)
            [[ -n "${2:-}" ]] || { echo "usage: $0 stop DIR" >&2; exit 2; }
            PG_CLUSTER_DIR="$2" PG_CLUSTER_PORT="?"
            pg_cluster_stop
            ;;
        run)
            shift
            [[ "${1:-}" == "--" ]] && shift
            [[ $# -gt 0 ]] || { echo "usage: $0 run -- CMD [ARGS...]" >&2; exit 2; }
            trap pg_cluster_stop EXIT
            trap 'exit 130' INT
            trap 'exit 143' TERM
            pg_cluster_start
            local rc=0
            "$@" || rc=$?
            exit "$rc"
            ;;
        *)
            echo "usage: $0 start | stop DIR | run -- CMD [ARGS...]" >&2
            exit 2
            ;;
    esac
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
    _pgc_main "$@"
fi
