package io.ctxrec.training.pipeline;

import io.ctxrec.domain.evaluation.CandidateSource;
import io.ctxrec.domain.evaluation.EvaluationSettings;
import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.domain.evaluation.LeaveOneOutEvaluator;
import io.ctxrec.domain.evaluation.NegativeSampler;
import io.ctxrec.domain.evaluation.Scorer;
import io.ctxrec.domain.metrics.RankingMetrics;
import io.ctxrec.training.dataset.PreparedDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The validation cases as early stopping ranks them, held so that several scorers, or several ways of
 * combining one scorer's scores, can be compared on the same candidates: each case's held-out positive
 * first, then the evaluation's sampled negatives (the same draw as {@link LeaveOneOutEvaluator#sampled}).
 * {@link #scores} scores every case once; {@link #ndcg} measures any score matrix of that shape, ties
 * counted against the positive as the evaluator counts them. Built on {@link PreparedDataset#validationFit()},
 * whose test cases are the validation cases: the test set is never read.
 */
public final class ValidationRanking {
    private final int k;
    private final int[] users;
    private final int[][] items;
    private final int[][] contexts;

    private ValidationRanking(int k, int[] users, int[][] items, int[][] contexts) {
        this.k = k;
        this.users = users;
        this.items = items;
        this.contexts = contexts;
    }

    /** @param fit the dataset without its validation cases ({@link PreparedDataset#validationFit()}) */
    public static ValidationRanking of(PreparedDataset fit, EvaluationSettings settings) {
        return of(fit, settings.k(), new NegativeSampler(settings.negatives(), settings.seed()));
    }

    static ValidationRanking of(PreparedDataset fit, int k, CandidateSource candidates) {
        Objects.requireNonNull(fit, "fit");
        List<int[]> caseItems = new ArrayList<>();
        List<int[]> caseContexts = new ArrayList<>();
        List<Integer> caseUsers = new ArrayList<>();
        for (HeldOutInteraction c : fit.testCases()) {
            Set<Integer> excluded = new HashSet<>(fit.trainUserItems().getOrDefault(c.user(), Set.of()));
            excluded.add(c.item());
            int[] negatives = candidates.negatives(c.user(), excluded, fit.nItems());
            if (negatives.length == 0) {
                continue;
            }
            int[] all = new int[negatives.length + 1];
            all[0] = c.item();
            System.arraycopy(negatives, 0, all, 1, negatives.length);
            caseUsers.add(c.user());
            caseItems.add(all);
            caseContexts.add(c.context());
        }
        return new ValidationRanking(k, caseUsers.stream().mapToInt(Integer::intValue).toArray(),
                caseItems.toArray(int[][]::new), caseContexts.toArray(int[][]::new));
    }

    /** Number of cases (those with at least one negative). */
    public int size() {
        return users.length;
    }

    /** Case {@code c}'s candidates: the held-out positive, then its negatives. */
    public int[] items(int c) {
        return items[c].clone();
    }

    /** One score array per case, positive first, scored in blocks of {@link LeaveOneOutEvaluator#BLOCK} on {@code pool}. */
    public float[][] scores(Scorer scorer, Executor pool) {
        List<CompletableFuture<float[][]>> blocks = new ArrayList<>();
        for (int from = 0; from < users.length; from += LeaveOneOutEvaluator.BLOCK) {
            int to = Math.min(users.length, from + LeaveOneOutEvaluator.BLOCK);
            int start = from;
            blocks.add(CompletableFuture.supplyAsync(() -> scorer.scoreBlock(Arrays.copyOfRange(users, start, to),
                    Arrays.copyOfRange(items, start, to), Arrays.copyOfRange(contexts, start, to)), pool));
        }
        float[][] scores = new float[users.length][];
        int next = 0;
        for (CompletableFuture<float[][]> block : blocks) {
            for (float[] row : block.join()) {
                scores[next++] = row;
            }
        }
        return scores;
    }

    /** Mean NDCG@K of the positive (index 0 of each row) over the cases; 0 without cases. */
    public double ndcg(float[][] scores) {
        if (scores.length != users.length) {
            throw new IllegalArgumentException(scores.length + " score rows for " + users.length + " cases");
        }
        double sum = 0;
        for (float[] row : scores) {
            int rank = 1;
            for (int i = 1; i < row.length; i++) {
                rank += row[i] >= row[0] ? 1 : 0;
            }
            sum += rank <= k ? RankingMetrics.discount(rank) : 0;
        }
        return users.length == 0 ? 0 : sum / users.length;
    }
}
