#!/usr/bin/env bash
# Times `clusterscope import observations` on 1,000,000 rows into PostgreSQL: new rows, the same file again (nothing
# changes), and every value changed (one revision each). Needs CS_PG and CS_PG_PORT from  eval "$(scripts/pg-start.sh)".
# Prints wall-clock time and peak memory of each run; the figures are quoted in docs/user/import.md.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${CS_PG:?start PostgreSQL first: eval \"\$(scripts/pg-start.sh)\"}"
work=$(mktemp -d /tmp/cs-bench-import.XXXXXX)
trap 'rm -rf "$work"' EXIT
psql=(psql -h 127.0.0.1 -p "$CS_PG_PORT" -U postgres -d postgres -q)
dotnet build src/ClusterScope.Cli -c Release -nologo -v q -clp:ErrorsOnly >/dev/null
cli=src/ClusterScope.Cli/bin/Release/net10.0/clusterscope
"${psql[@]}" -c "DROP DATABASE IF EXISTS cs_bench_import WITH (FORCE)" -c "CREATE DATABASE cs_bench_import"
conn="${CS_PG/Database=postgres/Database=cs_bench_import}"
"$cli" data load jilin --provider postgres --connection "$conn" >/dev/null
"$cli" clusters list --format csv --provider postgres --connection "$conn" | tail -n +2 | cut -d, -f1 >"$work/clusters.txt"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
clusters = [c.strip() for c in open(f"{work}/clusters.txt") if c.strip()]
periods = [f"{y}-{m:02d}" for y in range(1949, 2101) for m in range(1, 13)] + [f"{y}-Q{q}" for y in range(1949, 2101) for q in range(1, 5)]
rows = ((c, i, p) for p in periods for c in clusters for i in ("cluster_output", "cluster_enterprises", "cluster_employment"))
header = "entity_kind,entity_code,indicator_code,period,value,status,provenance,source\n"
with open(f"{work}/million.csv", "w") as a, open(f"{work}/million-changed.csv", "w") as b:
    a.write(header); b.write(header)
    for n, (c, i, p) in zip(range(1_000_000), rows):
        a.write(f"Cluster,{c},{i},{p},{(n % 9973) * 1.5},Reported,Real,bench\n")
        b.write(f"Cluster,{c},{i},{p},{(n % 9973) * 1.5 + 1},Reported,Real,bench\n")
PY
for run in "new rows:million.csv" "same file again:million.csv" "every value changed:million-changed.csv"; do
  echo "${run%%:*}:"
  /usr/bin/time -v "$cli" import observations "$work/${run#*:}" --provider postgres --connection "$conn" 2>&1 \
    | grep -E "Imported|Refused|Elapsed|Maximum resident|error" | sed 's/^\s*/  /'
done
"${psql[@]}" -c "DROP DATABASE IF EXISTS cs_bench_import WITH (FORCE)"
