#!/usr/bin/env bash
# Starts ClusterScope on its embedded default: SQLite (clusterscope.db in the current folder), the Jilin data set
# loaded on the first start, an admin account created (password printed once, or taken from Admin__Password).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
exec dotnet run --project "$here/src/ClusterScope.Cli" -c Release -- serve --urls "${URLS:-http://localhost:5080}" "$@"
