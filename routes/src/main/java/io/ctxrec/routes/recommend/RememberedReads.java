package io.ctxrec.routes.recommend;

import io.ctxrec.adapters.jdbc.JdbcAdapters;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ModelRun;
import io.ctxrec.domain.port.ModelRunLog;
import io.ctxrec.domain.port.Page;
import io.ctxrec.domain.port.ProductCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The JDBC ports the recommendation routes read through, remembering per user and per product the
 * database reads of a request answered from the cache: the user's latest interaction and latest run, the
 * products to hydrate (the stored lists are {@link StoredLists}). What this process writes (a run, an interaction
 * through {@link #interactionHistory()}) takes effect at once; what another process writes, within
 * {@code recheck} ({@code ctxrec.cache.recheck-seconds}). Each kind holds at most {@value #HELD} keys,
 * the least used dropped first (and read again when asked for). Everything else goes straight to the
 * JDBC adapters. While the database is down, what is held answers past its recheck ({@link Remembered}).
 */
public final class RememberedReads {
    static final int HELD = 100_000;

    private final InteractionHistory history;
    private final ModelRunLog runs;
    private final ProductCatalog catalog;
    private final DatabaseWatch watch;

    public RememberedReads(JdbcAdapters jdbc, Duration recheck, Clock clock) {
        this.watch = new DatabaseWatch(clock);
        this.history = new History(jdbc.interactionHistory(), new Remembered<>(recheck, HELD, clock, watch));
        this.runs = new Runs(jdbc.modelRunLog(), new Remembered<>(recheck, HELD, clock, watch));
        this.catalog = new Catalog(jdbc.productCatalog(), new Remembered<>(recheck, HELD, clock, watch));
    }

    /** Whether the database answered the last read: while not, what is held answers, and is stale. */
    public DatabaseWatch watch() {
        return watch;
    }

    /** Every writer of interactions in this process must record through this one. */
    public InteractionHistory interactionHistory() {
        return history;
    }

    public ModelRunLog modelRunLog() {
        return runs;
    }

    public ProductCatalog productCatalog() {
        return catalog;
    }

    private record History(InteractionHistory db, Remembered<Optional<Instant>> latest) implements InteractionHistory {
        @Override
        public void record(Interaction interaction) {
            db.record(interaction);
            latest.invalidate(interaction.userId());
        }

        @Override
        public List<Interaction> forUser(String userId) {
            return db.forUser(userId);
        }

        @Override
        public Optional<Instant> latestAt(String userId) {
            return latest.get(userId, db::latestAt);
        }

        @Override
        public void forEach(Consumer<Interaction> sink) {
            db.forEach(sink);
        }

        @Override
        public long count() {
            return db.count();
        }
    }

    /** Only the latest run of a user is kept: the one a cached answer reports the metrics of. */
    private record Runs(ModelRunLog db, Remembered<List<ModelRun>> latest) implements ModelRunLog {
        @Override
        public void record(ModelRun run) {
            db.record(run);
            latest.put(run.userId(), List.of(run));
        }

        @Override
        public List<ModelRun> latest(String userId, int limit) {
            return limit == 1 ? latest.get(userId, u -> db.latest(u, 1)) : db.latest(userId, limit);
        }
    }

    private record Catalog(ProductCatalog db, Remembered<Optional<Product>> products) implements ProductCatalog {
        @Override
        public Optional<Product> find(String productId) {
            return products.get(productId, db::find);
        }

        @Override
        public List<Product> findAll(Collection<String> productIds) {
            // The products not held (or due a recheck) are read in one query; one not found is held as absent.
            Map<String, Optional<Product>> found = products.getAll(productIds, missing -> {
                Map<String, Optional<Product>> read = new HashMap<>();
                missing.forEach(id -> read.put(id, Optional.empty()));
                db.findAll(List.copyOf(missing)).forEach(p -> read.put(p.id(), Optional.of(p)));
                return read;
            });
            return productIds.stream().distinct().map(found::get).flatMap(Optional::stream).toList();
        }

        @Override
        public List<Product> active() {
            return db.active();
        }

        @Override
        public List<Product> all() {
            return db.all();
        }

        @Override
        public Page<Product> page(String category, int offset, int limit) {
            return db.page(category, offset, limit);
        }

        @Override
        public long count() {
            return db.count();
        }
    }
}
