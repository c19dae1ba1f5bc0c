package io.ctxrec.routes.recommend;

import io.ctxrec.domain.fallback.PurchaseIntent;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Product;
import io.ctxrec.domain.port.InteractionHistory;
import io.ctxrec.domain.port.ProductCatalog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The active products and each one's purchase intent (carts plus purchases by anyone), read at most
 * once per {@code refreshEvery}: every request scores the same candidates, and counting intent over all
 * interactions is too much work for each request. While one request refreshes, others use the old one.
 */
public class ShopSnapshot {
    /** One reading of the shop. */
    public record Shop(List<Product> active, Map<String, Long> purchaseIntent, Instant readAt) {
        public Shop {
            active = List.copyOf(active);
            purchaseIntent = Map.copyOf(purchaseIntent);
        }
    }

    private final ProductCatalog catalog;
    private final InteractionHistory history;
    private final Duration refreshEvery;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Shop shop;

    public ShopSnapshot(ProductCatalog catalog, InteractionHistory history, Duration refreshEvery, Clock clock) {
        this.catalog = catalog;
        this.history = history;
        this.refreshEvery = refreshEvery;
        this.clock = clock;
    }

    public Shop current() {
        Shop held = shop;
        Instant now = clock.instant();
        if (held != null && now.isBefore(held.readAt().plus(refreshEvery))) {
            return held;
        }
        if (held != null && !refreshing.tryLock()) {
            return held;
        }
        if (held == null) {
            refreshing.lock();
        }
        try {
            if (shop == held) {
                List<Interaction> positives = new ArrayList<>();
                history.forEach(i -> {
                    if (i.action().isPositive()) {
                        positives.add(i);
                    }
                });
                shop = new Shop(catalog.active(), PurchaseIntent.count(positives), now);
            }
            return shop;
        } finally {
            refreshing.unlock();
        }
    }
}
