#!/usr/bin/env bash
# The test command of the project. Builds Store once (Release), then runs:
#   sqlite    tests/Store.Tests on SQLite      (STORE_TEST_POSTGRES unset)
#   postgres  tests/Store.Tests on PostgreSQL  (throwaway cluster, STORE_TEST_PROVIDER=PostgreSql)
#   e2e       tests/Store.EndToEnd             (Playwright driving the system Chromium)
# Installs chromium/postgresql/wrk with apt when missing (as root), runs every suite even after
# a failure, counts the TRX files and ends with one line "Tests: N passed, M failed[, K skipped]".
# Exit 0 only when nothing failed, nothing was skipped and at least one test passed.
#
# Usage: scripts/test.sh [--suite sqlite|postgres|e2e]... [-- EXTRA DOTNET TEST ARGS]
#   e.g. scripts/test.sh --suite sqlite -- --filter "FullyQualifiedName~Checkout"
# Results: artifacts/test-results/<suite>/<suite>.trx
# Environment:
#   STORE_CHROMIUM              browser for e2e (default: command -v chromium)
#   STORE_TEST_HANG_TIMEOUT     kill a suite's test host after a test hangs this long (default 20m)
#   STORE_TEST_SUITES_OVERRIDE  "name=project ..." replaces the suite list (builds those projects
#                               instead of the solution); for checking this script itself

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

export DEBIAN_FRONTEND=noninteractive
export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export DOTNET_GENERATE_ASPNET_CERTIFICATE=false
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

RESULTS_ROOT="$ROOT/artifacts/test-results"

say() { echo "==> $*"; }
die() { echo "error: $*" >&2; exit 1; }

usage() {
    sed -n '2,/^$/{s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

# ---------------------------------------------------------------- arguments
declare -a SELECTED=() EXTRA_ARGS=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --suite) [[ $# -ge 2 ]] || die "--suite needs a value (sqlite, postgres, e2e)"; SELECTED+=("$2"); shift 2 ;;
        --suite=*) SELECTED+=("${1#--suite=}"); shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; EXTRA_ARGS=("$@"); break ;;
        *) usage >&2; die "unknown argument: $1" ;;
    esac
done

# Suite table: name -> project, and how its environment is set.
declare -a SUITES=()
declare -A SUITE_PROJECT=()
if [[ -n "${STORE_TEST_SUITES_OVERRIDE:-}" ]]; then
    for entry in $STORE_TEST_SUITES_OVERRIDE; do
        [[ "$entry" == *=* ]] || die "STORE_TEST_SUITES_OVERRIDE entries are name=project, got '$entry'"
        SUITES+=("${entry%%=*}")
        SUITE_PROJECT["${entry%%=*}"]="${entry#*=}"
    done
else
    SUITES=(sqlite postgres e2e)
    SUITE_PROJECT=([sqlite]=tests/Store.Tests [postgres]=tests/Store.Tests [e2e]=tests/Store.EndToEnd)
fi

