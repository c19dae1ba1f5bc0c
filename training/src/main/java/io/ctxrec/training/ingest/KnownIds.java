package io.ctxrec.training.ingest;

import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.UserDirectory;
import java.util.function.Predicate;

/**
 * Which users and products the shop already has. An import creates placeholder entries only for the
 * others: the loader updates existing entries, and a placeholder must not overwrite a real product.
 */
public record KnownIds(Predicate<String> user, Predicate<String> product) {

    public static KnownIds in(UserDirectory users, ProductCatalog products) {
        return new KnownIds(id -> users.find(id).isPresent(), id -> products.find(id).isPresent());
    }

    /** For an empty shop. */
    public static KnownIds none() {
        return new KnownIds(id -> false, id -> false);
    }
}
