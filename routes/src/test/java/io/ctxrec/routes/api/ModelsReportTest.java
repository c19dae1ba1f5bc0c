package io.ctxrec.routes.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.ctxrec.adapters.family.BuiltInFamilies;
import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.domain.testdata.InMemoryModelArtifacts;
import io.ctxrec.domain.testdata.InMemoryModelVersions;
import io.ctxrec.routes.RetrainProgress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelsReportTest {
    private final InMemoryModelVersions versions = new InMemoryModelVersions();
    private final InMemoryModelArtifacts artifacts = new InMemoryModelArtifacts();
    private final RetrainProgress training = new RetrainProgress(true, "v2", "ENCM", 0, 4, 1, 2, 12.5);
    private final ModelsReport report = new ModelsReport(versions, artifacts, () -> training,
            BuiltInFamilies.all());

    @Test
    void showsEachModelOfTheActiveVersionWithItsMetricsInTheRunsOrderItsLossCurveItsEarlyStoppingAndItsBlend() {
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("k", 10.0);
        metrics.put("map", 0.25);
        metrics.put("epochs", 2.0);
        metrics.put("popularity_blend", 0.5);
        artifacts.save(new LoadedVersion("v1", Map.of(), encoders()), List.of(
                new OfflineResult("ENCM", metrics, List.of(0.7, 0.5), 2, List.of(0.2, 0.3, 0.25)),
                new OfflineResult("Ensemble", Map.of("k", 10.0), List.of(), 0, List.of(),
                        Map.of("ENCM", 1.0)),
                new OfflineResult("ItemPop", Map.of("k", 10.0), List.of())));
        activate("v1");

        JsonNode json = ApiJson.mapper().valueToTree(report.report());

        assertThat(json.get("activeVersion").asText()).isEqualTo("v1");
        assertThat(json.get("models").toString()).isEqualTo("[{\"model\":\"ENCM\",\"metrics\":{\"k\":10,"
                + "\"map\":0.25,\"epochs\":2,\"popularity_blend\":0.5},\"lossCurve\":[0.7,0.5],\"bestEpoch\":2,"
                + "\"validationCurve\":[0.2,0.3,0.25],\"popularityBlend\":0.5,\"memberWeights\":{}},"
                + "{\"model\":\"Ensemble\",\"metrics\":{\"k\":10},\"lossCurve\":[],\"bestEpoch\":null,"
                + "\"validationCurve\":[],\"popularityBlend\":null,\"memberWeights\":{\"ENCM\":1.0}},"
                + "{\"model\":\"ItemPop\",\"metrics\":{\"k\":10},\"lossCurve\":[],\"bestEpoch\":null,"
                + "\"validationCurve\":[],\"popularityBlend\":null,\"memberWeights\":{}}]");
        assertThat(json.get("runs").get(0).get("version").asText()).isEqualTo("v1");
    }

    @Test
    void showsTheRegisteredFamiliesWithTheirColoursInTheirOrder() {
        JsonNode json = ApiJson.mapper().valueToTree(report.report());

        assertThat(json.get("families").toString()).isEqualTo("[{\"name\":\"ENCM\",\"colour\":\"#c0392b\"},"
                + "{\"name\":\"LNCM\",\"colour\":\"#2471a3\"},{\"name\":\"NeuMF\",\"colour\":\"#1e8449\"},"
                + "{\"name\":\"BMF\",\"colour\":\"#b9770e\"},{\"name\":\"ItemPop\",\"colour\":\"#7f8c8d\"},"
                + "{\"name\":\"Ensemble\",\"colour\":\"#5b2c6f\"}]");
    }

    @Test
    void showsTheRunningTrainingsProgress() {
        JsonNode json = ApiJson.mapper().valueToTree(report.report());

        assertThat(json.get("training").toString()).isEqualTo("{\"running\":true,\"version\":\"v2\",\"model\":\"ENCM\","
                + "\"modelIndex\":0,\"models\":4,\"epoch\":1,\"epochs\":2,\"percent\":12.5}");
    }

    @Test
    void anIdleTrainingHasNullVersionAndModelNotEmptyStrings() {
        ModelsReport idle = new ModelsReport(versions, artifacts,
                () -> new RetrainProgress(false, null, null, 0, 0, 0, 0, 0), BuiltInFamilies.all());

        JsonNode json = ApiJson.mapper().valueToTree(idle.report());

        assertThat(json.get("training").get("version").isNull()).isTrue();
        assertThat(json.get("training").get("model").isNull()).isTrue();
    }

    @Test
    void withoutAnActiveVersionShowsNoModel() {
        artifacts.save(new LoadedVersion("v1", Map.of(), encoders()),
                List.of(new OfflineResult("ENCM", Map.of(), List.of())));

        ModelsReport.Report r = report.report();

        assertThat(r.activeVersion()).isNull();
        assertThat(r.models()).isEmpty();
    }

    private void activate(String version) {
        versions.register(version);
        versions.mark(version, ModelVersion.Status.READY, "");
        versions.activate(version);
    }

    private static EncoderSet encoders() {
        return new EncoderSet(IdEncoder.fit(List.of("u1")), IdEncoder.fit(List.of("p1")), List.of());
    }
}