declare -a RUN=()
if [[ ${#SELECTED[@]} -eq 0 ]]; then
    RUN=("${SUITES[@]}")
else
    for s in "${SUITES[@]}"; do          # keep the canonical order, drop duplicates
        for want in "${SELECTED[@]}"; do
            if [[ "$want" == "$s" ]]; then RUN+=("$s"); break; fi
        done
    done
    for want in "${SELECTED[@]}"; do
        [[ -n "${SUITE_PROJECT[$want]:-}" ]] || die "unknown suite '$want' (known: ${SUITES[*]})"
    done
fi

NEED_POSTGRES=""
NEED_CHROMIUM=""
NEED_WRK=""
for s in "${RUN[@]}"; do
    if [[ "$s" != sqlite ]]; then NEED_POSTGRES=1; fi    # postgres and e2e get the cluster
    if [[ "$s" == e2e ]]; then NEED_CHROMIUM=1; else NEED_WRK=1; fi   # the HTTP suites run bench/load.sh's smallest configuration
done

# ---------------------------------------------------------------- prerequisites
if ! command -v dotnet >/dev/null 2>&1; then
    cat >&2 <<'EOF'
error: 'dotnet' was not found. Install the .NET 10 SDK:
  Debian/Ubuntu: add Microsoft's package feed (https://learn.microsoft.com/dotnet/core/install/linux)
                 then: apt-get install -y dotnet-sdk-10.0
  or, anywhere:  curl -sSL https://dot.net/v1/dotnet-install.sh | bash -s -- --channel 10.0
                 and put ~/.dotnet on PATH.
EOF
    exit 1
fi
if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
    echo "error: the .NET 10 SDK is required; dotnet has:" >&2
    dotnet --list-sdks >&2 || true
    echo "install it as described in https://learn.microsoft.com/dotnet/core/install/linux" >&2
    exit 1
fi

have_pg_server() {
    local f
    for f in /usr/lib/postgresql/*/bin/initdb; do [[ -x "$f" ]] && return 0; done
    [[ -n "${PG_BINDIR:-}" && -x "${PG_BINDIR}/initdb" ]] && return 0
    command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1
}
dpkg_missing() {   # true if dpkg exists and the package is not installed
    command -v dpkg-query >/dev/null 2>&1 || return 1
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" != "install ok installed" ]]
}
have_icu() {
    [[ "${DOTNET_SYSTEM_GLOBALIZATION_INVARIANT:-}" =~ ^(1|true)$ ]] && return 0
    command -v ldconfig >/dev/null 2>&1 || return 0
    ldconfig -p 2>/dev/null | grep -q 'libicuuc\.so'
}

declare -a MISSING=()
if [[ -n "$NEED_CHROMIUM" ]]; then
    if [[ -z "${STORE_CHROMIUM:-}" || ! -x "${STORE_CHROMIUM:-}" ]]; then
        command -v chromium >/dev/null 2>&1 || MISSING+=(chromium)
    fi
    if dpkg_missing fonts-liberation; then MISSING+=(fonts-liberation); fi
fi
if [[ -n "$NEED_POSTGRES" ]] && ! have_pg_server; then MISSING+=(postgresql); fi
if [[ -n "$NEED_WRK" ]] && ! command -v wrk >/dev/null 2>&1; then MISSING+=(wrk); fi
if ! have_icu; then MISSING+=(libicu); fi
if dpkg_missing ca-certificates; then MISSING+=(ca-certificates); fi   # NuGet restore over HTTPS

if [[ ${#MISSING[@]} -gt 0 ]]; then
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "installing missing packages: ${MISSING[*]}"
        apt_log="$(mktemp)"
        if ! apt-get update >"$apt_log" 2>&1; then
            cat "$apt_log" >&2; rm -f "$apt_log"; die "apt-get update failed"
        fi
        declare -a PKGS=()
        for p in "${MISSING[@]}"; do
            if [[ "$p" == libicu ]]; then   # libicu72 on Debian 12, libicu74 on Ubuntu 24.04, ...
                p="$(apt-cache pkgnames libicu 2>/dev/null | grep -E '^libicu[0-9]+$' | sort -V | tail -n 1)"
                [[ -n "$p" ]] || die "no libicuNN package found with apt-cache"
            fi
            PKGS+=("$p")
        done
        say "apt-get install -y --no-install-recommends ${PKGS[*]}"
        if ! apt-get install -y --no-install-recommends "${PKGS[@]}" </dev/null >"$apt_log" 2>&1; then
            cat "$apt_log" >&2; rm -f "$apt_log"; die "apt-get install failed"
        fi
        rm -f "$apt_log"
    else
        echo "error: missing packages for these tests: ${MISSING[*]}" >&2
        echo "  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y --no-install-recommends ${MISSING[*]/#libicu/libicu72}" >&2
        if [[ " ${MISSING[*]} " == *" libicu "* ]]; then
            echo "  (libicu: the libicuNN package of your release, e.g. libicu72 on Debian 12)" >&2
        fi
        echo "  (on other systems install the equivalent packages)" >&2
        exit 1
    fi
fi

if [[ -n "$NEED_CHROMIUM" ]]; then
    if [[ -z "${STORE_CHROMIUM:-}" || ! -x "${STORE_CHROMIUM:-}" ]]; then
        STORE_CHROMIUM="$(command -v chromium)" || die "chromium is still missing"
    fi
    export STORE_CHROMIUM
fi

# ---------------------------------------------------------------- PostgreSQL
# shellcheck source-path=SCRIPTDIR source=postgres-cluster.sh
source "$ROOT/scripts/postgres-cluster.sh"
trap pg_cluster_stop EXIT
trap 'echo "interrupted" >&2; exit 130' INT
trap 'echo "terminated" >&2; exit 143' TERM

if [[ -n "$NEED_POSTGRES" ]]; then
    say "starting a throwaway PostgreSQL cluster"
    pg_cluster_start || die "could not start PostgreSQL"
    export STORE_TEST_POSTGRES
fi

# ---------------------------------------------------------------- build
declare -a BUILD_TARGETS=()
if [[ -n "${STORE_TEST_SUITES_OVERRIDE:-}" ]]; then
    for s in "${RUN[@]}"; do
        p="${SUITE_PROJECT[$s]}"
        if [[ " ${BUILD_TARGETS[*]} " != *" $p "* ]]; then BUILD_TARGETS+=("$p"); fi
    done
elif [[ -f Store.sln ]]; then
    BUILD_TARGETS=(Store.sln)
elif [[ -f Store.slnx ]]; then
    BUILD_TARGETS=(Store.slnx)
else
    die "no Store.sln (or Store.slnx) in $ROOT"
fi
for t in "${BUILD_TARGETS[@]}"; do
    say "dotnet build $t -c Release"
    if ! dotnet build "$t" -c Release </dev/null; then
        pg_cluster_stop
        echo "error: the build of $t failed (compiler output above); no tests were run" >&2
        echo "Tests: 0 passed, 1 failed"
        exit 1
    fi
done

# ---------------------------------------------------------------- run the suites
declare -A SUITE_RC=()
run_suite() {
    local name="$1" project="${SUITE_PROJECT[$1]}" dir="$RESULTS_ROOT/$1"
    rm -rf -- "$dir"
    mkdir -p "$dir"
    local -a envmod=()
    case "$name" in
        sqlite)   envmod=(-u STORE_TEST_POSTGRES -u STORE_TEST_PROVIDER) ;;
        postgres) envmod=(STORE_TEST_PROVIDER=PostgreSql) ;;
        *)        envmod=(-u STORE_TEST_PROVIDER) ;;
    esac
    say "suite $name: dotnet test $project"
    local rc=0
    env "${envmod[@]}" dotnet test "$project" --no-build -c Release \
        --results-directory "$dir" \
        --logger "trx;LogFileName=$name.trx" \
        --logger "console;verbosity=normal" \
        --blame-hang-timeout "${STORE_TEST_HANG_TIMEOUT:-20m}" --blame-hang-dump-type none \
        ${EXTRA_ARGS[@]+"${EXTRA_ARGS[@]}"} </dev/null || rc=$?
    SUITE_RC[$name]=$rc
    say "suite $name: dotnet test exited with $rc"
}

for s in "${RUN[@]}"; do
    run_suite "$s"
done

# ---------------------------------------------------------------- count
# Value of attribute $1 in the <Counters .../> element $2 (0 when absent).
trx_attr() {
    local v
    v="$(sed -n "s/.* $1=\"\([0-9][0-9]*\)\".*/\1/p" <<<"$2")"
    echo "${v:-0}"
}

# Prints "passed failed skipped" summed over the TRX files in $1.
# failed = failed + error + timeout + aborted.
# skipped = notExecuted + inconclusive + notRunnable, or total - executed when larger: the VSTest
# TRX logger leaves notExecuted at 0 for xunit's skipped tests and only lowers "executed".
trx_counts() {
    local dir="$1" f counters p=0 fl=0 sk=0 a s1 s2
    for f in "$dir"/*.trx; do
        [[ -f "$f" ]] || continue
        counters="$(tr '\n\r' '  ' <"$f" | grep -o '<Counters [^>]*>' | head -n 1 || true)"
        [[ -n "$counters" ]] || { fl=$((fl + 1)); continue; }   # unreadable TRX
        p=$((p + $(trx_attr passed "$counters")))
        for a in failed error timeout aborted; do fl=$((fl + $(trx_attr "$a" "$counters"))); done
        s1=0
        for a in notExecuted inconclusive notRunnable; do s1=$((s1 + $(trx_attr "$a" "$counters"))); done
        s2=$(($(trx_attr total "$counters") - $(trx_attr executed "$counters")))
        if [[ $s2 -gt $s1 ]]; then s1=$s2; fi
        sk=$((sk + s1))
    done
    echo "$p $fl $sk"
}

# Lists up to 25 test names with the given TRX outcome.
trx_names() {
    local dir="$1" outcome="$2"
    cat "$dir"/*.trx 2>/dev/null | tr '\n\r' '  ' | grep -o '<UnitTestResult [^>]*>' \
        | grep "outcome=\"$outcome\"" | sed -n 's/.* testName="\([^"]*\)".*/\1/p' \
        | sed 's/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&apos;/'"'"'/g; s/&amp;/\&/g' | head -n 25
}

# Stop PostgreSQL now so that its messages come before the summary (the EXIT trap is the fallback).
pg_cluster_stop

TOTAL_P=0 TOTAL_F=0 TOTAL_S=0
declare -a LINES=() NOTES=()
for s in "${RUN[@]}"; do
    dir="$RESULTS_ROOT/$s"
    read -r p fl sk < <(trx_counts "$dir")
    if ! compgen -G "$dir/*.trx" >/dev/null; then
        fl=$((fl + 1))
        NOTES+=("$s: dotnet test produced no TRX (exit code ${SUITE_RC[$s]}); counted as 1 failed")
    elif [[ "${SUITE_RC[$s]}" -ne 0 && "$fl" -eq 0 ]]; then
        fl=1
        NOTES+=("$s: dotnet test exited with ${SUITE_RC[$s]} although no test failed (crash/abort?); counted as 1 failed")
    fi
    while IFS= read -r n; do if [[ -n "$n" ]]; then NOTES+=("$s: FAILED $n"); fi; done < <(trx_names "$dir" Failed)
    while IFS= read -r n; do if [[ -n "$n" ]]; then NOTES+=("$s: SKIPPED $n"); fi; done < <(trx_names "$dir" NotExecuted)
    LINES+=("  $s: $p passed, $fl failed, $sk skipped")
    TOTAL_P=$((TOTAL_P + p)) TOTAL_F=$((TOTAL_F + fl)) TOTAL_S=$((TOTAL_S + sk))
done

echo
echo "==================== test summary (TRX in ${RESULTS_ROOT#"$ROOT"/}/) ===================="
for n in ${NOTES[@]+"${NOTES[@]}"}; do echo "  $n"; done
for l in "${LINES[@]}"; do echo "$l"; done
status=0
if [[ $TOTAL_F -gt 0 ]]; then
    status=1
fi
if [[ $TOTAL_S -gt 0 ]]; then
    echo "FAILED: $TOTAL_S test(s) were skipped; skipped tests are not allowed"
    status=1
fi
if [[ $TOTAL_P -eq 0 ]]; then
    if [[ $TOTAL_F -eq 0 && $TOTAL_S -eq 0 ]]; then
        echo "FAILED: no test was executed (a run with zero tests is a failure)"
    else
        echo "FAILED: no test passed"
    fi
    status=1
fi
summary="Tests: $TOTAL_P passed, $TOTAL_F failed"
if [[ $TOTAL_S -gt 0 ]]; then summary+=", $TOTAL_S skipped"; fi
echo "$summary"
exit "$status"
