package io.ctxrec.routes.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.adapters.artifacts.ArtifactChecksums;
import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.app.ServiceGraphFixture;
import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.routes.scoring.ModelVersionRoutes;
import io.ctxrec.routes.scoring.ScoringRoutes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one database with the model store in it: another instance (the trainer) publishes and
 * activates versions; this one, which has none of their files, follows them through its poller. The
 * versions are copies of the shop's trained one under other names, so nothing trains here.
 */
class ModelVersionSwitchTest extends RecommendationTestSupport {
    private static final List<String> COPIES = List.of("switch-a", "switch-b");

    @TempDir
    static Path trainerDir;
    @TempDir
    static Path servingDir;
    private final String original = shop.activeVersion();
    private ModelStore trainer;

    @Override
    ServiceGraphFixture service() {
        return ServiceGraphFixture.over(shop.jdbc, shop.db.dataSource(), shop.dataDir)
                .modelStore(shop.jdbc.modelStore(VersionFolders.at(servingDir)))
                .set("ctxrec.models.poll-seconds", "3600").set("ctxrec.recommend.shop-refresh-seconds", "0")
                .set("ctxrec.cache.recheck-seconds", "0");
    }

    /** The timer polls once, at start; the test polls when it wants to. */
    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = super.useOverridePropertiesWithPropertiesComponent();
        p.setProperty("ctxrec.models.poll-seconds", "3600");
        return p;
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return built().routesOf(RecommendationRoutes.class, ScoringRoutes.class, ModelVersionRoutes.class);
    }

    @BeforeEach
    void anotherInstancePublishesTwoVersions() throws IOException {
        trainer = shop.jdbc.modelStore(VersionFolders.at(trainerDir));
        Path trained = new VersionFolders(shop.dataDir).localFolder(original);
        for (String copy : COPIES) {
            Path draft = trainer.draft(copy);
            for (String file : ArtifactChecksums.recorded(trained).keySet()) {
                Files.copy(trained.resolve(file), draft.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            trainer.publish(copy);
            shop.jdbc.modelVersions().register(copy);
            shop.jdbc.encoderStore().save(copy, shop.jdbc.encoderStore().load(original).orElseThrow());
            shop.jdbc.modelVersions().mark(copy, ModelVersion.Status.READY, "a copy");
        }
        shop.jdbc.modelVersions().activate("switch-a");
    }

    @AfterEach
    void theShopServesItsOwnVersionAgain() {
        shop.jdbc.modelVersions().activate(original);
        for (String copy : COPIES) {
            shop.jdbc.modelVersions().delete(copy);
            trainer.delete(copy);
        }
    }

    @Test
    void thePollerSwitchesToTheVersionAnotherInstanceActivated_readingItFromTheDatabase() {
        context.start();
        poll();
        String user = shop.buyer(1, 0);
        assertThat(init(user, 5).modelVersion()).isEqualTo("switch-a");

        shop.jdbc.modelVersions().activate("switch-b");
        assertThat(init(user, 5).modelVersion()).as("requests do not ask between polls").isEqualTo("switch-a");
        poll();

        RecommendationResponse after = init(user, 5);
        assertThat(after.modelVersion()).isEqualTo("switch-b");
        assertThat(after.source()).isEqualTo("model");
        assertThat(servingDir.resolve("switch-b").resolve("encoders.json")).exists();
    }

    @Test
    void aRequestInFlightDuringTheSwitchIsAnsweredByTheVersionItStartedWith() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        AtomicBoolean first = new AtomicBoolean(true);
        AdviceWith.adviceWith(context, "recommendations-user-rows", route -> route.weaveAddFirst().process(e -> {
            if (first.getAndSet(false)) {
                entered.countDown();
                go.await(30, TimeUnit.SECONDS);
            }
        }));
        context.start();
        poll();
        String user = shop.buyer(1, 0);

        CompletableFuture<Object> inFlight = template.asyncRequestBody("direct:recommendations-init", query(user, 5));
        assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();
        shop.jdbc.modelVersions().activate("switch-b");
        poll();
        RecommendationResponse next = init(shop.buyer(1, 1), 5);
        go.countDown();
        RecommendationResponse during = (RecommendationResponse) inFlight.get(30, TimeUnit.SECONDS);

        assertThat(next.modelVersion()).isEqualTo("switch-b");
        assertThat(during.modelVersion()).isEqualTo("switch-a");
        assertThat(during.source()).isEqualTo("model");
        assertThat(during.items()).hasSize(5);
    }

    private void poll() {
        template.sendBody(ModelVersionRoutes.POLL, null);
    }
}
