package io.ctxrec.training.data;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link ShopGenerator} makes. {@code interactions} is the exact number of interaction rows
 * (views, carts and purchases together); ratings come on top. {@code tasteStrength} scales how much
 * a user's latent taste steers the choice of product, {@code contextStrength} how much the time of
 * day, season and device do; 0 switches an effect off. Views fall in {@code [start, start + days)}.
 */
public record GeneratorSettings(int users, int products, int interactions, int categories, int brands,
                                long seed, double tasteStrength, double contextStrength, Instant start,
                                int days) {
    /** Beyond this a softmax is as good as an argmax, and the weights would underflow. */
    public static final double MAX_STRENGTH = 20;

    public GeneratorSettings {
        requireAtLeast(users, 1, "users");
        requireAtLeast(products, 1, "products");
        requireAtLeast(interactions, 0, "interactions");
        requireAtLeast(categories, 1, "categories");
        requireAtLeast(days, 1, "days");
        if (brands < categories) {
            throw new IllegalArgumentException("brands must be at least categories (" + categories
                    + ") so every category has a brand, was " + brands);
        }
        requireStrength(tasteStrength, "tasteStrength");
        requireStrength(contextStrength, "contextStrength");
        Objects.requireNonNull(start, "start");
    }

    /** The demo shop: a year of activity, generated in well under a second. */
    public static GeneratorSettings small() {
        return new GeneratorSettings(300, 200, 20_000, 10, 30, 42L, 3.0, 1.5,
                Instant.parse("2025-01-01T00:00:00Z"), 365);
    }

    /** A shop big enough to train and benchmark on. */
    public static GeneratorSettings large() {
        return new GeneratorSettings(50_000, 10_000, 2_000_000, 20, 200, 42L, 3.0, 1.5,
                Instant.parse("2025-01-01T00:00:00Z"), 365);
    }

    public GeneratorSettings withSeed(long value) {
        return new GeneratorSettings(users, products, interactions, categories, brands, value,
                tasteStrength, contextStrength, start, days);
    }

    public GeneratorSettings withSize(int newUsers, int newProducts, int newInteractions) {
        return new GeneratorSettings(newUsers, newProducts, newInteractions, categories, brands, seed,
                tasteStrength, contextStrength, start, days);
    }

    public GeneratorSettings withStrengths(double taste, double context) {
        return new GeneratorSettings(users, products, interactions, categories, brands, seed,
                taste, context, start, days);
    }

    private static void requireAtLeast(int value, int min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + ", was " + value);
        }
    }

    private static void requireStrength(double value, String field) {
        if (!(value >= 0 && value <= MAX_STRENGTH)) {
            throw new IllegalArgumentException(field + " must be in [0, " + MAX_STRENGTH + "], was " + value);
        }
    }
}
