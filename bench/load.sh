#!/usr/bin/env bash
# The shop under load over real sockets, beside the machine's ceiling (bench/README.md, "Load").
#   bench/load.sh [--products 10000] [--seconds 10] [--connections 32] [--threads 2] [--only NAME] [--fresh]
#   scripts/postgres-cluster.sh run -- bench/load.sh ...     # the same on PostgreSQL
# Builds Release, publishes the shop as the Docker image does (ReadyToRun, artifacts/load-shop), sets a shop up in $TMPDIR/store-load (demo recipe + generated products; kept for the next run
# of the same size on SQLite), starts it on loopback and drives each scenario with wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  else
    echo "wrk is missing: install it (Debian: sudo apt-get install wrk) and run again." >&2
    exit 1
  fi
fi

shop=artifacts/load-shop
if [ "${STORE_LOAD_NO_BUILD:-}" != 1 ]; then
  dotnet build bench/Store.Bench -c Release -nologo -v quiet >/dev/null
  # The start time a node has is the published one (precompiled code), not the one of `dotnet build`'s output.
  dotnet publish Store.Web/Store.Web.csproj -c Release -nologo -v quiet -o "$shop" --use-current-runtime --self-contained false -p:UseAppHost=false -p:PublishReadyToRun=true >/dev/null
fi
shop_args=()
if [ -f "$shop/Store.Web.dll" ]; then
  shop_args=(--shop "$shop")
fi
exec dotnet bench/Store.Bench/bin/Release/net10.0/Store.Bench.dll load "${shop_args[@]}" "$@"
