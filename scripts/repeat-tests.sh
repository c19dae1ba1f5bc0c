#!/usr/bin/env bash
# Repeats the test command to catch flaky tests (issue 11): the whole `mvn verify` FULL times in a row,
# then every test class that starts threads, servers, browsers or timers ROUNDS times, and prints how
# many runs of each failed.
#
#   scripts/repeat-tests.sh                 # 5 full runs, then 20 rounds of the concurrency classes
#   FULL=0 ROUNDS=3 scripts/repeat-tests.sh RecommendationCacheTest RecommendationCacheIT
#
# A round is one Maven run of surefire and failsafe restricted to the classes (-Dtest / -Dit.test), so
# each class runs in a fresh JVM with the build's own surefire/failsafe settings, as in CI (the jars are
# packaged once, before the rounds, for JarIT; a round only compiles what changed). A class counts as failed in a
# round when its report shows a failure or an error, or when it has no report (its JVM died).
# Logs and reports go to target/repeat-tests/. Needs what .ci/run provides (MariaDB, Chromium).
set -uo pipefail
cd "$(dirname "$0")/.."

FULL=${FULL:-5}
ROUNDS=${ROUNDS:-20}
# Every concrete test class that starts threads (executors, parallel multicast), a Camel context
# (its thread pools and timers), an HTTP server, a browser or another JVM. Found with
#   grep -rlE 'Thread|Executor|CompletableFuture|CyclicBarrier|CamelContext|RouteBuilder|Vertx|quartz|ProcessBuilder' */src/test
# plus the concrete subclasses of the shared scenarios found that way, and CachesTest (Caffeine's
# refresh-ahead runs on pool threads).
DEFAULT_CLASSES=(
  RecommendationCacheTest RecommendationCacheIT
  Dl4jScoringModelTest PrecomputedScorersTest TrainingRunnerTest
  ApiRoutesTest ApiOverHttpTest ApiOverHttpIT CircuitBreakerTest DiagramRoutesTest NoTrainedModelTest
  ConfiguredFallbackWeightsTest RecommendationRoutesTest RetrainRoutesTest RouteDiagramTest ScoringRoutesTest RememberedReadsTest
  ServiceOverHttpTest ServiceOverHttpIT ShopSnapshotTest ShopGeneratorTest JarIT BenchJarIT WebPageIT DiagramsRenderIT
  LeaveOneOutEvaluatorTest ServiceMetricsPolicyTest SixthModelTest WebRoutesTest CachesTest PopularityFloorTest
)
if [ $# -gt 0 ]; then CLASSES=("$@"); else CLASSES=("${DEFAULT_CLASSES[@]}"); fi

OUT=target/repeat-tests
rm -rf "$OUT"
mkdir -p "$OUT"
SUMMARY="$OUT/summary.txt"
: >"$SUMMARY"
say() { echo "$*" | tee -a "$SUMMARY"; }

say "repeat-tests: $(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet 2>/dev/null || echo '+changes'), $(date -u +%FT%TZ), $(nproc) cores"

full_failed=0
for i in $(seq 1 "$FULL"); do
  start=$(date +%s)
  if mvn -B verify >"$OUT/full-$i.log" 2>&1; then result=PASS; else result=FAIL; full_failed=$((full_failed + 1)); fi
  failing=$(grep -hE '^\[ERROR\] (Failures|Errors|Tests run:.*FAIL)|<<< (FAILURE|ERROR)!' "$OUT/full-$i.log" \
    | grep -oE 'io\.ctxrec\.[A-Za-z0-9_.]+' | sort -u | tr '\n' ' ')
  say "full verify $i/$FULL: $result in $(( $(date +%s) - start )) s ${failing:+(failed: $failing)}"
done
[ "$FULL" -gt 0 ] && say "full verify: $full_failed of $FULL runs failed"

[ "$ROUNDS" -gt 0 ] || exit $((full_failed > 0))
unit=() it=()
for c in "${CLASSES[@]}"; do
  if [[ "$c" == *IT ]]; then it+=("$c"); else unit+=("$c"); fi
done
join() { local IFS=,; echo "$*"; }
# A pattern that matches nothing keeps surefire or failsafe from running every class when its list is empty.
tests=$(join "${unit[@]:-NoSuchClass}")
its=$(join "${it[@]:-NoSuchClass}")

mvn -B -q package -DskipTests >"$OUT/package.log" 2>&1 || { say "package failed: see $OUT/package.log"; exit 1; }
declare -A failed
for c in "${CLASSES[@]}"; do failed[$c]=0; done
for r in $(seq 1 "$ROUNDS"); do
  start=$(date +%s)
  find . -path '*/target/*-reports/TEST-*.xml' -delete 2>/dev/null
  mvn -B test-compile surefire:test failsafe:integration-test failsafe:verify -Dtest="$tests" -Dit.test="$its" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Dmaven.test.failure.ignore=true >"$OUT/round-$r.log" 2>&1
  bad=()
  for c in "${CLASSES[@]}"; do
    report=$(find . -path "*/target/*-reports/TEST-*.$c.xml" | head -1)
    if [ -z "$report" ] || grep -qE '<testsuite [^>]*(failures|errors)="[1-9]' "$report"; then
      failed[$c]=$((failed[$c] + 1))
      bad+=("$c")
      [ -n "$report" ] && cp "$report" "$OUT/round-$r-$c.xml"
    fi
  done
  say "round $r/$ROUNDS: $(( $(date +%s) - start )) s, failed: ${bad[*]:-none}"
done

say "class runs (failed / runs):"
total=0
for c in "${CLASSES[@]}"; do
  say "  $c ${failed[$c]} / $ROUNDS"
  total=$((total + failed[$c]))
done
say "failed class runs: $total of $(( ROUNDS * ${#CLASSES[@]} )); summary in $SUMMARY"
[ "$full_failed" -eq 0 ] && [ "$total" -eq 0 ]
