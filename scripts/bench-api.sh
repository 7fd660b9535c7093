#!/usr/bin/env bash
# Serving-speed benchmark: starts the app (Production, Release) on a fresh database loaded with the Jilin data, then
# drives each endpoint at a fixed rate with hey (Debian) and prints p50 / p95 / p99 / errors per endpoint and rate.
#   scripts/bench-api.sh [sqlite|postgres] [seconds per run]
# The load generator runs on the same machine as the app, as the figures in docs/operations/scale.md do.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
provider="${1:-sqlite}"
seconds="${2:-10}"
command -v hey >/dev/null || { echo "bench-api: hey is missing (apt-get install hey)" >&2; exit 2; }
work="$(mktemp -d /tmp/cs-bench-api.XXXXXX)"
port=$((20000 + RANDOM % 20000))
cleanup() {
  [[ -n "${app:-}" ]] && kill "$app" 2>/dev/null && wait "$app" 2>/dev/null || true
  [[ -n "${CS_PG_DIR:-}" && "$provider" == postgres ]] && "$here/scripts/pg-stop.sh" "$CS_PG_DIR" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$here/src/ClusterScope.Cli" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
cli="$here/src/ClusterScope.Cli/bin/Release/net10.0/clusterscope.dll"
if [[ "$provider" == postgres ]]; then
  eval "$("$here/scripts/pg-start.sh")"
  connection="${CS_PG%Database=postgres};Database=bench"
  export Database__Provider=postgres
else
  connection="Data Source=$work/cs.db"
  export Database__Provider=sqlite
fi
export ConnectionStrings__ClusterScope="$connection" Admin__Password='Bench-api-pass-1' ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning
dotnet "$cli" data load jilin >/dev/null
dotnet "$cli" serve --urls "http://127.0.0.1:$port" >"$work/app.log" 2>&1 &
app=$!
for _ in $(seq 120); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "bench-api: the app did not start; its log:" >&2; cat "$work/app.log" >&2; exit 1; }

echo "provider $provider, $(nproc) cores, ${seconds} s per run, 10 connections, hey on the same machine"
printf '%-42s %6s %8s %8s %8s %8s %7s\n' endpoint rate rps p50_ms p95_ms p99_ms errors
run() {
  local path="$1" rate="$2" connections=10
  hey -z 2s -c "$connections" "http://127.0.0.1:$port$path" >/dev/null 2>&1   # warm-up
  local out; out="$(hey -z "${seconds}s" -c "$connections" -q $((rate / connections)) "http://127.0.0.1:$port$path")"
  local rps p50 p95 p99 ok total
  rps="$(awk '/Requests\/sec/ {printf "%.0f", $2}' <<<"$out")"
  p50="$(awk '/ 50% in/ {printf "%.1f", $3 * 1000}' <<<"$out")"
  p95="$(awk '/ 95% in/ {printf "%.1f", $3 * 1000}' <<<"$out")"
  p99="$(awk '/ 99% in/ {printf "%.1f", $3 * 1000}' <<<"$out")"
  ok="$(awk '/\[200\]/ {print $2}' <<<"$out")"
  total="$(awk '/\[[0-9]+\]/ {s += $2} END {print s + 0}' <<<"$out")"
  printf '%-42s %6s %8s %8s %8s %8s %7s\n' "$path" "$rate" "$rps" "$p50" "$p95" "$p99" "$((total - ${ok:-0}))"
}
for path in "/api/v1/zones?pageSize=50" "/api/v1/clusters?pageSize=50" "/api/v1/dashboard" "/api/v1/observations?pageSize=100" \
            "/api/v1/observations?pageSize=100&indicator=cluster_output"; do
  run "$path" 500
done
run "/" 200
