#!/usr/bin/env bash
# Runs every test: installs what is missing, starts a throwaway PostgreSQL, runs the whole solution's tests (unit,
# PostgreSQL, API, CLI and browser), stops the server, and prints "N passed, N failed". Exit code non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/install-deps.sh || { echo "install-deps failed"; exit 1; }
eval "$(scripts/pg-start.sh)" || { echo "could not start PostgreSQL"; exit 1; }
trap 'scripts/pg-stop.sh "$CS_PG_DIR"' EXIT
export CS_PG CHROMIUM_PATH=${CHROMIUM_PATH:-$(command -v chromium)}
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"
export CS_TEST_ARTIFACTS="$root/artifacts"
start=$(date +%s)
dotnet build ClusterScope.slnx -c Release -nologo -v q -clp:ErrorsOnly
build=$?
if [ $build -ne 0 ]; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet test ClusterScope.slnx -c Release --no-build -nologo -v q --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true
status=$?
read -r passed failed < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(path).getroot().find("{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}ResultSummary/{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}Counters")
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
print(p, f)
PY
)
# The NuGet package and its sample count as one test (run alone: scripts/check-package.sh).
package_step() { read -r pp _ pf _ < <(scripts/check-package.sh | tail -1); passed=$(( ${passed:-0} + ${pp:-0} )); failed=$(( ${failed:-0} + ${pf:-1} )); [ "${pf:-1}" -eq 0 ] || status=1; }
package_step
echo "tests took $(( $(date +%s) - start )) s; screenshots in artifacts/screenshots"
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then failed=1; fi
echo "${passed:-0} passed, ${failed:-0} failed"
exit $status
