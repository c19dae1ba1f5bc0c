package io.ctxrec.domain.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelSelectionPolicyTest {
    private final ModelSelectionPolicy policy = ModelSelectionPolicy.withDefaultPreference();

    @Test
    void givenNoPurchases_thenTheOnlyModelNotBelowItemPopsOfflineMapServes() {
        Map<String, List<String>> lists = Map.of("ENCM", List.of("a"), "BMF", List.of("b"), "ItemPop", List.of("c"));
        Map<String, ModelMetrics> offline = Map.of("ENCM", new ModelMetrics(0.10, 0.05),
                "BMF", new ModelMetrics(0.30, 0.01), "ItemPop", new ModelMetrics(0.20, 0.09));

        Selection s = policy.select(lists, Set.of(), offline).orElseThrow();

        assertThat(s.winner()).isEqualTo("BMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_OFFLINE_METRICS);
    }

    @Test
    void givenNoPurchases_thenAModelWithoutOfflineMetricsDoesNotServeAgainstOneAboveItemPop() {
        Map<String, List<String>> lists = Map.of("Sixth", List.of("a"), "BMF", List.of("b"));
        Map<String, ModelMetrics> offline = Map.of("BMF", new ModelMetrics(0.30, 0.01),
                "ItemPop", new ModelMetrics(0.20, 0.09));

        Selection s = policy.select(lists, Set.of(), offline).orElseThrow();

        assertThat(s.winner()).isEqualTo("BMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.POPULARITY_FLOOR);
    }

    @Test
    void givenNoPurchasesAndEveryModelBelowItemPop_thenItemPopServes() {
        Map<String, List<String>> lists = Map.of("ENCM", List.of("a"), "NeuMF", List.of("b"), "ItemPop", List.of("c"));
        Map<String, ModelMetrics> offline = Map.of("ENCM", new ModelMetrics(0.10, 0.50),
                "NeuMF", new ModelMetrics(0.19, 0.50), "ItemPop", new ModelMetrics(0.20, 0.01));

        Selection s = policy.select(lists, Set.of(), offline).orElseThrow();

        assertThat(s.winner()).isEqualTo("ItemPop");
        assertThat(s.rule()).isEqualTo(SelectionRule.POPULARITY_FLOOR);
    }

    @Test
    void givenNoPurchasesAndAModelLevelWithItemPop_thenThePreferredModelServes() {
        Map<String, List<String>> lists = Map.of("BMF", List.of("a"), "ItemPop", List.of("c"));
        Map<String, ModelMetrics> offline = Map.of("BMF", new ModelMetrics(0.20, 0.02),
                "ItemPop", new ModelMetrics(0.20, 0.02));

        Selection s = policy.select(lists, Set.of(), offline).orElseThrow();

        assertThat(s.winner()).isEqualTo("BMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_PREFERENCE);
    }

    @Test
    void givenNoPurchasesAndAModelBelowItemPopWhenItemPopWasNotScored_thenTheModelStillServes() {
        Map<String, List<String>> lists = Map.of("ENCM", List.of("a"));
        Map<String, ModelMetrics> offline = Map.of("ENCM", new ModelMetrics(0.10, 0.05),
                "ItemPop", new ModelMetrics(0.20, 0.09));

        assertThat(policy.select(lists, Set.of(), offline).orElseThrow().winner()).isEqualTo("ENCM");
    }

    @Test
    void givenPurchases_thenAModelBelowItemPopOfflineCanStillWinOnThem() {
        Map<String, List<String>> lists = Map.of("ENCM", List.of("p1"), "ItemPop", List.of("x"));
        Map<String, ModelMetrics> offline = Map.of("ENCM", new ModelMetrics(0.10, 0.05),
                "ItemPop", new ModelMetrics(0.20, 0.09));

        Selection s = policy.select(lists, Set.of("p1"), offline).orElseThrow();

        assertThat(s.winner()).isEqualTo("ENCM");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_USER_PURCHASES);
    }

    @Test
    void givenPurchases_thenBestMapOnThemWins() {
        // purchases {p1, p2}. ENCM hits at 2: AP = (1/2) / min(2, 10) = 0.25, P = 1/10
        // NeuMF hits at 1: AP = 1 / 2 = 0.5, P = 1/10
        Map<String, List<String>> lists = Map.of(
                "ENCM", List.of("p3", "p1", "p4"),
                "NeuMF", List.of("p1", "p5", "p6"));
        Selection s = policy.select(lists, Set.of("p1", "p2"), Map.of()).orElseThrow();

        assertThat(s.winner()).isEqualTo("NeuMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_USER_PURCHASES);
        assertThat(s.metrics().get("ENCM").map()).isCloseTo(0.25, within(1e-12));
        assertThat(s.metrics().get("NeuMF").asMap()).containsEntry("map@10", 0.5).containsEntry("precision@10", 0.1);
    }

    @Test
    void givenEqualMap_thenPrecisionDecides() {
        // purchases {p1, p2, p3}. LNCM hit at 1: AP = 1/3, P = 0.1.
        // BMF hits at 2 and 4: (1/2 + 2/4) / 3 = 1/3, P = 0.2 -> BMF
        Map<String, List<String>> lists = Map.of(
                "LNCM", List.of("p1", "a", "b", "c"),
                "BMF", List.of("a", "p2", "b", "p3"));
        Selection s = policy.select(lists, Set.of("p1", "p2", "p3"), Map.of()).orElseThrow();

        assertThat(s.metrics().get("LNCM").map()).isCloseTo(s.metrics().get("BMF").map(), within(1e-12));
        assertThat(s.winner()).isEqualTo("BMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_USER_PURCHASES);
    }

    @Test
    void givenMapsEqualOnPaperButNotInFloatingPoint_thenPrecisionStillDecides() {
        // purchases {p1, p2, p3}. ENCM hits at 1, 4: (1 + 2/4) / 3 = 1/2, P = 0.2
        // NeuMF hits at 2, 3, 9: (1/2 + 2/3 + 3/9) / 3 = 1/2 as well, but the double sum is 1.4999999999999998;
        // P = 0.3 -> NeuMF, although ENCM's MAP is larger in floating point
        Map<String, List<String>> lists = Map.of(
                "ENCM", List.of("p1", "a", "b", "p2"),
                "NeuMF", List.of("a", "p1", "p2", "b", "c", "d", "e", "f", "p3"));
        Selection s = policy.select(lists, Set.of("p1", "p2", "p3"), Map.of()).orElseThrow();

        assertThat(s.metrics().get("ENCM").map()).isGreaterThan(s.metrics().get("NeuMF").map());
        assertThat(s.winner()).isEqualTo("NeuMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_USER_PURCHASES);
    }

    @Test
    void givenTieOnPurchases_thenOfflineMetricsDecide() {
        // neither list holds p9: both 0/0; offline LNCM 0.30 beats BMF 0.20
        Map<String, List<String>> lists = Map.of("LNCM", List.of("a"), "BMF", List.of("b"));
        Map<String, ModelMetrics> offline = Map.of("LNCM", new ModelMetrics(0.30, 0.1), "BMF", new ModelMetrics(0.20, 0.3));
        Selection s = policy.select(lists, Set.of("p9"), offline).orElseThrow();

        assertThat(s.winner()).isEqualTo("LNCM");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_OFFLINE_METRICS);
        assertThat(s.metrics().get("BMF")).isEqualTo(new ModelMetrics(0, 0));
    }

    @Test
    void givenNoPurchases_thenOfflineMapThenPrecisionDecides() {
        // equal offline MAP 0.2; NeuMF precision 0.15 > ENCM 0.10
        Map<String, List<String>> lists = Map.of("ENCM", List.of("a"), "NeuMF", List.of("b"));
        Map<String, ModelMetrics> offline = Map.of("ENCM", new ModelMetrics(0.2, 0.10), "NeuMF", new ModelMetrics(0.2, 0.15));
        Selection s = policy.select(lists, Set.of(), offline).orElseThrow();

        assertThat(s.winner()).isEqualTo("NeuMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_OFFLINE_METRICS);
        assertThat(s.metrics()).isEmpty();
    }

    @Test
    void givenNoPurchasesAndNoOfflineMetrics_thenPreferenceOrder() {
        // default order ENCM, NeuMF, LNCM, BMF; ENCM is not a candidate -> NeuMF
        Map<String, List<String>> lists = Map.of("BMF", List.of("a"), "LNCM", List.of("b"), "NeuMF", List.of("c"));
        Selection s = policy.select(lists, Set.of(), Map.of()).orElseThrow();

        assertThat(s.winner()).isEqualTo("NeuMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_PREFERENCE);
    }

    @Test
    void offlineMetricsOfNonCandidatesAreIgnored() {
        Map<String, List<String>> lists = Map.of("BMF", List.of("a"), "LNCM", List.of("b"));
        Selection s = policy.select(lists, Set.of(), Map.of("ENCM", new ModelMetrics(0.9, 0.9))).orElseThrow();

        assertThat(s.winner()).isEqualTo("LNCM");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_PREFERENCE);
    }

    @Test
    void aModelWithOfflineMetricsBeatsOneWithout() {
        Map<String, List<String>> lists = Map.of("ENCM", List.of("a"), "BMF", List.of("b"));
        Selection s = policy.select(lists, Set.of(), Map.of("BMF", new ModelMetrics(0.01, 0.01))).orElseThrow();

        assertThat(s.winner()).isEqualTo("BMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_OFFLINE_METRICS);
    }

    @Test
    void givenCustomPreference_thenItBreaksTheTie() {
        ModelSelectionPolicy bmfFirst = new ModelSelectionPolicy(PreferenceOrder.of("BMF", "LNCM"));
        Map<String, List<String>> lists = Map.of("ENCM", List.of("a"), "BMF", List.of("b"));
        assertThat(bmfFirst.select(lists, Set.of(), Map.of()).orElseThrow().winner()).isEqualTo("BMF");
    }

    @Test
    void unknownNamesComeAfterKnownOnesAlphabetically() {
        Map<String, List<String>> unknown = Map.of("Zeta", List.of("a"), "Alpha", List.of("b"));
        assertThat(policy.select(unknown, Set.of(), Map.of()).orElseThrow().winner()).isEqualTo("Alpha");
        Map<String, List<String>> mixed = Map.of("Alpha", List.of("a"), "ItemPop", List.of("b"));
        assertThat(policy.select(mixed, Set.of(), Map.of()).orElseThrow().winner()).isEqualTo("ItemPop");
    }

    @Test
    void givenATieOnEveryMeasuredMetric_thenASingleModelBeatsTheEnsemble() {
        Map<String, ModelMetrics> equal = Map.of("Ensemble", new ModelMetrics(0.2, 0.1), "BMF",
                new ModelMetrics(0.2, 0.1));
        Selection s = policy.select(Map.of("Ensemble", List.of("a"), "BMF", List.of("a")), Set.of(), equal)
                .orElseThrow();

        assertThat(s.winner()).isEqualTo("BMF");
        assertThat(s.rule()).isEqualTo(SelectionRule.BY_PREFERENCE);
    }

    @Test
    void defaultOrderIsTheSingleModelsThenTheEnsembleThenItemPopThenNamesNotListed() {
        List<String> names = List.of("Alpha", "ItemPop", "Ensemble", "BMF", "LNCM", "NeuMF", "ENCM");

        assertThat(names.stream().sorted(PreferenceOrder.DEFAULT.comparator()).toList())
                .containsExactly("ENCM", "NeuMF", "LNCM", "BMF", "Ensemble", "ItemPop", "Alpha");
    }

    @Test
    void givenNoCandidates_thenNoSelection() {
        assertThat(policy.select(Map.of(), Set.of("p1"), Map.of())).isEqualTo(Optional.empty());
    }

    @Test
    void givenEmptyListAndPurchases_thenThatModelScoresZero() {
        // BMF has nothing; ENCM hits p1 at 1 -> AP 1, P 0.1
        Map<String, List<String>> lists = Map.of("ENCM", List.of("p1"), "BMF", List.of());
        Selection s = policy.select(lists, Set.of("p1"), Map.of()).orElseThrow();
        assertThat(s.winner()).isEqualTo("ENCM");
        assertThat(s.metrics().get("BMF")).isEqualTo(new ModelMetrics(0, 0));
    }
}
