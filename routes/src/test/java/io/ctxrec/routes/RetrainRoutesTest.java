package io.ctxrec.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.pipeline.TrainingRequest;
import io.ctxrec.training.pipeline.TrainingRunner;
import io.ctxrec.domain.port.TrainingRunLog;
import io.ctxrec.domain.port.TrainingRunLog.State;
import io.ctxrec.domain.testdata.InMemoryTrainingLease;
import io.ctxrec.domain.testdata.InMemoryTrainingRunLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Properties;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrainRoutesTest extends CamelTestSupport {
    private static final TrainingRequest ONE_EPOCH_BMF = TrainingRequest.defaults().withModels(ModelName.BMF)
            .withEpochs(1).withBatchSize(256).withEmbeddingDim(4);

    @TempDir
    Path dataDir;

    private final TinyShop shop = new TinyShop();
    private final io.ctxrec.routes.api.ServiceMetrics metrics = new io.ctxrec.routes.api.ServiceMetrics();
    private final InMemoryTrainingRunLog runs = new InMemoryTrainingRunLog();
    private final InMemoryTrainingLease lease = new InMemoryTrainingLease();
    private final AtomicInteger tidied = new AtomicInteger();

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("ctxrec.training.cron", "0 0 3 * * ?");
        p.setProperty("ctxrec.training.on-start", "true");
        p.setProperty("ctxrec.training.on-start-retry-seconds", "30");
        p.setProperty("ctxrec.cluster.enabled", "true");
        p.setProperty("ctxrec.cluster.lease-renew-seconds", "10");
        return p;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        TrainingTurns turns = TrainingTurns.shared("here", lease, Duration.ofMinutes(1), Clock.systemUTC(),
                tidied::incrementAndGet);
        return new RetrainRoutes(new Retrainer(new TrainingRunner(shop.pipeline(dataDir)), () -> ONE_EPOCH_BMF,
                shop.versions, turns, runs, Clock.systemUTC()), metrics::trainingRun);
    }

    @Test
    void quartzTriggerRunsThePipelineAndActivatesANewVersion() throws Exception {
        AdviceWith.adviceWith(context, "retrain-schedule", a -> a.replaceFromWith("direct:nightly"));
        AdviceWith.adviceWith(context, "first-training", a -> a.replaceFromWith("direct:start-up"));
        context.start();

        String result = template.requestBody("direct:nightly", null, Retrainer.Result.class).summary();

        assertThat(result).contains("ACTIVE");
        ModelVersion active = shop.versions.active().orElseThrow();
        assertThat(result).contains(active.version());
        assertThat(dataDir.resolve("versions").resolve(active.version()).resolve("BMF_model.zip")).isRegularFile();
        assertThat(metrics.scrape()).contains("ctxrec_training_runs_total");
        assertThat(runs.all()).singleElement().satisfies(run -> {
            assertThat(run.trigger()).isEqualTo("schedule");
            assertThat(run.state()).isEqualTo(State.FINISHED);
            assertThat(run.instance()).isEqualTo("here");
            assertThat(run.result()).contains(active.version());
        });
        assertThat(lease.holder(Instant.now())).as("released after the run").isEmpty();
        assertThat(tidied).as("the taker of the lease tidies after stopped instances").hasValue(1);
    }

    @Test
    void whileAnotherInstanceHoldsTheLeaseAScheduledFireIsSkippedAndLeavesNoRun() throws Exception {
        AdviceWith.adviceWith(context, "retrain-schedule", a -> a.replaceFromWith("direct:nightly"));
        AdviceWith.adviceWith(context, "first-training", a -> a.replaceFromWith("direct:start-up"));
        context.start();
        lease.acquire("there", Instant.now(), Instant.now().plusSeconds(600));

        Retrainer.Result result = template.requestBody("direct:nightly", null, Retrainer.Result.class);

        assertThat(result.skipped()).isTrue();
        assertThat(result.summary()).contains("instance there is training");
        assertThat(shop.versions.recent(10)).isEmpty();
        assertThat(runs.all()).isEmpty();
        assertThat(metrics.scrape()).contains("ctxrec_training_runs_total{outcome=\"skipped\"} 1.0");
    }

    @Test
    void theStartUpTrainingIsTriedAgainWhileSkippedAndNotOnceAVersionIsActive() throws Exception {
        AdviceWith.adviceWith(context, "retrain-schedule", a -> a.replaceFromWith("direct:nightly"));
        AdviceWith.adviceWith(context, "first-training", a -> a.replaceFromWith("direct:start-up"));
        context.start();
        lease.acquire("there", Instant.now(), Instant.now().plusSeconds(600));
        template.sendBody("direct:start-up", null);
        assertThat(shop.versions.recent(10)).isEmpty();

        lease.release("there");
        template.sendBody("direct:start-up", null);
        template.sendBody("direct:start-up", null);

        assertThat(shop.versions.recent(10)).hasSize(1);
        assertThat(runs.all()).extracting(TrainingRunLog.Entry::trigger).containsExactly("start-up");
    }

    @Test
    void anInstanceThatOnlyServesHasNoScheduleAndNoStartUpTraining() throws Exception {
        RetrainRoutes serving = new RetrainRoutes(new Retrainer(new TrainingRunner(shop.pipeline(dataDir)),
                () -> ONE_EPOCH_BMF, shop.versions, TrainingTurns.alone("serving"), runs, Clock.systemUTC()),
                metrics::trainingRun, false);
        try (ModelCamelContext other = new DefaultCamelContext()) {
            other.addRoutes(serving);

            assertThat(other.getRouteDefinitions()).extracting(RouteDefinition::getRouteId).containsExactly("retrain");
        }
    }

    @Test
    void startUpTrainingRunsOnlyWhileNoVersionIsActive() throws Exception {
        AdviceWith.adviceWith(context, "retrain-schedule", a -> a.replaceFromWith("direct:nightly"));
        AdviceWith.adviceWith(context, "first-training", a -> a.replaceFromWith("direct:start-up"));
        context.start();

        template.sendBody("direct:start-up", null);
        String first = shop.versions.active().orElseThrow().version();
        template.sendBody("direct:start-up", null);

        assertThat(shop.versions.recent(10)).hasSize(1);
        assertThat(shop.versions.active().orElseThrow().version()).isEqualTo(first);
    }
}
