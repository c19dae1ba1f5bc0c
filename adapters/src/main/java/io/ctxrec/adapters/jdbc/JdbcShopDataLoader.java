package io.ctxrec.adapters.jdbc;

import io.ctxrec.adapters.jdbc.CommentRows.StarTotal;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.Rating;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.port.ShopDataLoader;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@link ShopDataLoader} in one transaction of JDBC batches: users and products first (upserted, so
 * the foreign keys of what follows hold), then interactions, then ratings. Loaded ratings are folded
 * into each product's rating average and count exactly as {@link JdbcRatings#record} does, on top of
 * whatever the product row itself brought.
 */
final class JdbcShopDataLoader implements ShopDataLoader {
    private final Jdbc jdbc;
    private final Clock clock;

    JdbcShopDataLoader(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void load(ShopData data) {
        Instant now = clock.instant();
        jdbc.inTransaction("loading shop data", connection -> {
            Batches.execute(connection, JdbcUserDirectory.UPSERT, data.users(), (s, u) -> {
                s.setString(1, u.id());
                s.setString(2, Columns.fit(u.name(), Columns.SHORT_TEXT, "user " + u.id() + ": name"));
                Columns.setTime(s, 3, now);
            });
            Batches.execute(connection, ProductRows.UPSERT, data.products(), (s, p) -> ProductRows.bindUpsert(s, p, now));
            Batches.execute(connection, InteractionRows.INSERT, inStoredTimeOrder(data.interactions()),
                    InteractionRows::bindInsert);
            Batches.execute(connection, CommentRows.INSERT, data.ratings(), CommentRows::bindInsert);
            CommentRows.addToAverages(connection, totals(data));
            return null;
        });
    }

    @Override
    public boolean isEmpty() {
        return jdbc.query("SELECT id FROM products LIMIT 1", Jdbc.NO_PARAMETERS, row -> 1).isEmpty()
                && jdbc.query("SELECT id FROM interactions LIMIT 1", Jdbc.NO_PARAMETERS, row -> 1).isEmpty();
    }

    /**
     * Every read orders interactions by (created_at, id), so inserting them sorted by the stored
     * millisecond (stable: equal times keep their order) changes nothing visible, while the time index
     * then grows at its end instead of everywhere, which makes the load faster.
     */
    private static List<Interaction> inStoredTimeOrder(List<Interaction> interactions) {
        List<Interaction> sorted = new ArrayList<>(interactions);
        sorted.sort(Comparator.comparing(i -> i.at().truncatedTo(ChronoUnit.MILLIS)));
        return sorted;
    }

    /** Sorted by product id, so concurrent loads lock product rows in the same order. */
    private static Map<String, StarTotal> totals(ShopData data) {
        Map<String, StarTotal> totals = new TreeMap<>();
        for (Rating r : data.ratings()) {
            totals.merge(r.productId(), StarTotal.of(r), StarTotal::plus);
        }
        return totals;
    }
}
