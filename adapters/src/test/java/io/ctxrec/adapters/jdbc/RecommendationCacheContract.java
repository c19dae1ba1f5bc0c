package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.RecommendedItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

abstract class RecommendationCacheContract extends DatabaseContract {
    private static final Instant AT = Instant.parse("2026-01-05T10:15:30.250Z");

    private static final ListContext EVENING = new ListContext(Map.of("device_type", "desktop",
            "time_of_day", "evening", "season", "summer"));
    private static final ListContext MORNING = new ListContext(Map.of("device_type", "desktop",
            "time_of_day", "morning", "season", "winter", "weather", "rain & wind"));

    private static CachedRecommendations list(String user, String version, RecommendedItem... items) {
        return listIn(EVENING, user, version, AT, items);
    }

    private static CachedRecommendations listIn(ListContext context, String user, String version, Instant at,
                                                RecommendedItem... items) {
        return new CachedRecommendations(user, context, "ENCM", version, at, List.of(items));
    }

    private void replace(CachedRecommendations list) {
        adapters.recommendationCache().replace(list, AT.minusSeconds(3600));
    }

    private Optional<CachedRecommendations> find(String user) {
        return adapters.recommendationCache().find(user, EVENING);
    }

    @Test
    void aListAnswersOnlyItsOwnContext_eachContextKeepsItsList() {
        CachedRecommendations evening = list("u1", "v1", new RecommendedItem("p1", 0.9, Reason.MODEL));
        CachedRecommendations morning = listIn(MORNING, "u1", "v1", AT, new RecommendedItem("p2", 0.8, Reason.MODEL),
                new RecommendedItem("p3", 0.7, Reason.MODEL));
        replace(evening);

        assertThat(adapters.recommendationCache().find("u1", MORNING)).isEmpty();
        replace(morning);

        assertThat(find("u1")).contains(evening);
        assertThat(adapters.recommendationCache().find("u1", MORNING)).contains(morning);
        assertThat(adapters.recommendationCache().clear("u1")).isEqualTo(3);
        assertThat(find("u1")).isEmpty();
        assertThat(adapters.recommendationCache().find("u1", MORNING)).isEmpty();
    }

    @Test
    void aReplaceDropsTheUsersExpiredListsOfOtherContexts() {
        replace(listIn(MORNING, "u1", "v1", AT.minusSeconds(7200), new RecommendedItem("p2", 0.8, Reason.MODEL)));
        replace(listIn(MORNING, "u2", "v1", AT.minusSeconds(7200), new RecommendedItem("p2", 0.8, Reason.MODEL)));

        replace(list("u1", "v1", new RecommendedItem("p1", 0.9, Reason.MODEL)));

        assertThat(adapters.recommendationCache().find("u1", MORNING)).isEmpty();
        assertThat(adapters.recommendationCache().find("u2", MORNING)).isPresent();
    }

    @Test
    void findsTheStoredListInRankOrderWithItsModelAndTime() {
        CachedRecommendations stored = list("u1", "v7", new RecommendedItem("p3", 0.91, Reason.MODEL),
                new RecommendedItem("p1", 0.5, Reason.SAME_CATEGORY), new RecommendedItem("p2", 0.125, Reason.POPULAR));
        replace(stored);

        assertThat(find("u1")).contains(stored);
        assertThat(find("u2")).isEmpty();
    }

    @Test
    void replaceDropsEveryItemOfTheEarlierList() {
        replace(list("u1", "v1", new RecommendedItem("p1", 0.9, Reason.MODEL),
                new RecommendedItem("p2", 0.8, Reason.MODEL), new RecommendedItem("p3", 0.7, Reason.MODEL)));
        CachedRecommendations newer = list("u1", "v2", new RecommendedItem("p9", 0.3, Reason.SAME_BRAND));

        replace(newer);

        assertThat(find("u1")).contains(newer);
    }

