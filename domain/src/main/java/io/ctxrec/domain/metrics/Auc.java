package io.ctxrec.domain.metrics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * Area under the ROC curve: the chance that a positive is scored above a negative, a tie counting one
 * half. Empty when there is no positive or no negative to compare; a non-finite score or a label
 * other than 0 or 1 is an {@link IllegalArgumentException}.
 */
public final class Auc {
    private Auc() {
    }

    /** One positive against its negatives: the fraction scored below it, ties counting 0.5. */
    public static OptionalDouble ofPositive(double positiveScore, double[] negativeScores) {
        Scores.requireFinite(positiveScore, "positiveScore");
        Scores.requireFinite(negativeScores, "negativeScores");
        if (negativeScores.length == 0) {
            return OptionalDouble.empty();
        }
        double wins = 0;
        for (double negative : negativeScores) {
            wins += negative < positiveScore ? 1 : negative == positiveScore ? 0.5 : 0;
        }
        return OptionalDouble.of(wins / negativeScores.length);
    }

    /**
     * Any number of positives (label 1) and negatives (label 0). Uses the rank-sum (Mann-Whitney)
     * form with mid-ranks for ties, which equals the pairwise count but costs n log n, not P * N.
     */
    public static OptionalDouble of(double[] predictions, double[] labels) {
        Scores.requireSameLength(predictions, labels);
        Scores.requireFinite(predictions, "predictions");
        long positives = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0 && labels[i] != 1) {
                throw new IllegalArgumentException("labels[" + i + "] must be 0 or 1, was " + labels[i]);
            }
            positives += labels[i] == 1 ? 1 : 0;
        }
        long negatives = labels.length - positives;
        if (positives == 0 || negatives == 0) {
            return OptionalDouble.empty();
        }
        double positiveRankSum = 0;
        Integer[] order = IntStream.range(0, predictions.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> predictions[i]));
        for (int start = 0; start < order.length; ) {
            int end = start;
            while (end + 1 < order.length && predictions[order[end + 1]] == predictions[order[start]]) {
                end++;
            }
            double midRank = (start + end) / 2.0 + 1;
            for (int j = start; j <= end; j++) {
                positiveRankSum += labels[order[j]] == 1 ? midRank : 0;
            }
            start = end + 1;
        }
        double u = positiveRankSum - positives * (positives + 1) / 2.0;
        return OptionalDouble.of(u / ((double) positives * negatives));
    }
}
