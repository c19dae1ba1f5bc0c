package io.ctxrec.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A MovieLens-shaped ratings file made at run time, for timing the quality benchmark at MovieLens size
 * when the real file is not at hand. Not data to learn about MovieLens from: users and items get random
 * 8-dimensional tastes and items a log-normal popularity (log-popularity's standard deviation
 * {@code popularitySpread}, {@value #DEFAULT_POPULARITY_SPREAD} by default; 3 or more makes a few items take
 * most ratings, data on which ItemPop is hard to beat); a user's movies are drawn without repetition
 * with weights popularity x exp(taste match) (Gumbel top-k), stars follow the match, and times are
 * spread over seven months in random order. Every user rates at least 20 items, as in MovieLens-100K.
 */
final class SyntheticRatings {
    static final int MIN_PER_USER = 20;
    static final double DEFAULT_POPULARITY_SPREAD = 1.2;
    private static final int DIM = 8;
    private static final long START = 874_724_710L; // 1997-09-20, MovieLens-100K's first day

    private final int users;
    private final int items;
    private final int ratings;
    private final long seed;
    private final double popularitySpread;

    SyntheticRatings(int users, int items, int ratings, long seed) {
        this(users, items, ratings, seed, DEFAULT_POPULARITY_SPREAD);
    }

    SyntheticRatings(int users, int items, int ratings, long seed, double popularitySpread) {
        if (users < 1 || items < MIN_PER_USER || ratings < users * MIN_PER_USER || ratings > (long) users * items) {
            throw new IllegalArgumentException("--synthetic needs users >= 1, items >= " + MIN_PER_USER
                    + " and users x " + MIN_PER_USER + " <= ratings <= users x items, was " + users + "x" + items + "x"
                    + ratings);
        }
        this.users = users;
        this.items = items;
        this.ratings = ratings;
        this.seed = seed;
        if (!(popularitySpread >= 0) || Double.isInfinite(popularitySpread)) {
            throw new IllegalArgumentException("--synthetic-popularity must be a number >= 0, was " + popularitySpread);
        }
        this.popularitySpread = popularitySpread;
    }

    /** The same shape with items' log-popularity spread by {@code value}. */
    SyntheticRatings withPopularitySpread(double value) {
        return new SyntheticRatings(users, items, ratings, seed, value);
    }

    /** {@code 943x1682x100000}: users x items x ratings. */
    static SyntheticRatings parse(String shape, long seed) {
        String[] p = shape.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length == 3) {
                return new SyntheticRatings(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]), seed);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--synthetic must be USERSxITEMSxRATINGS such as 943x1682x100000, was '"
                + shape + "'");
    }

    String shape() {
        return users + "x" + items + "x" + ratings;
    }

    double popularitySpread() {
        return popularitySpread;
    }

    /** Writes the ratings as u.data (tab-separated user, item, rating, unix time; ids from 1). */
    Path write(Path file) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] userTaste = Vectors.gaussian(random, users, DIM);
        double[][] itemTaste = Vectors.gaussian(random, items, DIM);
        double[] popularity = IntStream.range(0, items).mapToDouble(i -> popularitySpread * random.nextGaussian()).toArray();
        int[] counts = counts(random);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            for (int u = 0; u < users; u++) {
                double[] keys = new double[items];
                double[] match = new double[items];
                for (int i = 0; i < items; i++) {
                    match[i] = Vectors.dot(userTaste[u], itemTaste[i]) / Math.sqrt(DIM);
                    keys[i] = popularity[i] + 1.5 * match[i] - Math.log(-Math.log(random.nextDouble() + 1e-300));
                }
                Integer[] order = IntStream.range(0, items).boxed().toArray(Integer[]::new);
                Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -keys[i]));
                long t = START + random.nextInt(60 * 86_400);
                for (int n = 0; n < counts[u]; n++) {
                    int i = order[n];
                    int stars = (int) Math.max(1, Math.min(5, Math.round(3.6 + 0.9 * match[i] + 0.8 * random.nextGaussian())));
                    t += 1 + random.nextInt(3 * 86_400 / Math.max(1, counts[u] / 20));
                    out.write((u + 1) + "\t" + (i + 1) + "\t" + stars + "\t" + t + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic ratings to " + file, e);
        }
        return file;
    }

    // At least MIN_PER_USER each; the rest shared by log-normal activity, largest remainders first.
    private int[] counts(SplittableRandom random) {
        double[] weight = IntStream.range(0, users).mapToDouble(u -> Math.exp(1.1 * random.nextGaussian())).toArray();
        double total = Arrays.stream(weight).sum();
        int spare = ratings - users * MIN_PER_USER;
        int[] counts = new int[users];
        double[] remainder = new double[users];
        int given = 0;
        for (int u = 0; u < users; u++) {
            double share = spare * weight[u] / total;
            counts[u] = MIN_PER_USER + (int) share;
            remainder[u] = share - (int) share;
            given += (int) share;
        }
        Integer[] byRemainder = IntStream.range(0, users).boxed().toArray(Integer[]::new);
        Arrays.sort(byRemainder, Comparator.comparingDouble((Integer u) -> -remainder[u]));
        for (int n = 0; given < spare; n = (n + 1) % users) {
            if (counts[byRemainder[n]] < items) {
                counts[byRemainder[n]]++;
                given++;
            }
        }
        // A user cannot rate more items than exist: move the excess to others.
        int excess = 0;
        for (int u = 0; u < users; u++) {
            excess += Math.max(0, counts[u] - items);
            counts[u] = Math.min(counts[u], items);
        }
        for (int u = 0; excess > 0; u = (u + 1) % users) {
            if (counts[u] < items) {
                counts[u]++;
                excess--;
            }
        }
        return counts;
    }
}
