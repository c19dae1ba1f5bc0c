package io.ctxrec.domain.testdata;

import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.Page;
import io.ctxrec.domain.port.ProductCatalog;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link ProductCatalog} in a map ordered by id. */
public final class InMemoryProductCatalog implements ProductCatalog {
    private final Map<String, Product> products = new TreeMap<>();

    public static InMemoryProductCatalog of(Product... listed) {
        InMemoryProductCatalog catalog = new InMemoryProductCatalog();
        List.of(listed).forEach(catalog::add);
        return catalog;
    }

    public void add(Product product) {
        products.put(product.id(), product);
    }

    @Override
    public Optional<Product> find(String productId) {
        return Optional.ofNullable(products.get(productId));
    }

    @Override
    public List<Product> findAll(Collection<String> productIds) {
        return productIds.stream().distinct().map(products::get).filter(Objects::nonNull).toList();
    }

    @Override
    public List<Product> active() {
        return products.values().stream().filter(Product::isActive).toList();
    }

    @Override
    public List<Product> all() {
        return List.copyOf(products.values());
    }

    @Override
    public Page<Product> page(String category, int offset, int limit) {
        List<Product> matching = products.values().stream()
                .filter(p -> category == null || category.equals(p.category())).toList();
        List<Product> items = matching.stream().skip(offset).limit(limit).toList();
        return new Page<>(items, offset, limit, matching.size());
    }

    @Override
    public long count() {
        return products.size();
    }
}
