package io.ctxrec.domain.port;

import io.ctxrec.domain.model.Product;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The shop's products. */
public interface ProductCatalog {

    Optional<Product> find(String productId);

    /** The products with these ids that exist, in no particular order. */
    List<Product> findAll(Collection<String> productIds);

    /** Every product with status {@code S1}, ordered by id. */
    List<Product> active();

    /** Every product, ordered by id (for training). */
    List<Product> all();

    /** A page ordered by id, optionally only one category (null for all). */
    Page<Product> page(String category, int offset, int limit);

    long count();
}
