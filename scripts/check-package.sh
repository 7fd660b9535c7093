#!/usr/bin/env bash
# Packs ClusterScope.Analytics into a temporary feed, runs samples/AnalyticsQuickstart against that package, and checks
# that the sample printed its three tables. Prints "1 passed, 0 failed" or "0 passed, 1 failed"; exit code 0 on success.
set -uo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# The cache keeps a package by id and version: drop a stale copy of this one so the fresh pack is the one restored.
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/clusterscope.analytics"
if dotnet pack src/ClusterScope.Analytics -c Release -nologo -v q -clp:ErrorsOnly -o "$tmp/feed" >"$tmp/log" 2>&1 \
  && ls "$tmp/feed"/ClusterScope.Analytics.*.snupkg >/dev/null 2>&1 \
  && dotnet restore samples/AnalyticsQuickstart -nologo -v q --source "$tmp/feed" --source "$HOME/.nuget/packages" >>"$tmp/log" 2>&1 \
  && dotnet run --project samples/AnalyticsQuickstart -c Release --no-restore >"$tmp/out" 2>>"$tmp/log" \
  && grep -q "== Location quotients" "$tmp/out" && grep -q "== Economic complexity" "$tmp/out" \
  && grep -q "== Composite evaluation" "$tmp/out" && grep -q "ECI   diversity" "$tmp/out"; then
  echo "package: packed, sample ran and printed its tables"; echo "1 passed, 0 failed"
else
  echo "package check failed:"; tail -20 "$tmp/log" "$tmp/out" 2>/dev/null; echo "0 passed, 1 failed"; exit 1
fi
