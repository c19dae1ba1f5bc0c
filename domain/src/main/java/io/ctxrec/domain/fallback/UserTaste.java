package io.ctxrec.domain.fallback;

import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the fallback knows of a user: the categories and brands of products they touched, and the
 * product ids never to recommend to them (typically what they already bought; may be empty).
 */
public record UserTaste(Set<String> categories, Set<String> brands, Set<String> excluded) {
    /** A user with no history. */
    public static final UserTaste NONE = new UserTaste(Set.of(), Set.of(), Set.of());

    public UserTaste {
        categories = Set.copyOf(categories);
        brands = Set.copyOf(brands);
        excluded = Set.copyOf(excluded);
    }

    /** From a user's interactions; products missing from {@code catalog} add no category or brand. */
    public static UserTaste from(Iterable<Interaction> history, Map<String, Product> catalog) {
        Set<String> categories = new HashSet<>();
        Set<String> brands = new HashSet<>();
        Set<String> purchased = new HashSet<>();
        for (Interaction i : history) {
            Product p = catalog.get(i.productId());
            if (p != null && p.category() != null) {
                categories.add(p.category());
            }
            if (p != null && p.brand() != null) {
                brands.add(p.brand());
            }
            if (i.action() == Action.PURCHASE) {
                purchased.add(i.productId());
            }
        }
        return new UserTaste(categories, brands, purchased);
    }
}
