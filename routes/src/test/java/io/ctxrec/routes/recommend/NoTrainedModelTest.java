package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.ModelRun;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NoTrainedModelTest extends RecommendationTestSupport {

    @Override
    ServingShop shop() {
        return ServingShop.untrained();
    }

    @Test
    void givenNoModels_thenTheHeuristicFallbackFillsTheLimitWithReasons() {
        context.start();
        String user = shop.buyer(1, 0);
        Map<String, String> categoryOf = shop.categoryOf();
        Set<String> touched = shop.jdbc.interactionHistory().forUser(user).stream()
                .map(i -> categoryOf.get(i.productId())).collect(Collectors.toSet());

        RecommendationResponse r = init(user, 7);

        assertThat(r.source()).isEqualTo("fallback");
        assertThat(r.model()).isEqualTo("heuristic");
        assertThat(r.modelVersion()).isEqualTo("none");
        assertThat(r.items()).hasSize(7);
        assertThat(ids(r)).doesNotContainAnyElementsOf(shop.purchases(user));
        List<Reason> reasons = r.items().stream().map(p -> Reason.parse(p.reason())).toList();
        assertThat(reasons).isSortedAccordingTo(java.util.Comparator.comparingInt(Reason::ordinal));
        assertThat(r.items()).allMatch(p -> !p.reason().equals("same-category") || touched.contains(p.category()));
        assertThat(reasons).doesNotContain(Reason.MODEL);

        assertThat(stored(user).orElseThrow().modelVersion()).isEqualTo("none");
        ModelRun run = shop.jdbc.modelRunLog().latest(user, 1).get(0);
        assertThat(run.modelName()).isEqualTo("heuristic");
        assertThat(run.items()).hasSize(7);
        assertThat(list(user, 7).source()).isEqualTo("cache");
    }
}
