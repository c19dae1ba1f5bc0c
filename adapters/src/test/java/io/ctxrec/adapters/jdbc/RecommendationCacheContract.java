package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.RecommendedItem;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class RecommendationCacheContract extends DatabaseContract {
    private static final Instant AT = Instant.parse("2026-01-05T10:15:30.250Z");

    private static CachedRecommendations list(String user, String version, RecommendedItem... items) {
        return new CachedRecommendations(user, "ENCM", version, AT, List.of(items));
    }

    @Test
    void findsTheStoredListInRankOrderWithItsModelAndTime() {
        CachedRecommendations stored = list("u1", "v7", new RecommendedItem("p3", 0.91, Reason.MODEL),
                new RecommendedItem("p1", 0.5, Reason.SAME_CATEGORY), new RecommendedItem("p2", 0.125, Reason.POPULAR));
        adapters.recommendationCache().replace(stored);

        assertThat(adapters.recommendationCache().find("u1")).contains(stored);
        assertThat(adapters.recommendationCache().find("u2")).isEmpty();
    }

    @Test
    void replaceDropsEveryItemOfTheEarlierList() {
        adapters.recommendationCache().replace(list("u1", "v1", new RecommendedItem("p1", 0.9, Reason.MODEL),
                new RecommendedItem("p2", 0.8, Reason.MODEL), new RecommendedItem("p3", 0.7, Reason.MODEL)));
        CachedRecommendations newer = list("u1", "v2", new RecommendedItem("p9", 0.3, Reason.SAME_BRAND));

        adapters.recommendationCache().replace(newer);

        assertThat(adapters.recommendationCache().find("u1")).contains(newer);
    }

    @Test
    void aReplaceThatFailsKeepsTheEarlierList() {
        CachedRecommendations earlier = list("u1", "v1", new RecommendedItem("p1", 0.9, Reason.MODEL));
        adapters.recommendationCache().replace(earlier);
        CachedRecommendations broken = list("u1", "v2", new RecommendedItem("p2", 0.8, Reason.MODEL),
                new RecommendedItem("p3", Double.POSITIVE_INFINITY, Reason.MODEL));

        assertThatThrownBy(() -> adapters.recommendationCache().replace(broken))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score of p3 is infinite");
        assertThat(adapters.recommendationCache().find("u1")).contains(earlier);
    }

    @Test
    void clearForgetsOnlyThatUsersListAndCountsTheRows() {
        adapters.recommendationCache().replace(list("u1", "v1", new RecommendedItem("p1", 0.9, Reason.MODEL),
                new RecommendedItem("p2", 0.8, Reason.MODEL)));
        CachedRecommendations kept = list("u2", "v1", new RecommendedItem("p1", 0.4, Reason.MODEL));
        adapters.recommendationCache().replace(kept);

        assertThat(adapters.recommendationCache().clear("u1")).isEqualTo(2);
        assertThat(adapters.recommendationCache().find("u1")).isEmpty();
        assertThat(adapters.recommendationCache().find("u2")).contains(kept);
        assertThat(adapters.recommendationCache().clear("u1")).isZero();
    }
}
