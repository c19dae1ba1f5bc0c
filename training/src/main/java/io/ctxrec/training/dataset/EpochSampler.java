package io.ctxrec.training.dataset;

import io.ctxrec.domain.evaluation.NegativeSampler;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the labelled examples of one epoch: every training positive (label 1), every observed
 * negative (label 0), and for each positive {@code negativesPerPositive} distinct items drawn
 * uniformly from those the user did not touch in training (label 0, in the context of that
 * positive; fewer when the user has touched nearly everything). The draw depends only on the seed,
 * the epoch and the row, so an epoch can be rebuilt exactly and each epoch sees fresh negatives.
 * With an {@link ItemContext}, every example's value of that feature is its own item's (a sampled
 * negative gets its own category, not its positive's). With {@link PopularNegatives} the negatives are drawn
 * by popularity instead of uniformly.
 */
public final class EpochSampler {
    private static final long SHUFFLE_STREAM = -1L;

    private final TrainingRows positives;
    private final TrainingRows observedNegatives;
    private final Map<Integer, Set<Integer>> trainUserItems;
    private final int nItems;
    private final int negativesPerPositive;
    private final long seed;
    private final ItemContext itemContext;
    private final PopularNegatives popular;

    public EpochSampler(TrainingRows positives, TrainingRows observedNegatives,
                        Map<Integer, Set<Integer>> trainUserItems, int nItems, int negativesPerPositive, long seed) {
        this(positives, observedNegatives, trainUserItems, nItems, negativesPerPositive, seed, null);
    }

    /** @param itemContext null when no context feature belongs to the item */
    public EpochSampler(TrainingRows positives, TrainingRows observedNegatives,
                        Map<Integer, Set<Integer>> trainUserItems, int nItems, int negativesPerPositive, long seed,
                        ItemContext itemContext) {
        this(positives, observedNegatives, trainUserItems, nItems, negativesPerPositive, seed, itemContext, null);
    }

    /**
     * @param itemContext null when no context feature belongs to the item
     * @param popular     null for uniform negatives
     */
    public EpochSampler(TrainingRows positives, TrainingRows observedNegatives,
                        Map<Integer, Set<Integer>> trainUserItems, int nItems, int negativesPerPositive, long seed,
                        ItemContext itemContext, PopularNegatives popular) {
        this.positives = Objects.requireNonNull(positives, "positives");
        this.observedNegatives = Objects.requireNonNull(observedNegatives, "observedNegatives");
        this.trainUserItems = Objects.requireNonNull(trainUserItems, "trainUserItems");
        if (positives.width() != observedNegatives.width()) {
            throw new IllegalArgumentException("positives and observedNegatives must have the same context width");
        }
        if (negativesPerPositive < 0) {
            throw new IllegalArgumentException("negativesPerPositive must not be negative, was " + negativesPerPositive);
        }
        this.nItems = nItems;
        this.negativesPerPositive = negativesPerPositive;
        this.seed = seed;
        if (itemContext != null && (itemContext.position() >= positives.width()
                || itemContext.indexByItem().length != nItems)) {
            throw new IllegalArgumentException("item context " + itemContext.feature() + " at position "
                    + itemContext.position() + " over " + itemContext.indexByItem().length
                    + " items does not fit rows of width " + positives.width() + " over " + nItems + " items");
        }
        this.itemContext = itemContext;
        if (popular != null && popular.nItems() != nItems) {
            throw new IllegalArgumentException("popular negatives over " + popular.nItems() + " items do not fit "
                    + nItems + " items");
        }
        this.popular = popular;
    }

    /** The epoch's examples in a seeded random order. */
    public EpochExamples examples(int epoch) {
        ExampleBuffer buffer = draw(epoch);
        buffer.shuffle(new SplittableRandom(streamSeed(epoch, SHUFFLE_STREAM)));
        return buffer.toExamples();
    }

    /** Positives, then observed negatives, then each positive's sampled negatives in positive order. */
    EpochExamples inDrawOrder(int epoch) {
        return draw(epoch).toExamples();
    }

    private ExampleBuffer draw(int epoch) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must not be negative, was " + epoch);
        }
        int expected = positives.size() * (1 + negativesPerPositive) + observedNegatives.size();
        ExampleBuffer buffer = new ExampleBuffer(positives.width(), expected, itemContext);
        for (int r = 0; r < positives.size(); r++) {
            buffer.add(positives, r, positives.items()[r], 1f);
        }
        for (int r = 0; r < observedNegatives.size(); r++) {
            buffer.add(observedNegatives, r, observedNegatives.items()[r], 0f);
        }
        for (int r = 0; negativesPerPositive > 0 && r < positives.size(); r++) {
            for (int item : negatives(positives.users()[r], streamSeed(epoch, r))) {
                buffer.add(positives, r, item, 0f);
            }
        }
        return buffer;
    }

    private int[] negatives(int user, long rowSeed) {
        Set<Integer> touched = trainUserItems.getOrDefault(user, Set.of());
        return popular == null ? new NegativeSampler(negativesPerPositive, rowSeed).negatives(user, touched, nItems)
                : popular.draw(new SplittableRandom(rowSeed), touched, negativesPerPositive);
    }

    // SplitMix64's finaliser over (seed, epoch, stream), so nearby inputs give unrelated seeds.
    private long streamSeed(int epoch, long stream) {
        return mix(mix(seed ^ mix(epoch)) + stream);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
