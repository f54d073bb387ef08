#!/usr/bin/env bash
# Adds a migration to both providers' migration sets from the current model:
#   scripts/add-migration.sh AddProducts
# Each provider has its own set (EF Core's documented way for one model on two providers).
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
dotnet build Store.Web -v q -nologo >/dev/null
# Making a migration opens no connection, so neither set needs a running database.
declare -A connection=(
  [Sqlite]="Data Source=design.db"
  [PostgreSql]="Host=localhost;Database=design"
)
for provider in Sqlite PostgreSql; do
  dotnet ef migrations add "$name" \
    --no-build \
    --project "Migrations/Store.Migrations.$provider" \
    --startup-project Store.Web \
    --output-dir Migrations \
    -- "--Database:Provider=$provider" "--Database:ConnectionString=${connection[$provider]}"
done
