package io.ctxrec.domain.evaluation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws {@code count} distinct items uniformly from those a user never interacted with. A user's
 * draw depends only on the seed and the user index, so it is reproducible whatever order or thread
 * the users are evaluated in. With fewer unseen items than {@code count}, all of them are returned.
 */
public final class NegativeSampler implements CandidateSource {
    public static final int DEFAULT_COUNT = 99;

    private final int count;
    private final long seed;

    public NegativeSampler(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("negative count must be at least 1, was " + count);
        }
        this.count = count;
        this.seed = seed;
    }

    /** Ascending item indexes, none in {@code interacted}. */
    @Override
    public int[] negatives(int user, Set<Integer> interacted, int nItems) {
        UnseenItems.check(user, interacted, nItems);
        int unseen = nItems - interacted.size();
        if (unseen <= count) {
            return UnseenItems.all(interacted, nItems);
        }
        SplittableRandom random = new SplittableRandom(seed ^ (user * 0x9E3779B97F4A7C15L));
        int[] drawn = 2L * count <= unseen ? byRejection(random, interacted, nItems) : byShuffle(random, interacted, nItems);
        Arrays.sort(drawn);
        return drawn;
    }

    // Sparse case: most items are unseen, so redrawing a seen or repeated item is rare.
    private int[] byRejection(SplittableRandom random, Set<Integer> interacted, int nItems) {
        Set<Integer> chosen = new HashSet<>();
        int[] drawn = new int[count];
        int n = 0;
        while (n < count) {
            int item = random.nextInt(nItems);
            if (!interacted.contains(item) && chosen.add(item)) {
                drawn[n++] = item;
            }
        }
        return drawn;
    }

    // Dense case: a partial Fisher-Yates shuffle of the unseen items.
    private int[] byShuffle(SplittableRandom random, Set<Integer> interacted, int nItems) {
        int[] unseen = UnseenItems.all(interacted, nItems);
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(unseen.length - i);
            int swap = unseen[i];
            unseen[i] = unseen[j];
            unseen[j] = swap;
        }
        return Arrays.copyOf(unseen, count);
    }
}
