package io.ctxrec.bench;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.Page;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.domain.port.Ratings;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.training.pipeline.ShopSources;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Generated shop data behind the read side of the ports training uses, so a benchmark can train on the
 * large shop without loading it into a database first, which for millions of rows is slow. Read-only: the
 * methods training never calls refuse.
 */
final class InMemoryShop {
    private InMemoryShop() {
    }

    /** @param data interactions oldest first, as {@code ShopGenerator} makes them */
    static ShopSources of(ShopData data) {
        return new ShopSources(new History(data.interactions()), new Catalog(data.products()),
                new RatingList(data.ratings()));
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the benchmark's shop only feeds training");
    }

    private record History(List<Interaction> rows) implements InteractionHistory {
        @Override
        public void forEach(Consumer<Interaction> sink) {
            rows.forEach(sink);
        }

        @Override
        public long count() {
            return rows.size();
        }

        @Override
        public void record(Interaction interaction) {
            throw readOnly();
        }

        @Override
        public List<Interaction> forUser(String userId) {
            throw readOnly();
        }

        @Override
        public Optional<Instant> latestAt(String userId) {
            throw readOnly();
        }
    }

    private record Catalog(List<Product> products) implements ProductCatalog {
        @Override
        public List<Product> all() {
            return products.stream().sorted(Comparator.comparing(Product::id)).toList();
        }

        @Override
        public long count() {
            return products.size();
        }

        @Override
        public Optional<Product> find(String productId) {
            throw readOnly();
        }

        @Override
        public List<Product> findAll(Collection<String> productIds) {
            throw readOnly();
        }

        @Override
        public List<Product> active() {
            throw readOnly();
        }

        @Override
        public Page<Product> page(String category, int offset, int limit) {
            throw readOnly();
        }
    }

    private record RatingList(List<Rating> rows) implements Ratings {
        @Override
        public void forEach(Consumer<Rating> sink) {
            rows.forEach(sink);
        }

        @Override
        public long count() {
            return rows.size();
        }

        @Override
        public void record(Rating rating) {
            throw readOnly();
        }

        @Override
        public List<Rating> forProduct(String productId, int limit) {
            throw readOnly();
        }
    }
}
