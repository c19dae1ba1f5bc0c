package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import io.ctxrec.domain.model.User;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ModelRun;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.domain.port.ShopData;
import io.ctxrec.domain.scoring.ModelName;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.camel.component.jdbc.JdbcEndpoint;
import org.junit.jupiter.api.Test;

class RecommendationRoutesTest extends RecommendationTestSupport {

    @Test
    void returnsTheStoredListWhenTheCacheIsFresh() {
        context.start();
        String user = shop.buyer(1, 0);
        List<String> stored = productIds(12);
        storeList(user, shop.activeVersion(), Instant.now(), stored);
        int runsBefore = shop.jdbc.modelRunLog().latest(user, 100).size();

        RecommendationResponse r = list(user, 10);

        assertThat(r.source()).isEqualTo("cache");
        assertThat(r.cacheHit()).isTrue();
        assertThat(r.model()).isEqualTo("BMF");
        assertThat(ids(r)).isEqualTo(stored.subList(0, 10));
        assertThat(shop.jdbc.modelRunLog().latest(user, 100)).hasSize(runsBefore);
    }

    @Test
    void aListAnswersOnlyTheContextItWasComputedFor_andSaysSo() {
        context.start();
        String user = shop.buyer(1, 8);
        RecommendationResponse mobileMorning = init(user, 5);
        RecommendationQuery desktopMorning = new RecommendationQuery(user, 5, DeviceType.DESKTOP, query(user, 5).at());
        RecommendationQuery mobileEvening = new RecommendationQuery(user, 5, DeviceType.MOBILE,
                Instant.parse("2026-07-01T21:00:00Z"));

        RecommendationResponse desktop = ask(desktopMorning);
        RecommendationResponse evening = ask(mobileEvening);
        RecommendationResponse mobileAgain = list(user, 5);
        RecommendationResponse desktopAgain = ask(desktopMorning);

        assertThat(mobileMorning.cacheHit()).isFalse();
        assertThat(desktop.source()).isEqualTo("model");
        assertThat(desktop.cacheHit()).isFalse();
        assertThat(desktop.context()).isEqualTo(Map.of("device_type", "desktop", "time_of_day", "morning",
                "season", "spring"));
        assertThat(evening.cacheHit()).isFalse();
        assertThat(evening.context()).isEqualTo(Map.of("device_type", "mobile", "time_of_day", "evening",
                "season", "summer"));
        assertThat(mobileAgain.cacheHit()).isTrue();
        assertThat(mobileAgain.source()).isEqualTo("cache");
        assertThat(mobileAgain.context()).isEqualTo(mobileMorning.context());
        assertThat(ids(mobileAgain)).isEqualTo(ids(mobileMorning));
        assertThat(desktopAgain.cacheHit()).isTrue();
        assertThat(desktopAgain.context()).isEqualTo(desktop.context());
        assertThat(ids(desktopAgain)).isEqualTo(ids(desktop));
    }

    @Test
    void theUsersRowsAreReadWithTheQueryTimeoutSetOnTheStatementNotByPropertyBinding() {
        context.start();
        init(shop.buyer(1, 3), 5);

        JdbcEndpoint userRows = context.getEndpoints().stream().filter(JdbcEndpoint.class::isInstance)
                .map(JdbcEndpoint.class::cast).findFirst().orElseThrow();

        assertThat(userRows.getPrepareStatementStrategy()).isInstanceOfSatisfying(TimedStatements.class,
                timed -> assertThat(timed.timeoutSeconds()).isEqualTo(2));
        assertThat(userRows.getEndpointUri()).doesNotContain("statement.");
    }

    @Test
    void anExtraFeatureTheVersionWasNotTrainedWithNeitherMissesNorShows() {
        context.start();
        String user = shop.buyer(1, 9);
        init(user, 5);

        RecommendationResponse r = ask(new RecommendationQuery(user, 5, DeviceType.MOBILE, query(user, 5).at(),
                Map.of("weather", "rain")));

        assertThat(r.cacheHit()).isTrue();
        assertThat(r.context()).doesNotContainKey("weather");
    }

    @Test
    void recomputesWhenTheStoredListIsOlderThanTheTtl() {
        context.start();
        String user = shop.buyer(1, 1);
        storeList(user, shop.activeVersion(), Instant.now().minusSeconds(3_601), productIds(10));

        assertRecomputed(user, list(user, 10));
    }

    @Test
    void recomputesWhenTheUserInteractedAfterTheListWasMade() {
        context.start();
        String user = shop.buyer(1, 2);
        Instant made = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        storeList(user, shop.activeVersion(), made, productIds(10));
        shop.jdbc.interactionHistory().record(new Interaction(user, productIds(1).get(0), Action.VIEW,
                DeviceType.MOBILE, made.plusSeconds(1)));

        assertRecomputed(user, list(user, 10));
    }

