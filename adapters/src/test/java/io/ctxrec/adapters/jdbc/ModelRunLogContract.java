package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.ModelRun;
import io.ctxrec.domain.port.RecommendedItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

abstract class ModelRunLogContract extends DatabaseContract {

    private static ModelRun run(String user, String model, String at) {
        return new ModelRun(user, model, "v3",
                Map.of("ENCM", Map.of("ndcg@10", 0.4125, "hit@10", 0.75), "BMF", Map.of("ndcg@10", 0.1)),
                List.of(new RecommendedItem("p2", 0.875, Reason.MODEL), new RecommendedItem("p7", 0.0, Reason.POPULAR)),
                Instant.parse(at));
    }

    @Test
    void aRunReadsBackWithItsMetricsAndItemsIntact() {
        ModelRun run = run("u1", "ENCM", "2026-01-05T10:00:00.001Z");
        adapters.modelRunLog().record(run);

        assertThat(adapters.modelRunLog().latest("u1", 10)).containsExactly(run);
    }

    @Test
    void aRunWithoutMetricsOrItemsReadsBackEmpty() {
        ModelRun empty = new ModelRun("u1", "BMF", "v1", Map.of(), List.of(), Instant.parse("2026-01-05T10:00:00Z"));
        adapters.modelRunLog().record(empty);

        assertThat(adapters.modelRunLog().latest("u1", 1)).containsExactly(empty);
    }

    @Test
    void latestListsTheUsersNewestRunsFirstUpToTheLimit() {
        ModelRun first = run("u1", "ENCM", "2026-01-05T10:00:00Z");
        ModelRun third = run("u1", "NeuMF", "2026-01-07T10:00:00Z");
        ModelRun second = run("u1", "BMF", "2026-01-06T10:00:00Z");
        adapters.modelRunLog().record(first);
        adapters.modelRunLog().record(third);
        adapters.modelRunLog().record(second);
        adapters.modelRunLog().record(run("u2", "ENCM", "2026-01-08T10:00:00Z"));

        assertThat(adapters.modelRunLog().latest("u1", 2)).containsExactly(third, second);
        assertThat(adapters.modelRunLog().latest("u3", 5)).isEmpty();
    }

    @Test
    void theLatestRunsAreReadOffTheIndexInItsOrder_notSortedFromAllTheUsersRuns() throws Exception {
        for (int day = 1; day <= 9; day++) {
            adapters.modelRunLog().record(run("u1", "ENCM", "2026-01-0" + day + "T10:00:00Z"));
        }
        StringBuilder plan = new StringBuilder();
        String product;
        try (var c = database.dataSource().getConnection();
             var s = c.prepareStatement("EXPLAIN " + JdbcModelRunLog.LATEST)) {
            product = c.getMetaData().getDatabaseProductName();
            s.setString(1, "u1");
            s.setInt(2, 1);
            try (var r = s.executeQuery()) {
                while (r.next()) {
                    for (int col = 1; col <= r.getMetaData().getColumnCount(); col++) {
                        plan.append(r.getString(col)).append(' ');
                    }
                }
            }
        }
        assertThat(plan.toString()).contains("idx_model_runs_user_latest");
        if (product.equals("H2")) {
            // H2 says whether the index gives the order (all three columns) or only part of it ("1 of 3 columns").
            // MariaDB walks either index backwards; with a few rows it may still choose to sort them.
            assertThat(plan.toString()).contains("index sorted").doesNotContain("index sorted:");
        }
        assertThat(adapters.modelRunLog().latest("u1", 1)).extracting(ModelRun::at)
                .containsExactly(Instant.parse("2026-01-09T10:00:00Z"));
    }

    @Test
    void theMetricsAreKeptAsJsonText() throws Exception {
        adapters.modelRunLog().record(new ModelRun("u1", "BMF", "v1", Map.of("BMF", Map.of("auc", 0.5)), List.of(),
                Instant.parse("2026-01-05T10:00:00Z")));

        try (var c = database.dataSource().getConnection(); var s = c.createStatement();
             var r = s.executeQuery("SELECT metrics_json, recommendations_json FROM model_runs")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("{\"BMF\":{\"auc\":0.5}}");
            assertThat(r.getString(2)).isEqualTo("[]");
        }
    }
}
