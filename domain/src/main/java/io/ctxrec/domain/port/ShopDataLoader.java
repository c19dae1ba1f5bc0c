package io.ctxrec.domain.port;

/** Loads a batch of shop data all-or-nothing. */
public interface ShopDataLoader {

    /**
     * Inserts the users and products that do not exist yet (existing ones are updated), then the
     * interactions and ratings, in one transaction: on any failure nothing is kept.
     */
    void load(ShopData data);

    /** True when the shop has no products and no interactions yet (a fresh demo database). */
    boolean isEmpty();
}
