package io.ctxrec.adapters.jdbc;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The migrations and the UTC time handling, on each database. */
abstract class SchemaContract extends DatabaseContract {

    @Test
    void migrationCreatesEveryTableEmptyExceptTheSingleActiveModelRow() throws SQLException {
        for (String table : List.of("users", "products", "interactions", "comments", "recommendations",
                "recommendation_lists", "model_runs",
                "model_versions", "rec_user_encoder", "rec_item_encoder", "rec_context_mapping", "rec_context_meta",
                "training_runs", "QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_LOCKS",
                "model_store_versions", "model_store_files", "model_store_chunks")) {
            assertThat(rows(table)).as(table).isZero();
        }
        assertThat(rows("active_model")).isEqualTo(1);
        assertThat(adapters.modelVersions().active()).isEmpty();
    }

    @Test
    void reopeningTheDatabaseAppliesNoMigrationTwice() throws SQLException {
        try (Database again = Database.open(target().settings())) {
            assertThat(again.dataSource()).isNotNull();
        }
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL")) {
            List<String> versions = new java.util.ArrayList<>();
            while (r.next()) {
                assertThat(r.getBoolean(2)).as("V%s succeeded", r.getString(1)).isTrue();
                versions.add(r.getString(1));
            }
            assertThat(versions).as("each migration recorded once").containsExactlyInAnyOrder("1", "2", "3", "4", "5", "6");
        }
    }

    @Test
    void instantIsStoredAsUtcWallTimeAndReadBackToTheMillisecond() throws SQLException {
        givenUsers("u1");
        givenProducts(aProduct("p1").build());
        adapters.interactionHistory().record(anInteraction().by("u1").on("p1")
                .at(Instant.parse("2026-03-29T01:30:45.123456789Z")).view());

        assertThat(adapters.interactionHistory().forUser("u1").get(0).at())
                .isEqualTo(Instant.parse("2026-03-29T01:30:45.123Z"));
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT created_at FROM interactions")) {
            r.next();
            assertThat(r.getObject(1, LocalDateTime.class)).isEqualTo(LocalDateTime.parse("2026-03-29T01:30:45.123"));
        }
    }

    @Test
    void instantsBeforeTheEpochAndFarAheadRoundTrip() {
        givenUsers("u1");
        givenProducts(aProduct("p1").build());
        Instant old = Instant.parse("1969-12-31T23:59:59.999Z");
        Instant future = Instant.parse("2999-07-01T12:00:00.001Z");
        adapters.interactionHistory().record(anInteraction().by("u1").on("p1").at(old).view());
        adapters.interactionHistory().record(anInteraction().by("u1").on("p1").at(future).cart());

        assertThat(adapters.interactionHistory().forUser("u1")).extracting(i -> i.at()).containsExactly(old, future);
    }
}
