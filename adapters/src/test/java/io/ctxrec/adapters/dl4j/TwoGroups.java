package io.ctxrec.adapters.dl4j;

import io.ctxrec.domain.scoring.ScoringModel;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Synthetic data with clear structure: users 0..14 like items 0..19, users 15..29 like items 20..39.
 * Each user has 10 fixed positives from the liked half; every epoch draws 4 fresh negatives per positive
 * uniformly from the user's other items (as the pipeline does), so unseen liked items are sometimes
 * negatives and only the shared taste of a group lifts them.
 */
final class TwoGroups {
    static final int USERS = 30;
    static final int ITEMS = 40;
    static final int POSITIVES_PER_USER = 10;
    static final int NEGATIVES_PER_POSITIVE = 4;

    private TwoGroups() {
    }

    static boolean likes(int user, int item) {
        return (user < USERS / 2) == (item < ITEMS / 2);
    }

    /** Samples for an epoch; {@code contextSize} > 0 adds one context feature of random (noise) values. */
    static IntFunction<TrainingSamples> samples(long seed, int contextSize) {
        boolean[][] positive = new boolean[USERS][ITEMS];
        Random fixed = new Random(seed);
        for (int u = 0; u < USERS; u++) {
            int offset = u < USERS / 2 ? 0 : ITEMS / 2;
            for (int placed = 0; placed < POSITIVES_PER_USER; ) {
                int item = offset + fixed.nextInt(ITEMS / 2);
                if (!positive[u][item]) {
                    positive[u][item] = true;
                    placed++;
                }
            }
        }
        return epoch -> epochSamples(positive, new Random(seed * 7919 + epoch), contextSize);
    }

    private static TrainingSamples epochSamples(boolean[][] positive, Random random, int contextSize) {
        int n = USERS * POSITIVES_PER_USER * (1 + NEGATIVES_PER_POSITIVE);
        int[] users = new int[n];
        int[] items = new int[n];
        float[] labels = new float[n];
        int s = 0;
        for (int u = 0; u < USERS; u++) {
            for (int i = 0; i < ITEMS; i++) {
                if (positive[u][i]) {
                    users[s] = u;
                    items[s] = i;
                    labels[s++] = 1f;
                    for (int k = 0; k < NEGATIVES_PER_POSITIVE; k++) {
                        int negative;
                        do {
                            negative = random.nextInt(ITEMS);
                        } while (positive[u][negative]);
                        users[s] = u;
                        items[s++] = negative;
                    }
                }
            }
        }
        int[][] contexts = contextSize > 0 ? new int[][] {random.ints(n, 0, contextSize).toArray()} : new int[0][];
        return new TrainingSamples(users, items, contexts, labels);
    }

    static int[] allItems() {
        return java.util.stream.IntStream.range(0, ITEMS).toArray();
    }

    /** One value per item, e.g. each item's category. */
    static int[] allItemsMapped(java.util.function.IntUnaryOperator value) {
        return java.util.stream.IntStream.range(0, ITEMS).map(value).toArray();
    }

    /**
     * Share of users for whom at least {@code minPairShare} of (liked, other) item pairs are ordered liked
     * first by the model's scores.
     */
    static double shareOfUsersRankingLikedHalfFirst(ScoringModel model, int[] context, double minPairShare) {
        int good = 0;
        for (int u = 0; u < USERS; u++) {
            float[] scores = model.score(u, allItems(), context);
            int ordered = 0;
            int pairs = 0;
            for (int liked = 0; liked < ITEMS; liked++) {
                for (int other = 0; other < ITEMS; other++) {
                    if (likes(u, liked) && !likes(u, other)) {
                        pairs++;
                        ordered += scores[liked] > scores[other] ? 1 : 0;
                    }
                }
            }
            good += ordered >= minPairShare * pairs ? 1 : 0;
        }
        return good / (double) USERS;
    }

    static ModelConfig config(int epochs, int... contextSizes) {
        return new ModelConfig(8, java.util.List.of(16, 8), 0.01, 1e-4, epochs, 64, NEGATIVES_PER_POSITIVE, 42,
                USERS, ITEMS, contextSizes);
    }
}
