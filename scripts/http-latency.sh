#!/usr/bin/env bash
# http-latency.sh URL N [METHOD] [BODY]: sends N sequential requests to URL over HTTP with curl
# and prints the median, p95, p99 and max latency in milliseconds. A quick check, not the benchmark
# (that is `java -jar bench/target/ctxrec-bench.jar serve`).
set -euo pipefail
url=$1 n=${2:-200} method=${3:-GET} body=${4:-}
times=$(mktemp)
trap 'rm -f "$times"' EXIT
for _ in $(seq 1 "$n"); do
  if [ -n "$body" ]; then
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X "$method" -H 'Content-Type: application/json' -d "$body" "$url"
  else
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -X "$method" "$url"
  fi
done >"$times"
bad=$(awk '$1 >= 400' "$times" | wc -l)
awk '{print $2 * 1000}' "$times" | sort -n | awk -v n="$n" -v bad="$bad" '
  { v[NR] = $1 }
  END {
    printf "%d requests (%d errors): median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      NR, bad, v[int((NR + 1) / 2)], v[int(NR * 0.95 + 0.999)], v[int(NR * 0.99 + 0.999)], v[NR]
  }'
