package io.ctxrec.domain.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A catalog entry. {@code discount} is a fraction (0.15 is 15 % off); status {@code S1} means on sale.
 */
public record Product(String id, String name, BigDecimal price, double discount, String imageUrl,
                      String category, String brand, String status, long viewCount,
                      double ratingAvg, int ratingCount) {

    public static final String ACTIVE = "S1";

    public Product {
        id = Ids.require(id, "productId");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("product " + id + ": name is required");
        }
        Objects.requireNonNull(price, "price");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("product " + id + ": price must not be negative");
        }
        if (!(discount >= 0 && discount < 1)) {
            throw new IllegalArgumentException("product " + id + ": discount must be in [0, 1), was " + discount);
        }
        if (viewCount < 0 || ratingCount < 0) {
            throw new IllegalArgumentException("product " + id + ": counts must not be negative");
        }
        if (ratingCount > 0 && !(ratingAvg >= 1 && ratingAvg <= 5)) {
            throw new IllegalArgumentException("product " + id + ": ratingAvg must be in [1, 5], was " + ratingAvg);
        }
        status = status == null || status.isBlank() ? ACTIVE : status;
    }

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
