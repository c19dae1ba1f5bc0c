package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.RecommendationCache;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.routes.MovableClock;
import io.ctxrec.routes.api.ApiJson;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StoredListsTest {
    private static final ListContext EVENING = new ListContext(Map.of("device_type", "desktop", "time_of_day",
            "evening", "season", "summer"));
    private static final Instant MADE = Instant.parse("2026-07-01T21:00:00Z");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-07-01T21:00:05Z"));
    private final Table table = new Table();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile BigDecimal price = new BigDecimal("9.99");
    private final StoredLists lists = new StoredLists(table, Duration.ofSeconds(10), 1 << 20, clock);

    @Test
    void aListReadAgainAtItsRecheckUnchangedKeepsTheObjectsHeld() {
        table.list = list("p1", "p2");
        StoredLists.Held first = lists.find("u1", EVENING, this::held).orElseThrow();

        clock.now = clock.now.plusSeconds(11);
        StoredLists.Held again = lists.find("u1", EVENING, this::held).orElseThrow();

        assertThat(reads).as("read again from the database at the recheck").hasValue(2);
        assertThat(again).isSameAs(first);
    }

    @Test
    void aListChangedInTheDatabase_orAProductOfItsAnswer_isTheNewOneAfterTheRecheck() {
        table.list = list("p1", "p2");
        StoredLists.Held first = lists.find("u1", EVENING, this::held).orElseThrow();

        table.list = list("p2", "p1");
        clock.now = clock.now.plusSeconds(11);
        StoredLists.Held reordered = lists.find("u1", EVENING, this::held).orElseThrow();
        assertThat(reordered).isNotSameAs(first);
        assertThat(reordered.list().items()).extracting(RecommendedItem::productId).containsExactly("p2", "p1");

        price = new BigDecimal("7.50");
        clock.now = clock.now.plusSeconds(11);
        StoredLists.Held repriced = lists.find("u1", EVENING, this::held).orElseThrow();
        assertThat(repriced).isNotSameAs(reordered);
        assertThat(new String(repriced.answer().json(), java.nio.charset.StandardCharsets.UTF_8)).contains("7.5");
    }

    private StoredLists.Held held(CachedRecommendations list) {
        reads.incrementAndGet();
        List<RecommendedProduct> products = list.items().stream().map(i -> new RecommendedProduct(i.productId(),
                "Product " + i.productId(), price, 0, null, "c", "b", i.score(), i.reason().code())).toList();
        RecommendationResponse response = new RecommendationResponse(list.userId(), "cache", true, list.modelName(),
                list.modelVersion(), list.context().features(), Map.of(), products, list.createdAt());
        return new StoredLists.Held(list, CachedAnswer.render(response, ApiJson::render));
    }

    /** A new but equal list at every read, as the database gives it. */
    private static CachedRecommendations list(String... products) {
        List<RecommendedItem> items = new java.util.ArrayList<>();
        for (int i = 0; i < products.length; i++) {
            items.add(new RecommendedItem(products[i], 0.9 - i * 0.1, Reason.MODEL));
        }
        return new CachedRecommendations("u1", EVENING, "ENCM", "v1", MADE, items);
    }

    private static final class Table implements RecommendationCache {
        volatile CachedRecommendations list;

        @Override
        public Optional<CachedRecommendations> find(String userId, ListContext context) {
            CachedRecommendations l = list;
            return l == null ? Optional.empty() : Optional.of(new CachedRecommendations(l.userId(), l.context(),
                    l.modelName(), l.modelVersion(), l.createdAt(), List.copyOf(l.items())));
        }

        @Override
        public void replace(CachedRecommendations list, Instant dropBefore) {
            this.list = list;
        }

        @Override
        public int clear(String userId) {
            list = null;
            return 1;
        }
    }
}
