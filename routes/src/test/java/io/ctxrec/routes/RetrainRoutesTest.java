package io.ctxrec.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.training.pipeline.TrainingRequest;
import io.ctxrec.training.pipeline.TrainingRunner;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.AdviceWith;
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

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.setProperty("ctxrec.training.cron", "0 0 3 * * ?");
        p.setProperty("ctxrec.training.on-start", "true");
        return p;
    }

    @Override
    protected RoutesBuilder createRouteBuilder() {
        return new RetrainRoutes(new Retrainer(new TrainingRunner(shop.pipeline(dataDir)), () -> ONE_EPOCH_BMF,
                shop.versions), metrics::trainingRun);
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
