package io.ctxrec.domain.evaluation;

import io.ctxrec.domain.scoring.ScoringModel;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Leave-one-out evaluation: each held-out positive is scored together with negatives the user never
 * interacted with, and ranked among them (ties against the positive, see {@link PositiveRank}).
 * {@link #sampled} ranks against {@code negatives} sampled items (He et al.'s protocol);
 * {@link #fullRanking} against every unseen item, which is slower and gives lower, truer figures.
 */
public final class LeaveOneOutEvaluator {
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

    /**
     * @param trainingItems each user's interacted items in training (a missing user has none); the
     *                      held-out item is never used as its own negative
     */
    public EvaluationReport evaluate(Iterable<HeldOutInteraction> cases, Map<Integer, Set<Integer>> trainingItems,
                                     int nItems, Scorer scorer) {
        Objects.requireNonNull(trainingItems, "trainingItems");
        Objects.requireNonNull(scorer, "scorer");
        ReportAccumulator report = new ReportAccumulator(k);
        for (HeldOutInteraction heldOut : cases) {
            if (heldOut.item() >= nItems) {
                throw new IllegalArgumentException("user " + heldOut.user() + ": held-out item " + heldOut.item()
                        + " is outside [0, " + nItems + ")");
            }
            int[] negatives = candidates.negatives(heldOut.user(), excluded(heldOut, trainingItems), nItems);
            if (negatives.length == 0) {
                report.skip();
            } else {
                report.add(PositiveRank.of(score(scorer, heldOut, negatives)));
            }
        }
        return report.report();
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

    private static float[] score(Scorer scorer, HeldOutInteraction heldOut, int[] negatives) {
        int[] items = new int[negatives.length + 1];
        items[0] = heldOut.item();
        System.arraycopy(negatives, 0, items, 1, negatives.length);
        float[] scores = scorer.score(heldOut.user(), items, heldOut.context());
        if (scores == null || scores.length != items.length) {
            throw new IllegalArgumentException("user " + heldOut.user() + ": scorer returned "
                    + (scores == null ? "null" : scores.length + " scores") + " for " + items.length + " items");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Float.isFinite(scores[i])) {
                throw new IllegalArgumentException("user " + heldOut.user() + ": score of item " + items[i]
                        + " is " + scores[i]);
            }
        }
        return scores;
    }
}
