package io.ctxrec.domain.evaluation;

import io.ctxrec.domain.scoring.ScoringModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * Leave-one-out evaluation: each held-out positive is scored together with negatives the user never
 * interacted with, and ranked among them (ties against the positive, see {@link PositiveRank}).
 * {@link #sampled} ranks against {@code negatives} sampled items (He et al.'s protocol);
 * {@link #fullRanking} against every unseen item, which is slower and gives lower, truer figures.
 * The cases are scored in blocks of {@link #BLOCK} ({@link Scorer#scoreBlock}), the blocks on the given
 * executor, and summed in case order, so the report is the same on one thread or several.
 */
public final class LeaveOneOutEvaluator {
    /** Cases per block: enough for a block's matrix products to pay off, few enough to spread over threads. */
    public static final int BLOCK = 64;
    /** Blocks scored ahead of the one being summed: keeps the threads busy and bounds the memory held. */
    private static final int AHEAD = 8;

    private final int k;
    private final CandidateSource candidates;

    public LeaveOneOutEvaluator(int k, CandidateSource candidates) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        this.k = k;
        this.candidates = Objects.requireNonNull(candidates, "candidates");
    }

    public static LeaveOneOutEvaluator sampled(EvaluationSettings settings) {
        return new LeaveOneOutEvaluator(settings.k(), new NegativeSampler(settings.negatives(), settings.seed()));
    }

    public static LeaveOneOutEvaluator fullRanking(int k) {
        return new LeaveOneOutEvaluator(k, CandidateSource.allUnseenItems());
    }

    public EvaluationReport evaluate(Iterable<HeldOutInteraction> cases, Map<Integer, Set<Integer>> trainingItems,
                                     int nItems, ScoringModel model) {
        return evaluate(cases, trainingItems, nItems, Scorer.of(model));
    }

    /** On the calling thread, without progress reports. */
    public EvaluationReport evaluate(Iterable<HeldOutInteraction> cases, Map<Integer, Set<Integer>> trainingItems,
                                     int nItems, Scorer scorer) {
        return evaluate(cases, trainingItems, nItems, scorer, Runnable::run, EvaluationProgress.NONE);
    }

    /**
     * @param trainingItems each user's interacted items in training (a missing user has none); the
     *                      held-out item is never used as its own negative
     * @param executor      runs the blocks' scoring; the scorer must then be safe to call from its threads
     * @param progress      told after each block, on the calling thread
     * @throws CancellationException when the calling thread is interrupted while it waits for a block
     */
    public EvaluationReport evaluate(Iterable<HeldOutInteraction> cases, Map<Integer, Set<Integer>> trainingItems,
                                     int nItems, Scorer scorer, Executor executor, EvaluationProgress progress) {
        Objects.requireNonNull(trainingItems, "trainingItems");
        Objects.requireNonNull(scorer, "scorer");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(progress, "progress");
        List<HeldOutInteraction> all = new ArrayList<>();
        cases.forEach(all::add);
        ReportAccumulator report = new ReportAccumulator(k);
        Deque<CompletableFuture<PositiveRank[]>> ahead = new ArrayDeque<>();
        int next = 0;
        long done = 0;
        try {
            while (next < all.size() || !ahead.isEmpty()) {
                while (next < all.size() && ahead.size() < AHEAD) {
                    List<HeldOutInteraction> block = all.subList(next, Math.min(all.size(), next + BLOCK));
                    ahead.add(CompletableFuture.supplyAsync(() -> rank(block, trainingItems, nItems, scorer), executor));
                    next += block.size();
                }
                PositiveRank[] ranks = await(ahead.poll());
                for (PositiveRank rank : ranks) {
                    if (rank == null) {
                        report.skip();
                    } else {
                        report.add(rank);
                    }
                }
                done += ranks.length;
                progress.casesDone(done, all.size());
            }
        } finally {
            ahead.forEach(block -> block.cancel(true));
        }
        if (all.isEmpty()) {
            progress.casesDone(0, 0);
        }
        return report.report();
    }

    /**
     * Each case's rank among its candidates (1 = top), in case order, 0 for a case with no negative: for
     * comparing two models case by case ({@link PairedDifference}). On the calling thread.
     */
    public int[] ranks(List<HeldOutInteraction> cases, Map<Integer, Set<Integer>> trainingItems, int nItems,
                       Scorer scorer) {
        int[] ranks = new int[cases.size()];
        for (int from = 0; from < cases.size(); from += BLOCK) {
            PositiveRank[] block = rank(cases.subList(from, Math.min(cases.size(), from + BLOCK)), trainingItems,
                    nItems, scorer);
            for (int c = 0; c < block.length; c++) {
                ranks[from + c] = block[c] == null ? 0 : block[c].rank();
            }
        }
        return ranks;
    }

    private static PositiveRank[] await(CompletableFuture<PositiveRank[]> block) {
        try {
            return block.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("evaluation interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Each case's rank among its candidates, in case order; null for a case with no negative. */
    private PositiveRank[] rank(List<HeldOutInteraction> block, Map<Integer, Set<Integer>> trainingItems, int nItems,
                                Scorer scorer) {
        int n = block.size();
        int[] users = new int[n];
        int[][] items = new int[n][];
        int[][] contexts = new int[n][];
        int[] request = new int[n];
        int requests = 0;
        for (int c = 0; c < n; c++) {
            HeldOutInteraction heldOut = block.get(c);
            if (heldOut.item() >= nItems) {
                throw new IllegalArgumentException("user " + heldOut.user() + ": held-out item " + heldOut.item()
                        + " is outside [0, " + nItems + ")");
            }
            int[] negatives = candidates.negatives(heldOut.user(), excluded(heldOut, trainingItems), nItems);
            if (negatives.length == 0) {
                request[c] = -1;
                continue;
            }
            users[requests] = heldOut.user();
            items[requests] = withPositiveFirst(heldOut.item(), negatives);
            contexts[requests] = heldOut.context();
            request[c] = requests++;
        }
        float[][] scores = requests == 0 ? new float[0][]
                : scorer.scoreBlock(Arrays.copyOf(users, requests), Arrays.copyOf(items, requests),
                        Arrays.copyOf(contexts, requests));
        if (scores == null || scores.length != requests) {
            throw new IllegalArgumentException("scorer returned " + (scores == null ? "null" : scores.length + " lists")
                    + " for a block of " + requests + " requests");
        }
        PositiveRank[] ranks = new PositiveRank[n];
        for (int c = 0; c < n; c++) {
            if (request[c] >= 0) {
                ranks[c] = PositiveRank.of(checked(block.get(c).user(), items[request[c]], scores[request[c]]));
            }
        }
        return ranks;
    }

    private static Set<Integer> excluded(HeldOutInteraction heldOut, Map<Integer, Set<Integer>> trainingItems) {
        Set<Integer> seen = trainingItems.getOrDefault(heldOut.user(), Set.of());
        if (seen.contains(heldOut.item())) {
            return seen;
        }
        Set<Integer> withPositive = new HashSet<>(seen);
        withPositive.add(heldOut.item());
        return withPositive;
    }

    private static int[] withPositiveFirst(int positive, int[] negatives) {
        int[] items = new int[negatives.length + 1];
        items[0] = positive;
        System.arraycopy(negatives, 0, items, 1, negatives.length);
        return items;
    }

    private static float[] checked(int user, int[] items, float[] scores) {
        if (scores == null || scores.length != items.length) {
            throw new IllegalArgumentException("user " + user + ": scorer returned "
                    + (scores == null ? "null" : scores.length + " scores") + " for " + items.length + " items");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Float.isFinite(scores[i])) {
                throw new IllegalArgumentException("user " + user + ": score of item " + items[i]
                        + " is " + scores[i]);
            }
        }
        return scores;
    }
}
