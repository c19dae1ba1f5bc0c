package io.ctxrec.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.selection.ModelMetrics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineResultTest {

    @Test
    void aTrainedModelWithMapAndPrecisionHasSelectionMetrics() {
        OfflineResult encm = new OfflineResult("ENCM", Map.of("map", 0.25, "precision", 0.05, "epochs", 3.0), List.of());

        assertThat(encm.selectionMetrics()).contains(new ModelMetrics(0.25, 0.05));
        assertThat(encm.baseline()).isFalse();
    }

    @Test
    void theBaselineHasSelectionMetricsForItIsACandidate() {
        assertThat(new OfflineResult("ItemPop", Map.of("map", 0.1, "precision", 0.02), List.of()).selectionMetrics())
                .contains(new ModelMetrics(0.1, 0.02));
    }

    @Test
    void givenAMissingMetric_thenNoSelectionMetrics() {
        assertThat(new OfflineResult("BMF", Map.of("map", 0.1), List.of()).selectionMetrics()).isEmpty();
    }

    @Test
    void bestMapIsTheHighestAmongTrainedModelsWithoutTheBaseline() {
        List<OfflineResult> run = List.of(
                new OfflineResult("ENCM", Map.of("map", 0.20), List.of(0.7, 0.5)),
                new OfflineResult("BMF", Map.of("map", 0.30), List.of(0.6)),
                new OfflineResult("LNCM", Map.of(), List.of()),
                new OfflineResult("ItemPop", Map.of("map", 0.90), List.of()));

        assertThat(OfflineResult.bestMap(run)).hasValue(0.30);
    }

    @Test
    void givenNoMeasuredMap_thenBestMapIsEmpty() {
        assertThat(OfflineResult.bestMap(List.of())).isEmpty();
        assertThat(OfflineResult.bestMap(List.of(new OfflineResult("ItemPop", Map.of("map", 0.5), List.of()),
                new OfflineResult("ENCM", Map.of("k", 10.0), List.of())))).isEmpty();
    }

    @Test
    void metricsKeepTheRunsOrderAndCannotBeChanged() {
        Map<String, Double> inOrder = new LinkedHashMap<>();
        inOrder.put("k", 10.0);
        inOrder.put("hit_rate", 0.4);
        inOrder.put("map", 0.2);
        OfflineResult result = new OfflineResult("NeuMF", inOrder, List.of(0.9));

        assertThat(result.metrics().keySet()).containsExactly("k", "hit_rate", "map");
        assertThat(result.metric("hit_rate")).hasValue(0.4);
        assertThat(result.metric("auc")).isEmpty();
        assertThatThrownBy(() -> result.metrics().put("auc", 0.5)).isInstanceOf(UnsupportedOperationException.class);
    }
}
