package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.routes.api.ApiJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A stored list's answer rendered once: the same JSON as rendering the answer whole, at any limit. */
class CachedAnswerTest {
    private static RecommendedProduct product(int i) {
        return new RecommendedProduct("p" + i, "Name \"" + i + "\", items:[]", new BigDecimal("9.99"), 0.1,
                "https://img/" + i, "shoes", "acme", 1.0 / i, "model");
    }

    private static RecommendationResponse answer(int items) {
        List<RecommendedProduct> products = java.util.stream.IntStream.rangeClosed(1, items)
                .mapToObj(CachedAnswerTest::product).toList();
        return new RecommendationResponse("u1", "cache", true, "ENCM", "v1", Map.of("device_type", "mobile"),
                Map.of("ENCM", Map.of("map@10", 0.25)), products, Instant.parse("2026-07-01T21:00:00Z"));
    }

    private static String text(byte[] json) {
        return new String(json, StandardCharsets.UTF_8);
    }

    @Test
    void isTheJsonOfTheWholeAnswer_cutToEachLimitAsTheShorterAnswerWouldRender() {
        CachedAnswer held = CachedAnswer.render(answer(4), ApiJson::render);

        assertThat(text(held.json())).isEqualTo(text(ApiJson.render(answer(4))));
        for (int limit = 1; limit <= 3; limit++) {
            CachedAnswer cut = held.limitedTo(limit);
            assertThat(text(cut.json())).isEqualTo(text(ApiJson.render(answer(limit))));
            assertThat(cut.response()).isEqualTo(answer(limit));
        }
        assertThat(held.limitedTo(4)).isSameAs(held);
        assertThat(held.limitedTo(10)).isSameAs(held);
    }

    @Test
    void anAnswerWithoutItemsRendersAsOne() {
        CachedAnswer none = CachedAnswer.render(answer(0), ApiJson::render);

        assertThat(text(none.json())).isEqualTo(text(ApiJson.render(answer(0)))).contains("\"items\":[]");
    }
}
