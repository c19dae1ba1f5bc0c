package io.ctxrec.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Frappe-shaped usage data made at run time, whose item choice depends on context, written as a csv of
 * the import format ({@code user_id,item_id,count,ctx_daytime,ctx_weather}, no timestamps: file order).
 * Each row is one use: a user (log-normal activity) in a context drawn uniformly (4 daytimes x 4 weathers,
 * independent of the user), choosing an item with weights exp(popularity + taste match + context match)
 * (Gumbel max), where an item's context match is the sum of its affinity to the row's daytime and to its
 * weather (each affinity standard normal, per item and value, times {@link #CONTEXT_STRENGTH}). So the
 * same user picks different items in different contexts, and a model that reads the context can know
 * which. Not data to learn about Frappe from: it is for measuring whether a model uses context at all.
 */
final class SyntheticContextUsage {
    /** The weight of the context match against the taste match (1.0) in an item's utility. */
    static final double CONTEXT_STRENGTH = 1.0;
    static final String HEADER = "user_id,item_id,count,ctx_daytime,ctx_weather";
    private static final String[] DAYTIMES = {"morning", "afternoon", "evening", "night"};
    private static final String[] WEATHERS = {"sunny", "cloudy", "rainy", "snowy"};
    private static final int DIM = 8;

    private final int users;
    private final int items;
    private final int rows;
    private final long seed;

    SyntheticContextUsage(int users, int items, int rows, long seed) {
        if (users < 1 || items < 2 || rows < 2 * users) {
            throw new IllegalArgumentException("--synthetic-context needs users >= 1, items >= 2 and rows >= 2 x users,"
                    + " was " + users + "x" + items + "x" + rows);
        }
        this.users = users;
        this.items = items;
        this.rows = rows;
        this.seed = seed;
    }

    /** {@code 1000x1000x100000}: users x items x rows. */
    static SyntheticContextUsage parse(String shape, long seed) {
        String[] p = shape.toLowerCase(Locale.ROOT).split("x");
        try {
            if (p.length == 3) {
                return new SyntheticContextUsage(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                        seed);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--synthetic-context must be USERSxITEMSxROWS such as 1000x1000x100000, "
                + "was '" + shape + "'");
    }

    String shape() {
        return users + "x" + items + "x" + rows;
    }

    Path write(Path file) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] userTaste = Vectors.gaussian(random, users, DIM);
        double[][] itemTaste = Vectors.gaussian(random, items, DIM);
        double[][] byDaytime = Vectors.gaussian(random, items, DAYTIMES.length);
        double[][] byWeather = Vectors.gaussian(random, items, WEATHERS.length);
        double[] popularity = new double[items];
        double[] activity = new double[users];
        for (int i = 0; i < items; i++) {
            popularity[i] = 1.2 * random.nextGaussian();
        }
        double total = 0;
        for (int u = 0; u < users; u++) {
            activity[u] = Math.exp(random.nextGaussian());
            total += activity[u];
        }
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(HEADER + "\n");
            // Every user gets two rows first, so each has a training row and a held-out one.
            for (int n = 0; n < rows; n++) {
                int u = n < 2 * users ? n % users : pick(random, activity, total);
                int daytime = random.nextInt(DAYTIMES.length);
                int weather = random.nextInt(WEATHERS.length);
                int best = 0;
                double bestKey = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < items; i++) {
                    double utility = popularity[i] + Vectors.dot(userTaste[u], itemTaste[i]) / Math.sqrt(DIM)
                            + CONTEXT_STRENGTH * (byDaytime[i][daytime] + byWeather[i][weather]);
                    double key = utility - Math.log(-Math.log(random.nextDouble() + 1e-300));
                    if (key > bestKey) {
                        bestKey = key;
                        best = i;
                    }
                }
                out.write("u" + (u + 1) + ",a" + (best + 1) + "," + (1 + random.nextInt(3)) + "," + DAYTIMES[daytime]
                        + "," + WEATHERS[weather] + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the synthetic context data to " + file, e);
        }
        return file;
    }

    private static int pick(SplittableRandom random, double[] weights, double total) {
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r <= 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
