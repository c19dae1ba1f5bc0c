package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.Page;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.routes.MovableClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ShopSnapshotTest {
    private final Catalog catalog = new Catalog();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T09:30:00Z"));

    @Test
    void aDueReadingIsMadeInTheBackground_requestsKeepTheHeldOneMeanwhile() {
        ShopSnapshot snapshot = new ShopSnapshot(catalog, new NoInteractions(), Duration.ofSeconds(60), clock);
        catalog.active = List.of(product("a"));
        assertThat(ids(snapshot.current())).containsExactly("a");

        catalog.active = List.of(product("b"));
        assertThat(ids(snapshot.current())).as("not due yet").containsExactly("a");
        clock.now = clock.now.plusSeconds(61);
        Instant due = clock.now;

        catalog.reading = new CountDownLatch(1);
        assertThat(ids(snapshot.current())).as("due: the held one answers").containsExactly("a");
        assertThat(ids(snapshot.current())).as("while the reading is made").containsExactly("a");
        catalog.reading.countDown();
        await().atMost(Duration.ofSeconds(10)).until(() -> ids(snapshot.current()).equals(List.of("b")));
        assertThat(snapshot.current().readAt()).isEqualTo(due);
    }

    @Test
    void withZeroRefreshEveryRequestReadsTheShop() {
        ShopSnapshot snapshot = new ShopSnapshot(catalog, new NoInteractions(), Duration.ZERO, clock);
        catalog.active = List.of(product("a"));
        assertThat(ids(snapshot.current())).containsExactly("a");

        catalog.active = List.of(product("b"));

        assertThat(ids(snapshot.current())).containsExactly("b");
    }

    @Test
    void aNewReadingKeepsTheHeldObjectsOfWhatDidNotChange() {
        Product a = product("a");
        Product b = product("b");
        ShopSnapshot.Shop held = new ShopSnapshot.Shop(List.of(a, b), java.util.Map.of("a", 2L), clock.now);
        Instant later = clock.now.plusSeconds(60);

        ShopSnapshot.Shop same = ShopSnapshot.sameAsHeld(new ShopSnapshot.Shop(List.of(product("a"), product("b")),
                java.util.Map.of("a", 2L), later), held);
        assertThat(same.active()).isSameAs(held.active());
        assertThat(same.purchaseIntent()).isSameAs(held.purchaseIntent());
        assertThat(same.readAt()).isEqualTo(later);

        Product cheaper = new Product("b", "Product b", new BigDecimal("5.00"), 0, null, "c", "b", Product.ACTIVE, 0,
                0, 0);
        ShopSnapshot.Shop changed = ShopSnapshot.sameAsHeld(new ShopSnapshot.Shop(List.of(product("c"), product("a"),
                cheaper), java.util.Map.of("a", 3L), later), held);
        assertThat(ids(changed)).containsExactly("c", "a", "b");
        assertThat(changed.active().get(1)).as("unchanged: the held object").isSameAs(a);
        assertThat(changed.active().get(2)).as("changed: the new one").isSameAs(cheaper).isNotEqualTo(b);
        assertThat(changed.purchaseIntent()).containsEntry("a", 3L);
    }

    private static List<String> ids(ShopSnapshot.Shop shop) {
        return shop.active().stream().map(Product::id).toList();
    }

    private static Product product(String id) {
        return new Product(id, "Product " + id, new BigDecimal("9.99"), 0, null, "c", "b", Product.ACTIVE, 0, 0, 0);
    }

    private static final class Catalog implements ProductCatalog {
        volatile List<Product> active = List.of();
        /** While set, a reading of the active products waits for it: it is still being made. */
        volatile CountDownLatch reading;

        @Override
        public Optional<Product> find(String productId) {
            return active.stream().filter(p -> p.id().equals(productId)).findFirst();
        }

        @Override
        public List<Product> findAll(Collection<String> productIds) {
            return active.stream().filter(p -> productIds.contains(p.id())).toList();
        }

        @Override
        public List<Product> active() {
            CountDownLatch gate = reading;
            if (gate != null) {
                try {
                    gate.await(10, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return active;
        }

        @Override
        public List<Product> all() {
            return active;
        }

        @Override
        public Page<Product> page(String category, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count() {
            return active.size();
        }
    }

    private static final class NoInteractions implements InteractionHistory {
        @Override
        public void record(Interaction interaction) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Interaction> forUser(String userId) {
            return List.of();
        }

        @Override
        public Optional<Instant> latestAt(String userId) {
            return Optional.empty();
        }

        @Override
        public void forEach(Consumer<Interaction> sink) {
        }

        @Override
        public long count() {
            return 0;
        }
    }
}
