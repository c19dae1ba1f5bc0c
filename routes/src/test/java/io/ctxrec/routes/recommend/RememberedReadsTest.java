package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.app.ServiceGraphFixture;
import io.ctxrec.domain.model.Action;
import io.ctxrec.domain.model.DeviceType;
import io.ctxrec.domain.model.Interaction;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The routes reading through a {@link RememberedReads} that trusts what it holds for an hour. */
class RememberedReadsTest extends RecommendationTestSupport {
    @Override
    ServiceGraphFixture service() {
        return super.service().set("ctxrec.cache.recheck-seconds", "3600");
    }

    @Test
    void anInteractionRecordedThroughTheMemoryMakesTheNextListFresh() {
        context.start();
        String user = shop.buyer(1, 5);
        assertThat(list(user, 10).source()).isEqualTo("model");
        assertThat(list(user, 10).source()).isEqualTo("cache");

        built().graph().reads().interactionHistory().record(new Interaction(user, productIds(1).get(0), Action.PURCHASE,
                DeviceType.MOBILE, Instant.now().plusSeconds(1)));

        assertThat(list(user, 10).source()).isEqualTo("model");
    }

    @Test
    void aListAnsweredFromMemoryNeedsNoDatabaseRow() {
        context.start();
        String user = shop.buyer(1, 6);
        RecommendationResponse made = list(user, 10);
        // Another process removing the row is seen only at the next recheck, an hour away here.
        shop.jdbc.recommendationCache().clear(user);

        RecommendationResponse again = list(user, 10);

        assertThat(again.source()).isEqualTo("cache");
        assertThat(ids(again)).isEqualTo(ids(made));
        assertThat(again.metrics()).isEqualTo(made.metrics());
    }

    @Test
    void clearingThroughTheRoutesForgetsTheListAtOnce() {
        context.start();
        String user = shop.buyer(1, 7);
        list(user, 10);

        template.requestBody("direct:recommendations-clear", user);

        assertThat(list(user, 10).source()).isEqualTo("model");
    }
}
