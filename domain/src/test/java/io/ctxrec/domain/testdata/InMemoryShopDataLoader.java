package io.ctxrec.domain.testdata;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.port.ShopDataLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps loaded shop data in memory. Like the database it rejects a batch whose interactions or
 * ratings name a user or product that neither exists nor comes with the batch, and keeps nothing then;
 * {@link #failingWith} makes every later load fail, to test that callers handle a failed load.
 */
public final class InMemoryShopDataLoader implements ShopDataLoader {
    private final Map<String, User> users = new LinkedHashMap<>();
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final List<Rating> ratings = new ArrayList<>();
    private RuntimeException failure;
    private int loads;

    public InMemoryShopDataLoader failingWith(RuntimeException value) {
        this.failure = value;
        return this;
    }

    @Override
    public void load(ShopData data) {
        if (failure != null) {
            throw failure;
        }
        Set<String> batchUsers = data.users().stream().map(User::id).collect(Collectors.toSet());
        Set<String> batchProducts = data.products().stream().map(Product::id).collect(Collectors.toSet());
        data.interactions().forEach(i -> requireKnown(batchUsers, batchProducts, i.userId(), i.productId()));
        data.ratings().forEach(r -> requireKnown(batchUsers, batchProducts, r.userId(), r.productId()));
        data.users().forEach(u -> users.put(u.id(), u));
        data.products().forEach(p -> products.put(p.id(), p));
        interactions.addAll(data.interactions());
        ratings.addAll(data.ratings());
        loads++;
    }

    private void requireKnown(Set<String> batchUsers, Set<String> batchProducts, String userId, String productId) {
        if (!hasUser(userId) && !batchUsers.contains(userId)) {
            throw new IllegalArgumentException("unknown user " + userId);
        }
        if (!hasProduct(productId) && !batchProducts.contains(productId)) {
            throw new IllegalArgumentException("unknown product " + productId);
        }
    }

    @Override
    public boolean isEmpty() {
        return products.isEmpty() && interactions.isEmpty();
    }

    public boolean hasUser(String id) { return users.containsKey(id); }
    public boolean hasProduct(String id) { return products.containsKey(id); }
    public List<User> users() { return List.copyOf(users.values()); }
    public List<Product> products() { return List.copyOf(products.values()); }
    public List<Interaction> interactions() { return List.copyOf(interactions); }
    public List<Rating> ratings() { return List.copyOf(ratings); }
    /** How many batches were loaded successfully. */
    public int loads() { return loads; }
}
