package io.ctxrec.routes.recommend;

import io.ctxrec.domain.fallback.PurchaseIntent;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ProductCatalog;
import io.ctxrec.routes.Caches;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The active products and each one's purchase intent (carts plus purchases by anyone), read at most
 * once per {@code refreshEvery}: every request scores the same candidates, and counting intent over all
 * interactions is too much work for each request. The first reading (and every one, with a zero
 * {@code refreshEvery}) is made by the request that needs it; later ones in the background (Caffeine's
 * refresh-ahead, on the common pool) while requests go on with the reading held (a shop of millions of
 * interactions takes seconds to count). A failed re-reading is logged and tried again by the next request.
 */
public class ShopSnapshot {
    /** One reading of the shop. */
    public record Shop(List<Product> active, Map<String, Long> purchaseIntent, Instant readAt) {
        public Shop {
            active = List.copyOf(active);
            purchaseIntent = Map.copyOf(purchaseIntent);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ShopSnapshot.class);

    private final ProductCatalog catalog;
    private final InteractionHistory history;
    private final Clock clock;
    private final Caches.One<Shop> shop;

    public ShopSnapshot(ProductCatalog catalog, InteractionHistory history, Duration refreshEvery, Clock clock) {
        this.catalog = catalog;
        this.history = history;
        this.clock = clock;
        this.shop = Caches.refreshAhead(refreshEvery, clock, ForkJoinPool.commonPool(), Caches.reading(this::read));
    }

    public Shop current() {
        return shop.get();
    }

    private Shop read(Shop held) {
        Instant now = clock.instant();
        try {
            List<Interaction> positives = new ArrayList<>();
            history.forEach(i -> {
                if (i.action().isPositive()) {
                    positives.add(i);
                }
            });
            return sameAsHeld(new Shop(catalog.active(), PurchaseIntent.count(positives), now), held);
        } catch (RuntimeException e) {
            if (held != null) {
                LOG.warn("cannot re-read the shop; scoring goes on with the reading of {}: {}", held.readAt(),
                        e.toString());
            }
            throw e;
        }
    }

    /**
     * {@code fresh}, keeping the held reading's objects where nothing changed: the held list and intent
     * when they are equal, else each product equal to its held self. A reading is every product's
     * objects; kept whole, a fresh copy survived into the old generation and the next young collection
     * copied it (a long pause every reading); unchanged, the fresh objects die young.
     */
    static Shop sameAsHeld(Shop fresh, Shop held) {
        if (held == null) {
            return fresh;
        }
        List<Product> active = fresh.active();
        if (active.equals(held.active())) {
            active = held.active();
        } else {
            Map<String, Product> before = new HashMap<>(held.active().size() * 2);
            for (Product p : held.active()) {
                before.put(p.id(), p);
            }
            List<Product> kept = new ArrayList<>(active.size());
            for (Product p : active) {
                Product old = before.get(p.id());
                kept.add(p.equals(old) ? old : p);
            }
            active = kept;
        }
        Map<String, Long> intent = fresh.purchaseIntent().equals(held.purchaseIntent()) ? held.purchaseIntent()
                : fresh.purchaseIntent();
        return new Shop(active, intent, fresh.readAt());
    }
}
