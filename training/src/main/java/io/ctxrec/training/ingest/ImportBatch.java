package io.ctxrec.training.ingest;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.training.data.ProductStats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the good rows of one file and the users and products they need that the shop lacks.
 * New products get their view count and rating figures from the batch itself.
 */
final class ImportBatch {
    private final RowFormat format;
    private final KnownIds known;
    private final Set<String> seenUsers = new HashSet<>();
    private final Set<String> seenProducts = new HashSet<>();
    private final Map<String, User> newUsers = new LinkedHashMap<>();
    private final Map<String, Product> newProducts = new LinkedHashMap<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final List<Rating> ratings = new ArrayList<>();

    ImportBatch(RowFormat format, KnownIds known) {
        this.format = format;
        this.known = known;
    }

    void add(ParsedRow row) {
        Interaction i = row.interaction();
        if (seenUsers.add(i.userId()) && !known.user().test(i.userId())) {
            newUsers.put(i.userId(), new User(i.userId(), null));
        }
        if (seenProducts.add(i.productId()) && !known.product().test(i.productId())) {
            newProducts.put(i.productId(), format.newProduct(i.productId()));
        }
        interactions.add(i);
        if (row.rating() != null) {
            ratings.add(row.rating());
        }
    }

    int rows() {
        return interactions.size();
    }

    ShopData toShopData() {
        List<Product> products = ProductStats.addActivity(List.copyOf(newProducts.values()), interactions, ratings);
        return new ShopData(List.copyOf(newUsers.values()), products, interactions, ratings);
    }
}