    @Test
    void recomputesWhenAnotherVersionIsActive() {
        context.start();
        String user = shop.buyer(1, 3);
        storeList(user, "an-older-version", Instant.now(), productIds(10));

        assertRecomputed(user, list(user, 10));
    }

    @Test
    void recomputesWhenMoreItemsAreAskedForThanTheListHolds() {
        context.start();
        String user = shop.buyer(1, 4);
        storeList(user, shop.activeVersion(), Instant.now(), productIds(5));

        assertRecomputed(user, list(user, 6));
    }

    @Test
    void initComputesWithTheModels_thenTheCacheAndTheModelRunHoldWhatWasAnswered() {
        context.start();
        String user = shop.buyer(2, 0);
        Set<String> bought = shop.purchases(user);

        RecommendationResponse r = init(user, 10);

        assertThat(r.source()).isEqualTo("model");
        assertThat(r.modelVersion()).isEqualTo(shop.activeVersion());
        assertThat(r.items()).hasSize(10);
        assertThat(ids(r)).doesNotContainAnyElementsOf(bought);
        assertThat(r.metrics().keySet()).containsExactlyInAnyOrder(BuiltInFamilies.all().names().stream()
                .map(ModelName::displayName).toArray(String[]::new)); // the four models, ItemPop and the ensemble
        assertThat(r.context()).containsEntry("time_of_day", "morning").containsEntry("season", "spring")
                .containsEntry("device_type", "mobile");
        CachedRecommendations cached = stored(user).orElseThrow();
        assertThat(cached.items().stream().map(RecommendedItem::productId).toList()).isEqualTo(ids(r));
        assertThat(cached.modelName()).isEqualTo(r.model());
        assertThat(cached.modelVersion()).isEqualTo(shop.activeVersion());
        ModelRun run = shop.jdbc.modelRunLog().latest(user, 1).get(0);
        assertThat(run.modelName()).isEqualTo(r.model());
        assertThat(run.metrics()).isEqualTo(r.metrics());
        assertThat(run.items().stream().map(RecommendedItem::productId).toList()).isEqualTo(ids(r));

        RecommendationResponse again = list(user, 10);
        assertThat(again.source()).isEqualTo("cache");
        assertThat(ids(again)).isEqualTo(ids(r));
        assertThat(again.metrics()).isEqualTo(r.metrics());
    }

    @Test
    void aUserUnknownToTheEncodersGetsTheFallback_categoriesTheyTouchedFirst() {
        context.start();
        String product = productIds(1).get(0);
        String category = shop.categoryOf().get(product);
        shop.jdbc.shopDataLoader().load(new ShopData(List.of(new User("u-newcomer", "Newcomer")), List.of(),
                List.of(new Interaction("u-newcomer", product, Action.VIEW, DeviceType.MOBILE, Instant.now())),
                List.of()));
        long inCategory = shop.jdbc.productCatalog().active().stream()
                .filter(p -> category.equals(p.category())).count();

        RecommendationResponse r = init("u-newcomer", 10);

        assertThat(r.source()).isEqualTo("fallback");
        assertThat(r.model()).startsWith("heuristic");
        assertThat(r.items()).hasSize(10);
        List<String> reasons = r.items().stream().map(RecommendedProduct::reason).toList();
        int sameCategory = (int) Math.min(10, inCategory);
        assertThat(reasons.subList(0, sameCategory)).containsOnly("same-category");
        assertThat(r.items().subList(0, sameCategory)).allMatch(p -> category.equals(p.category()));
        assertThat(reasons.subList(sameCategory, 10)).doesNotContain("same-category", "model");
    }

    @Test
    void anIdThatIsNotAUserGetsPopularProductsAndNothingIsStored() {
        context.start();

        RecommendationResponse r = init("u-nobody", 5);

        assertThat(r.source()).isEqualTo("fallback");
        assertThat(r.items()).hasSize(5).allMatch(p -> p.reason().equals("popular"));
        assertThat(stored("u-nobody")).isEmpty();
    }

    @Test
    void clearForgetsTheUsersListAndCountsTheRows() {
        context.start();
        String user = shop.buyer(1, 5);
        storeList(user, shop.activeVersion(), Instant.now(), productIds(7));

        Integer removed = template.requestBody("direct:recommendations-clear", user, Integer.class);

        assertThat(removed).isEqualTo(7);
        assertThat(stored(user)).isEmpty();
    }

    private void assertRecomputed(String user, RecommendationResponse r) {
        Set<String> bought = shop.purchases(user);
        assertThat(r.source()).isEqualTo("model");
        assertThat(r.modelVersion()).isEqualTo(shop.activeVersion());
        assertThat(ids(r)).doesNotContainAnyElementsOf(bought);
        CachedRecommendations cached = stored(user).orElseThrow();
        assertThat(cached.modelVersion()).isEqualTo(shop.activeVersion());
        assertThat(cached.items().stream().map(RecommendedItem::productId).collect(Collectors.toList()))
                .isEqualTo(ids(r));
    }
}
