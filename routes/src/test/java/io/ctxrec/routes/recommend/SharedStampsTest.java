package io.ctxrec.routes.recommend;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.app.ServiceGraphFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One instance of a cluster ({@code ctxrec.cluster.enabled}) that trusts what it holds for an hour, while
 * another instance (here: the shop's adapters, straight to the database) writes: each write counts on this
 * instance's next request. {@link RememberedReadsTest} shows the same writes unseen by an instance alone.
 */
class SharedStampsTest extends RecommendationTestSupport {
    @Override
    ServiceGraphFixture service() {
        return super.service().set("ctxrec.cache.recheck-seconds", "3600").set("ctxrec.cluster.enabled", "true");
    }

    @Test
    void aPurchaseThroughAnotherInstanceMakesTheNextListFresh() {
        context.start();
        String user = shop.buyer(1, 8);
        assertThat(list(user, 10).source()).isEqualTo("model");
        RecommendationResponse held = list(user, 10);
        assertThat(held.source()).isEqualTo("cache");

        shop.jdbc.interactionHistory().record(anInteraction().by(user).on(productIds(1).get(0))
                .at(held.generatedAt().plusMillis(1)).purchase());

        assertThat(list(user, 10).source()).isEqualTo("model");
        assertThat(list(user, 10).source()).isEqualTo("cache");
    }

    @Test
    void aListClearedThroughAnotherInstanceIsNotAnsweredFromMemory() {
        context.start();
        String user = shop.buyer(1, 9);
        list(user, 10);

        shop.jdbc.recommendationCache().clear(user);

        assertThat(list(user, 10).source()).isEqualTo("model");
    }

    @Test
    void aListStoredByAnotherInstanceAnswersInsteadOfTheOneHeld() {
        context.start();
        String user = shop.buyer(1, 10);
        RecommendationResponse mine = list(user, 10);
        List<String> theirs = new ArrayList<>(productIds(12));
        Collections.reverse(theirs);
        storeList(user, mine.modelVersion(), Instant.now().plusMillis(5), theirs);

        RecommendationResponse answered = list(user, 10);

        assertThat(answered.source()).isEqualTo("cache");
        assertThat(ids(answered)).isEqualTo(theirs.subList(0, 10));
    }
}
