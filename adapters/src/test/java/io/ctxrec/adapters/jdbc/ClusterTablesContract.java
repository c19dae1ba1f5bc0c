package io.ctxrec.adapters.jdbc;

import static io.ctxrec.domain.testdata.InteractionBuilder.anInteraction;
import static io.ctxrec.domain.testdata.ProductBuilder.aProduct;
import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.fallback.Reason;
import io.ctxrec.domain.port.CachedRecommendations;
import io.ctxrec.domain.port.ListContext;
import io.ctxrec.domain.port.RecommendedItem;
import io.ctxrec.domain.port.TrainingLease;
import io.ctxrec.domain.port.TrainingRunLog;
import io.ctxrec.domain.port.TrainingRunLog.Entry;
import io.ctxrec.domain.port.TrainingRunLog.State;
import io.ctxrec.domain.port.UserListStamp;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tables several instances share: the training lease, the training runs, and a user's list stamp. */
abstract class ClusterTablesContract extends DatabaseContract {
    private static final ListContext MOBILE = new ListContext(Map.of("device_type", "mobile"));
    private static final ListContext DESKTOP = new ListContext(Map.of("device_type", "desktop"));

    @BeforeEach
    void freeTheLease() throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE training_lease SET owner = NULL, acquired_at = NULL, expires_at = NULL");
            s.executeUpdate("DELETE FROM training_runs");
        }
    }

    @Test
    void aHeldLeaseIsRefusedToOthersUntilItExpiresOrIsReleased() {
        TrainingLease lease = adapters.trainingLease();

        assertThat(lease.acquire("a", START, START.plusSeconds(30))).isTrue();
        assertThat(lease.acquire("b", START.plusSeconds(10), START.plusSeconds(40))).isFalse();
        assertThat(lease.holder(START.plusSeconds(10))).contains("a");
        assertThat(lease.renew("a", START.plusSeconds(60))).isTrue();
        assertThat(lease.acquire("b", START.plusSeconds(45), START.plusSeconds(75))).isFalse();

        assertThat(lease.holder(START.plusSeconds(61))).isEmpty();
        assertThat(lease.acquire("b", START.plusSeconds(61), START.plusSeconds(91))).isTrue();
        assertThat(lease.renew("a", START.plusSeconds(120))).as("a lost it").isFalse();
        lease.release("a");
        assertThat(lease.holder(START.plusSeconds(62))).contains("b");
        lease.release("b");
        assertThat(lease.acquire("c", START.plusSeconds(63), START.plusSeconds(93))).isTrue();
    }

    @Test
    void aRunIsInsertedThenUpdatedAndFoundByItsId() {
        TrainingRunLog runs = adapters.trainingRunLog();
        Entry queued = new Entry("r1", "admin", State.QUEUED, null, START, null, null);
        runs.save(queued);
        runs.save(new Entry("r2", "schedule", State.RUNNING, "b", START.plusSeconds(1), null, null));
        assertThat(runs.open()).extracting(Entry::id).containsExactly("r1", "r2");

        Entry finished = queued.with(State.FINISHED, "a", START.plusSeconds(9), "version v1 ACTIVE in 8 s");
        runs.save(finished);

        assertThat(runs.find("r1")).contains(finished);
        assertThat(runs.find("nope")).isEmpty();
        assertThat(runs.open()).extracting(Entry::id).containsExactly("r2");
    }

    @Test
    void abandoningMarksTheOpenRunsOfOtherInstancesFailed() {
        TrainingRunLog runs = adapters.trainingRunLog();
        runs.save(new Entry("mine", "admin", State.RUNNING, "a", START, null, null));
        runs.save(new Entry("theirs", "schedule", State.RUNNING, "b", START, null, null));
        runs.save(new Entry("done", "schedule", State.FINISHED, "b", START, START, "ok"));

        assertThat(runs.abandonOthers("a", START.plusSeconds(5), "instance b stopped")).isEqualTo(1);

        assertThat(runs.find("theirs").orElseThrow().state()).isEqualTo(State.FAILED);
        assertThat(runs.find("theirs").orElseThrow().result()).isEqualTo("instance b stopped");
        assertThat(runs.find("mine").orElseThrow().state()).isEqualTo(State.RUNNING);
        assertThat(runs.find("done").orElseThrow().result()).isEqualTo("ok");
    }

    @Test
    void theStampNamesTheStoredListOfTheContextAndTheLatestInteraction() {
        givenUsers("u1");
        givenProducts(aProduct("p1").build(), aProduct("p2").build());
        UserListStamp.Source stamps = adapters.userListStamps();
        assertThat(stamps.of("u1", MOBILE)).isEqualTo(new UserListStamp(Optional.empty(), Optional.empty()));

        Instant made = Instant.parse("2026-01-05T10:00:00.123Z");
        adapters.recommendationCache().replace(new CachedRecommendations("u1", MOBILE, "BMF", "v1", made,
                List.of(new RecommendedItem("p1", 0.9, Reason.MODEL), new RecommendedItem("p2", 0.5, Reason.MODEL))),
                made.minusSeconds(3600));
        givenInteractions(List.of(anInteraction().by("u1").on("p1").at("2026-01-05T09:00:00Z").view(),
                anInteraction().by("u1").on("p2").at("2026-01-05T11:00:00.5Z").purchase()));

        assertThat(stamps.of("u1", MOBILE)).isEqualTo(new UserListStamp(Optional.of(made),
                Optional.of(Instant.parse("2026-01-05T11:00:00.5Z"))));
        assertThat(stamps.of("u1", DESKTOP).storedListAt()).isEmpty();
        adapters.recommendationCache().clear("u1");
        assertThat(stamps.of("u1", MOBILE).storedListAt()).isEmpty();
    }
}