    /**
     * Many requests save lists at once (bench serve: 32 clients). On InnoDB, concurrent delete-and-insert of
     * neighbouring users deadlocked and the request failed; a transaction the database rolls back as a
     * deadlock is run again.
     */
    @Test
    void concurrentReplacesOfNeighbouringUsersAllLand() throws Exception {
        int threads = 8;
        int rounds = 30;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        String user = "u" + (10 + (round * threads + thread) % 12);
                        RecommendedItem[] items = new RecommendedItem[10];
                        for (int i = 0; i < items.length; i++) {
                            items[i] = new RecommendedItem("p" + (thread * 100 + i), 1.0 - i * 0.01, Reason.MODEL);
                        }
                        replace(list(user, "v" + thread, items));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int u = 10; u < 22; u++) {
            CachedRecommendations found = find("u" + u).orElseThrow();
            int thread = Integer.parseInt(found.modelVersion().substring(1));
            assertThat(found.items()).as("u%d: one whole list, of the thread that wrote last", u).hasSize(10)
                    .allSatisfy(item -> assertThat(Integer.parseInt(item.productId().substring(1)) / 100)
                            .isEqualTo(thread));
        }
    }

    /**
     * All writers hit one user at the same instant, each with a list of its own length: in even rounds
     * the user has no list yet, in odd rounds it has the previous round's. Exactly one whole list remains.
     */
    @Test
    void concurrentReplacesOfOneUserLeaveOneWholeListOfAnyLength() throws Exception {
        int threads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int round = 0; round < 16; round++) {
                String user = "same" + round / 2;
                List<Runnable> writers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    writers.add(replaceBy(user, t));
                }
                atOnce(pool, writers);
                assertOneWholeList(user);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aClearRacingReplacesLeavesNoListOrOneWholeList() throws Exception {
        int threads = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            for (int round = 0; round < 10; round++) {
                String user = "cleared" + round;
                replace(list(user, "v9", itemsOf(9, 10)));
                List<Runnable> writers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    writers.add(replaceBy(user, t));
                }
                writers.add(() -> adapters.recommendationCache().clear(user));
                atOnce(pool, writers);
                if (find(user).isPresent()) {
                    assertOneWholeList(user);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Writer {@code thread} replaces the user's list with its own: version v{thread}, thread+1 items. */
    private Runnable replaceBy(String user, int thread) {
        return () -> replace(list(user, "v" + thread, itemsOf(thread, thread + 1)));
    }

    /** Starts every writer at one barrier on the pool and waits until all are done (a failure rethrown). */
    private static void atOnce(ExecutorService pool, List<Runnable> writers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(writers.size());
        List<Future<?>> done = new ArrayList<>();
        for (Runnable writer : writers) {
            done.add(pool.submit(() -> {
                start.await(1, TimeUnit.MINUTES);
                writer.run();
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(2, TimeUnit.MINUTES);
        }
    }

    /** {@code count} items of the writer {@code thread}: product ids p{thread*100+i}; writer t writes t+1. */
    private static RecommendedItem[] itemsOf(int thread, int count) {
        RecommendedItem[] items = new RecommendedItem[count];
        for (int i = 0; i < count; i++) {
            items[i] = new RecommendedItem("p" + (thread * 100 + i), 1.0 - i * 0.01, Reason.MODEL);
        }
        return items;
    }

    /** The user's list is exactly one writer's (its version v{thread}): all its thread+1 items, no other. */
    private void assertOneWholeList(String user) {
        CachedRecommendations found = find(user).orElseThrow();
        int thread = Integer.parseInt(found.modelVersion().substring(1));
        assertThat(found.items()).as("%s: one whole list, of writer %d", user, thread)
                .isEqualTo(List.of(itemsOf(thread, thread + 1)));
    }

    @Test
    void aReplaceThatFailsKeepsTheEarlierList() {
        CachedRecommendations earlier = list("u1", "v1", new RecommendedItem("p1", 0.9, Reason.MODEL));
        replace(earlier);
        CachedRecommendations broken = list("u1", "v2", new RecommendedItem("p2", 0.8, Reason.MODEL),
                new RecommendedItem("p3", Double.POSITIVE_INFINITY, Reason.MODEL));

        assertThatThrownBy(() -> replace(broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score of p3 is infinite");
        assertThat(find("u1")).contains(earlier);
    }

    @Test
    void clearForgetsOnlyThatUsersListAndCountsTheRows() {
        replace(list("u1", "v1", new RecommendedItem("p1", 0.9, Reason.MODEL),
                new RecommendedItem("p2", 0.8, Reason.MODEL)));
        CachedRecommendations kept = list("u2", "v1", new RecommendedItem("p1", 0.4, Reason.MODEL));
        replace(kept);

        assertThat(adapters.recommendationCache().clear("u1")).isEqualTo(2);
        assertThat(find("u1")).isEmpty();
        assertThat(find("u2")).contains(kept);
        assertThat(adapters.recommendationCache().clear("u1")).isZero();
    }
}
