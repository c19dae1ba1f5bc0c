package io.ctxrec.bench;

import io.ctxrec.domain.evaluation.HeldOutInteraction;
import io.ctxrec.training.dataset.EpochSampler;
import io.ctxrec.training.dataset.TrainingRows;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Data of MovieLens-100K's size made up at run time: 943 users, 1,682 items, 100,000 positives. Each user
 * picks items without replacement with weight popularity × exp(taste · item), from 8-dimensional latent
 * vectors and a Zipf-like popularity; one day-part context feature (4 values and unknown). One positive per
 * user is held out as the test case, the rest are training positives.
 */
final class SyntheticMovieLens {
    static final int USERS = 943;
    static final int ITEMS = 1682;
    static final int POSITIVES = 100_000;
    static final int DAYPARTS = 5;
    private static final int LATENT = 8;

    private final int[] users;
    private final int[] items;
    private final int[] dayparts;
    private final List<HeldOutInteraction> cases = new ArrayList<>();
    private final Map<Integer, Set<Integer>> userItems = new HashMap<>();

    SyntheticMovieLens(long seed) {
        Random random = new Random(seed);
        double[][] taste = gaussian(USERS, random);
        double[][] traits = gaussian(ITEMS, random);
        double[] popularity = new double[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            popularity[i] = 1.0 / Math.pow(1 + random.nextInt(ITEMS), 0.8);
        }
        int[] counts = counts(random);
        int train = POSITIVES - USERS;
        users = new int[train];
        items = new int[train];
        dayparts = new int[train];
        int row = 0;
        for (int u = 0; u < USERS; u++) {
            int[] picked = pick(taste[u], traits, popularity, counts[u], random);
            Set<Integer> seen = new HashSet<>();
            for (int p = 1; p < picked.length; p++) {
                users[row] = u;
                items[row] = picked[p];
                dayparts[row] = 1 + random.nextInt(DAYPARTS - 1);
                seen.add(picked[p]);
                row++;
            }
            userItems.put(u, seen);
            cases.add(new HeldOutInteraction(u, picked[0], new int[] {1 + random.nextInt(DAYPARTS - 1)}));
        }
    }

    EpochSampler sampler(int negativesPerPositive, long seed) {
        TrainingRows positives = new TrainingRows(users, items, dayparts, 1);
        TrainingRows none = new TrainingRows(new int[0], new int[0], new int[0], 1);
        return new EpochSampler(positives, none, userItems, ITEMS, negativesPerPositive, seed);
    }

    List<HeldOutInteraction> cases() {
        return cases;
    }

    Map<Integer, Set<Integer>> userItems() {
        return userItems;
    }

    int trainingPositives() {
        return users.length;
    }

    // Positives per user: lognormal shares of the total, at least 20 each, summing to POSITIVES.
    private static int[] counts(Random random) {
        double[] share = new double[USERS];
        double sum = 0;
        for (int u = 0; u < USERS; u++) {
            share[u] = Math.exp(random.nextGaussian());
            sum += share[u];
        }
        int[] counts = new int[USERS];
        int total = 0;
        int spare = POSITIVES - 20 * USERS;
        for (int u = 0; u < USERS; u++) {
            counts[u] = Math.min(ITEMS / 2, 20 + (int) (spare * share[u] / sum));
            total += counts[u];
        }
        for (int u = 0; total < POSITIVES; u = (u + 1) % USERS) {
            if (counts[u] < ITEMS / 2) {
                counts[u]++;
                total++;
            }
        }
        return counts;
    }

    // Weighted sampling without replacement (Efraimidis–Spirakis): the n largest log(U) / weight.
    private static int[] pick(double[] taste, double[][] traits, double[] popularity, int n, Random random) {
        double[] keys = new double[ITEMS];
        Integer[] index = new Integer[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            double affinity = 0;
            for (int k = 0; k < LATENT; k++) {
                affinity += taste[k] * traits[i][k];
            }
            double weight = popularity[i] * Math.exp(1.5 * affinity / Math.sqrt(LATENT));
            keys[i] = Math.log(random.nextDouble()) / weight;
            index[i] = i;
        }
        java.util.Arrays.sort(index, (a, b) -> Double.compare(keys[b], keys[a]));
        int[] picked = new int[n];
        for (int p = 0; p < n; p++) {
            picked[p] = index[p];
        }
        return picked;
    }

    private static double[][] gaussian(int rows, Random random) {
        double[][] m = new double[rows][LATENT];
        for (double[] row : m) {
            for (int k = 0; k < LATENT; k++) {
                row[k] = random.nextGaussian();
            }
        }
        return m;
    }
}
