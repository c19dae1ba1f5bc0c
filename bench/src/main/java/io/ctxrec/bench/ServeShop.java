package io.ctxrec.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * The shops {@code bench serve} generates: {@code wide}, a small shop with a catalog of 100,000 products for
 * init's scoring, and {@code large}, the shop of {@code generate --size large} (50,000 users), whose retrain
 * is the nightly one of a real shop.
 */
enum ServeShop {
    WIDE(300, 100_000, 12_000, new int[] {1_000, 10_000, 100_000}),
    LARGE(50_000, 10_000, 2_000_000, new int[] {1_000, 10_000});

    private final int users;
    private final int products;
    private final int interactions;
    private final int[] sizes;

    ServeShop(int users, int products, int interactions, int[] sizes) {
        this.users = users;
        this.products = products;
        this.interactions = interactions;
        this.sizes = sizes;
    }

    static ServeShop named(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--size must be wide or large, was " + name));
    }

    int users() {
        return users;
    }

    int products() {
        return products;
    }

    int interactions() {
        return interactions;
    }

    int[] sizes() {
        return sizes.clone();
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
