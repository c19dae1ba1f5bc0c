package io.ctxrec.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LeaveOneOutEvaluatorTest {
    private static final double EPS = 1e-9;
    // A user-independent table; every value is exact in float.
    private static final float[] TABLE = {0.5f, 0.25f, 0.75f, 0.5f, 0.125f};
    private static final Scorer BY_TABLE = (user, items, context) -> {
        float[] s = new float[items.length];
        for (int i = 0; i < items.length; i++) {
            s[i] = TABLE[items[i]];
        }
        return s;
    };

    private final List<HeldOutInteraction> twoUsers = List.of(
            new HeldOutInteraction(0, 0, new int[] {1}), new HeldOutInteraction(1, 4, new int[] {2}));
    private final Map<Integer, Set<Integer>> training = Map.of(0, Set.of(1));

    @Test
    void fullRankingAveragesHandComputedMetricsOverUsers() {
        // user 0: positive item 0 (0.5) vs unseen 2, 3, 4 (0.75, 0.5, 0.125) -> rank 3 (tie ranks above)
        //   K=3: HR 1, P 1/3, NDCG 1/log2(4) = 0.5, RR = AP = 1/3; AUC (1 + 0.5) / 3 = 0.5
        // user 1: positive item 4 (0.125) vs 0, 1, 2, 3 (0.5, 0.25, 0.75, 0.5) -> rank 5: all 0, AUC 0
        // means: HR 0.5, P 1/6, NDCG 0.25, MRR = MAP = 1/6, AUC 0.25
        // squared errors: user 0 0.25 + 0.5625 + 0.25 + 0.015625 = 1.078125, user 1 0.765625 + 1.125 = 1.890625
        //   RMSE = sqrt(2.96875 / 9); absolute: 1.875 + 2.875 = 4.75 -> MAE = 4.75 / 9
        EvaluationReport report = LeaveOneOutEvaluator.fullRanking(3).evaluate(twoUsers, training, 5, BY_TABLE);

        assertThat(report.users()).isEqualTo(2);
        assertThat(report.skipped()).isZero();
        assertThat(report.hitRate().getAsDouble()).isCloseTo(0.5, within(EPS));
        assertThat(report.precision().getAsDouble()).isCloseTo(1.0 / 6, within(EPS));
        assertThat(report.ndcg().getAsDouble()).isCloseTo(0.25, within(EPS));
        assertThat(report.mrr().getAsDouble()).isCloseTo(1.0 / 6, within(EPS));
        assertThat(report.map().getAsDouble()).isCloseTo(1.0 / 6, within(EPS));
        assertThat(report.auc().getAsDouble()).isCloseTo(0.25, within(EPS));
        assertThat(report.rmse().getAsDouble()).isCloseTo(Math.sqrt(2.96875 / 9), within(EPS));
        assertThat(report.mae().getAsDouble()).isCloseTo(4.75 / 9, within(EPS));
    }

    @Test
    void ranksGivesEachCaseItsRankInCaseOrder() {
        // the ranks worked out above: user 0 third, user 1 fifth
        assertThat(LeaveOneOutEvaluator.fullRanking(3).ranks(twoUsers, training, 5, BY_TABLE)).containsExactly(3, 5);
        assertThat(LeaveOneOutEvaluator.fullRanking(3).ranks(List.of(twoUsers.get(1), twoUsers.get(0)), training, 5,
                BY_TABLE)).containsExactly(5, 3);
    }

    @Test
    void givenSmallerK_thenLateHitsDoNotCount() {
        // user 0's rank 3 is outside K = 2; user 1's rank 5 too
        EvaluationReport report = LeaveOneOutEvaluator.fullRanking(2).evaluate(twoUsers, training, 5, BY_TABLE);
        assertThat(report.hitRate().getAsDouble()).isZero();
        assertThat(report.ndcg().getAsDouble()).isZero();
    }

    @Test
    void givenScorerThatPutsPositiveFirst_thenPerfectSampledMetrics() {
        // held-out item scores 1, every negative 0: rank 1 -> HR 1, P 1/10, NDCG 1, MRR 1, AUC 1
        List<HeldOutInteraction> cases = IntStream.range(0, 20).mapToObj(u -> new HeldOutInteraction(u, u, new int[0])).toList();
        Scorer oracle = (user, items, context) -> {
            float[] s = new float[items.length];
            for (int i = 0; i < items.length; i++) {
                s[i] = items[i] == user ? 1f : 0f;
            }
            return s;
        };
        EvaluationReport report = LeaveOneOutEvaluator.sampled(EvaluationSettings.DEFAULT).evaluate(cases, Map.of(), 500, oracle);
        assertThat(report.users()).isEqualTo(20);
        assertThat(report.hitRate().getAsDouble()).isEqualTo(1.0);
        assertThat(report.precision().getAsDouble()).isCloseTo(0.1, within(EPS));
        assertThat(report.ndcg().getAsDouble()).isEqualTo(1.0);
        assertThat(report.auc().getAsDouble()).isEqualTo(1.0);
        // every prediction equals its label
        assertThat(report.rmse().getAsDouble()).isZero();
    }

    @Test
    void givenConstantScorer_thenPositiveRanksLastAndAucIsHalf() {
        // 99 tied negatives all rank above the positive: rank 100 -> HR@10 0; AUC all ties = 0.5
        Scorer constant = (user, items, context) -> new float[items.length];
        EvaluationReport report = LeaveOneOutEvaluator.sampled(EvaluationSettings.DEFAULT)
                .evaluate(List.of(new HeldOutInteraction(0, 0, new int[0])), Map.of(), 500, constant);
        assertThat(report.hitRate().getAsDouble()).isZero();
        assertThat(report.mrr().getAsDouble()).isZero();
        assertThat(report.auc().getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void sampledNegativesExcludeTrainingItemsAndThePositive() {
        List<int[]> seen = new ArrayList<>();
        Scorer recording = (user, items, context) -> {
            seen.add(items.clone());
            return new float[items.length];
        };
        Set<Integer> trained = Set.of(1, 2, 3);
        LeaveOneOutEvaluator.sampled(EvaluationSettings.DEFAULT)
                .evaluate(List.of(new HeldOutInteraction(0, 7, new int[0])), Map.of(0, trained), 300, recording);

        int[] items = seen.get(0);
        assertThat(items).hasSize(100).doesNotHaveDuplicates();
        assertThat(items[0]).isEqualTo(7);
        assertThat(IntStream.of(items).skip(1)).noneMatch(i -> i == 7 || trained.contains(i));
    }

    @Test
    void givenNoUnseenItem_thenCaseIsSkippedNotCounted() {
        EvaluationReport report = LeaveOneOutEvaluator.fullRanking(3)
                .evaluate(List.of(new HeldOutInteraction(0, 1, new int[0])), Map.of(0, Set.of(0)), 2, BY_TABLE);
        assertThat(report.users()).isZero();
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.hitRate()).isEmpty();
        assertThat(report.rmse()).isEmpty();
    }

    @Test
    void acceptsAScoringModel() {
        ScoringModel model = new ScoringModel() {
            public ModelName name() { return ModelName.BMF; }
            public String version() { return "v1"; }
            public float[] score(int user, int[] items, int[] context) { return BY_TABLE.score(user, items, context); }
        };
        EvaluationReport report = LeaveOneOutEvaluator.fullRanking(3).evaluate(twoUsers, training, 5, model);
        assertThat(report.hitRate().getAsDouble()).isCloseTo(0.5, within(EPS));
    }

    @Test
    void givenScorerReturningWrongCountOrNaN_thenIllegalArgument() {
        LeaveOneOutEvaluator evaluator = LeaveOneOutEvaluator.fullRanking(3);
        assertThatThrownBy(() -> evaluator.evaluate(twoUsers, training, 5, (u, items, c) -> new float[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user 0").hasMessageContaining("4 items");
        assertThatThrownBy(() -> evaluator.evaluate(twoUsers, training, 5, (u, items, c) -> new float[] {Float.NaN, 0, 0, 0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
    }

    @Test
    void givenHeldOutItemOutOfRange_thenIllegalArgument() {
        assertThatThrownBy(() -> LeaveOneOutEvaluator.fullRanking(3)
                .evaluate(List.of(new HeldOutInteraction(0, 9, new int[0])), Map.of(), 5, BY_TABLE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("held-out item 9");
    }

    @Test
    void standardErrorsAreTheCasesSampleDeviationOverTheRootOfTheirNumber() {
        // user 0: rank 3 -> K=3 hit 1, NDCG 0.5; user 1: rank 5 -> hit 0, NDCG 0
        // HR: mean 0.5, sample variance ((0.5)^2 + (0.5)^2) / 1 = 0.5 -> SE sqrt(0.5 / 2) = 0.5
        // NDCG: mean 0.25, sample variance ((0.25)^2 + (0.25)^2) / 1 = 0.125 -> SE sqrt(0.125 / 2) = 0.25
        EvaluationReport report = LeaveOneOutEvaluator.fullRanking(3).evaluate(twoUsers, training, 5, BY_TABLE);
        assertThat(report.hitRateSe().getAsDouble()).isCloseTo(0.5, within(EPS));
        assertThat(report.ndcgSe().getAsDouble()).isCloseTo(0.25, within(EPS));
    }

    @Test
    void givenOneCase_thenNoStandardError() {
        EvaluationReport report = LeaveOneOutEvaluator.fullRanking(3)
                .evaluate(twoUsers.subList(0, 1), training, 5, BY_TABLE);
        assertThat(report.hitRate()).isPresent();
        assertThat(report.hitRateSe()).isEmpty();
        assertThat(report.ndcgSe()).isEmpty();
    }

    /** Scores depend on user and item, so a case summed in another case's place would change the report. */
    private static final Scorer BY_USER_AND_ITEM = (user, items, context) -> {
        float[] s = new float[items.length];
        for (int i = 0; i < items.length; i++) {
            s[i] = ((user * 31 + items[i] * 17) % 101) / 101f;
        }
        return s;
    };

    private static List<HeldOutInteraction> manyCases(int n) {
        return IntStream.range(0, n).mapToObj(u -> new HeldOutInteraction(u, (u * 7) % 300, new int[0])).toList();
    }

    @Test
    void givesTheSameReportOnSeveralThreadsAsOnTheCallingThread() {
        List<HeldOutInteraction> cases = manyCases(5 * LeaveOneOutEvaluator.BLOCK + 3);
        LeaveOneOutEvaluator evaluator = LeaveOneOutEvaluator.sampled(EvaluationSettings.DEFAULT);
        EvaluationReport alone = evaluator.evaluate(cases, Map.of(), 300, BY_USER_AND_ITEM);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            EvaluationReport together = evaluator.evaluate(cases, Map.of(), 300, BY_USER_AND_ITEM, pool,
                    EvaluationProgress.NONE);
            assertThat(together).isEqualTo(alone);
            assertThat(together.users()).isEqualTo(cases.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scoresTheCasesInBlocksOfOneCallEach() {
        List<Integer> blockSizes = new ArrayList<>();
        Scorer blocks = new Scorer() {
            @Override
            public float[] score(int user, int[] items, int[] context) {
                throw new AssertionError("scored one request alone");
            }

            @Override
            public float[][] scoreBlock(int[] users, int[][] items, int[][] contexts) {
                blockSizes.add(users.length);
                float[][] scores = new float[users.length][];
                for (int r = 0; r < users.length; r++) {
                    scores[r] = BY_USER_AND_ITEM.score(users[r], items[r], contexts[r]);
                }
                return scores;
            }
        };
        List<HeldOutInteraction> cases = manyCases(2 * LeaveOneOutEvaluator.BLOCK + 1);
        EvaluationReport report = LeaveOneOutEvaluator.sampled(EvaluationSettings.DEFAULT).evaluate(cases, Map.of(), 300, blocks);
        assertThat(blockSizes).containsExactly(LeaveOneOutEvaluator.BLOCK, LeaveOneOutEvaluator.BLOCK, 1);
        assertThat(report).isEqualTo(LeaveOneOutEvaluator.sampled(EvaluationSettings.DEFAULT)
                .evaluate(cases, Map.of(), 300, BY_USER_AND_ITEM));
    }

    @Test
    void tellsProgressAfterEachBlockUpToEveryCase() {
        List<long[]> told = new ArrayList<>();
        List<HeldOutInteraction> cases = manyCases(2 * LeaveOneOutEvaluator.BLOCK + 5);
        LeaveOneOutEvaluator.sampled(EvaluationSettings.DEFAULT).evaluate(cases, Map.of(), 300, BY_USER_AND_ITEM,
                Runnable::run, (done, total) -> told.add(new long[] {done, total}));
        long n = cases.size();
        assertThat(told).containsExactly(new long[] {LeaveOneOutEvaluator.BLOCK, n},
                new long[] {2L * LeaveOneOutEvaluator.BLOCK, n}, new long[] {n, n});
    }

    @Test
    void givenNoCases_thenProgressIsToldItIsDoneAndTheReportIsEmpty() {
        List<long[]> told = new ArrayList<>();
        EvaluationReport report = LeaveOneOutEvaluator.fullRanking(3).evaluate(List.of(), training, 5, BY_TABLE,
                Runnable::run, (done, total) -> told.add(new long[] {done, total}));
        assertThat(told).containsExactly(new long[] {0, 0});
        assertThat(report.users()).isZero();
        assertThat(report.hitRate()).isEmpty();
        assertThat(report.hitRateSe()).isEmpty();
    }

    @Test
    void givenAFailingBlockOnAnotherThread_thenItsIllegalArgumentReachesTheCaller() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            assertThatThrownBy(() -> LeaveOneOutEvaluator.fullRanking(3).evaluate(twoUsers, training, 5,
                    (u, items, c) -> new float[1], pool, EvaluationProgress.NONE))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user 0");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenAnInterruptedCaller_thenTheEvaluationIsCancelled() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch never = new CountDownLatch(1);
        try {
            Thread.currentThread().interrupt();
            assertThatThrownBy(() -> LeaveOneOutEvaluator.fullRanking(3).evaluate(twoUsers, training, 5,
                    (u, items, c) -> {
                        try {
                            never.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return BY_TABLE.score(u, items, c);
                    }, pool, EvaluationProgress.NONE))
                    .isInstanceOf(CancellationException.class);
            assertThat(Thread.interrupted()).as("the interrupt is kept").isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
