package io.ctxrec.routes.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.OfflineResult;
import io.ctxrec.domain.selection.ModelMetrics;
import io.ctxrec.domain.testdata.InMemoryModelArtifacts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServingVersionsTest {
    private final EncoderSet encoders = new EncoderSet(IdEncoder.fit(List.of("u1")), IdEncoder.fit(List.of("p1")),
            List.of());
    private final InMemoryModelArtifacts artifacts = new InMemoryModelArtifacts();

    @Test
    void aVersionServesItsEncodersWithTheOfflineMetricsOfEachModelAndItemPop() {
        artifacts.save(new LoadedVersion("v1", Map.of(), encoders), List.of(
                new OfflineResult("ENCM", Map.of("map", 0.25, "precision", 0.05), List.of(0.7)),
                new OfflineResult("BMF", Map.of("map", 0.2), List.of(0.6)),
                new OfflineResult("ItemPop", Map.of("map", 0.1, "precision", 0.02), List.of())));

        ServingVersion v = ServingVersions.from(artifacts).apply("v1");

        assertThat(v.version()).isEqualTo("v1");
        assertThat(v.encoders()).isSameAs(encoders);
        assertThat(v.offline()).containsOnly(Map.entry("ENCM", new ModelMetrics(0.25, 0.05)),
                Map.entry("ItemPop", new ModelMetrics(0.1, 0.02)));
    }

    @Test
    void aVersionWithoutOfflineResultsServesWithoutMetrics() {
        artifacts.save(new LoadedVersion("v1", Map.of(), encoders), List.of());

        assertThat(ServingVersions.from(artifacts).apply("v1").offline()).isEmpty();
    }

    @Test
    void aVersionThatCannotBeLoadedIsNotServed() {
        assertThatThrownBy(() -> ServingVersions.from(artifacts).apply("v9")).isInstanceOf(IllegalArgumentException.class);
    }
}
