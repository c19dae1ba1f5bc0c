package io.ctxrec.training.data;

import io.ctxrec.domain.model.User;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the users. A taste is the direction of one or two products the user likes (so tastes cluster
 * by category like products do); activity is log-normal, and the interaction rows are split between
 * users in proportion to it so that they add up exactly to the requested number.
 */
final class ShopperFactory {
    private static final double[] DEVICE_SHARES = {0.55, 0.35, 0.10};
    private static final List<String> FIRST = List.of("Ada", "Ben", "Chloe", "David", "Emma", "Felix", "Grace",
            "Hugo", "Iris", "Jonas", "Kira", "Liam", "Mia", "Noah", "Olivia", "Paul", "Quinn", "Rosa", "Sam", "Tara");
    private static final List<String> LAST = List.of("Smith", "Novak", "Garcia", "Müller", "Rossi", "Kowalski",
            "Dubois", "Jensen", "Silva", "Tanaka", "Okafor", "Larsen", "Nguyen", "Brown", "Costa", "Weber");

    private ShopperFactory() {
    }

    static List<Shopper> create(GeneratorSettings settings, Catalog catalog, SplittableRandom rng) {
        int n = settings.users();
        double[] activity = new double[n];
        double total = 0;
        for (int u = 0; u < n; u++) {
            activity[u] = Math.exp(0.8 * rng.nextGaussian());
            total += activity[u];
        }
        int[] rows = split(settings.interactions(), activity, total);
        List<Shopper> shoppers = new ArrayList<>(n);
        for (int u = 0; u < n; u++) {
            String name = FIRST.get(rng.nextInt(FIRST.size())) + " " + LAST.get(rng.nextInt(LAST.size()));
            User user = new User(SequenceIds.user(u, n), name);
            shoppers.add(new Shopper(u, user, taste(catalog, rng), devices(rng), rows[u]));
        }
        return shoppers;
    }

    private static double[] taste(Catalog catalog, SplittableRandom rng) {
        double[] v = catalog.vectors()[rng.nextInt(catalog.size())];
        if (rng.nextBoolean()) {
            v = Latent.plus(v, 1.0, catalog.vectors()[rng.nextInt(catalog.size())]);
        }
        return Latent.normalized(Latent.plus(v, 0.4, Latent.random(rng)));
    }

    /** Each user leans their own way from the shop-wide device shares. */
    private static double[] devices(SplittableRandom rng) {
        double[] p = new double[DEVICE_SHARES.length];
        double sum = 0;
        for (int d = 0; d < p.length; d++) {
            p[d] = DEVICE_SHARES[d] * Math.exp(0.8 * rng.nextGaussian());
            sum += p[d];
        }
        for (int d = 0; d < p.length; d++) {
            p[d] /= sum;
        }
        return p;
    }

    /** Floors of the proportional shares, the remainder one each to the first users. */
    static int[] split(int total, double[] weights, double weightSum) {
        int[] rows = new int[weights.length];
        long given = 0;
        for (int u = 0; u < weights.length; u++) {
            rows[u] = (int) Math.floor(total * (weights[u] / weightSum));
            given += rows[u];
        }
        for (int u = 0; given < total; u = (u + 1) % weights.length, given++) {
            rows[u]++;
        }
        return rows;
    }
}
