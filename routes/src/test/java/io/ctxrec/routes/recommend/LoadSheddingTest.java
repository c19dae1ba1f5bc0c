package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.ctxrec.app.ServiceGraphFixture;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** One list computed at a time, a 100 ms queue: what cannot get a turn is refused, a stored list never. */
class LoadSheddingTest extends RecommendationTestSupport {
    @Override
    ServiceGraphFixture service() {
        return super.service().set("ctxrec.serving.max-computing", "1").set("ctxrec.serving.queue-ms", "100");
    }

    @Test
    void whileTheOnlyTurnIsTaken_aComputationIsRefused_aStoredListAnswers_andTheTurnComesBack() throws Exception {
        CountDownLatch scoring = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AdviceWith.adviceWith(context, "recommendations-score", a -> a.weaveAddFirst().process(e -> {
            scoring.countDown();
            release.await(30, TimeUnit.SECONDS);
        }));
        context.start();
        String stored = shop.buyer(1, 3);
        storeList(stored, shop.activeVersion(), Instant.now(), productIds(10));
        CompletableFuture<Object> first = template.asyncRequestBody("direct:recommendations-init",
                query(shop.buyer(2, 1), 10));
        assertThat(scoring.await(30, TimeUnit.SECONDS)).as("the first computation holds the turn").isTrue();

        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        Logger root = (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        try {
            assertThatThrownBy(() -> init(shop.buyer(2, 2), 10))
                    .hasRootCauseInstanceOf(ServiceOverloadedException.class).rootCause()
                    .hasMessageContaining("within 100 ms");
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).as("a shed request is its caller's to report, not an error of these routes")
                .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        RecommendationResponse hit = list(stored, 10);
        release.countDown();

        assertThat(hit.cacheHit()).isTrue();
        assertThat(((RecommendationResponse) first.get(30, TimeUnit.SECONDS)).source()).isEqualTo("model");
        assertThat(init(shop.buyer(2, 2), 10).source()).isEqualTo("model");
    }
}
