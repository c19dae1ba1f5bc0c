package io.ctxrec.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersion.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class ModelVersionsContract extends DatabaseContract {

    private ModelVersion version(String v) {
        return adapters.modelVersions().find(v).orElseThrow();
    }

    private void givenReady(String... versions) {
        for (String v : versions) {
            adapters.modelVersions().register(v);
            adapters.modelVersions().mark(v, Status.READY, "passed");
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void registerRecordsATrainingVersionStampedWithTheClock() {
        adapters.modelVersions().register("v1");

        assertThat(adapters.modelVersions().find("v1"))
                .contains(new ModelVersion("v1", Status.TRAINING, START, null, ""));
        assertThat(adapters.modelVersions().find("v2")).isEmpty();
    }

    @Test
    void registeringAVersionTwiceFails() {
        adapters.modelVersions().register("v1");

        assertThatThrownBy(() -> adapters.modelVersions().register("v1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("v1");
    }

    @Test
    void markMovesTheStatusAndKeepsTheReason() {
        adapters.modelVersions().register("v1");
        adapters.modelVersions().mark("v1", Status.REJECTED, "ndcg@10 0.01 below the gate 0.05");

        assertThat(version("v1").status()).isEqualTo(Status.REJECTED);
        assertThat(version("v1").note()).isEqualTo("ndcg@10 0.01 below the gate 0.05");
    }

    @Test
    void markRefusesStatusesThatOnlyActivationSets() {
        adapters.modelVersions().register("v1");

        assertThatThrownBy(() -> adapters.modelVersions().mark("v1", Status.ACTIVE, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ACTIVE");
        assertThatThrownBy(() -> adapters.modelVersions().mark("v9", Status.READY, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown model version v9");
        assertThat(version("v1").status()).isEqualTo(Status.TRAINING);
    }

    @Test
    void activateMakesAReadyVersionServe() {
        givenReady("v1");
        Instant switchedAt = clock.instant();

        adapters.modelVersions().activate("v1");

        assertThat(adapters.modelVersions().active())
                .contains(new ModelVersion("v1", Status.ACTIVE, START, switchedAt, "passed"));
    }

    @Test
    void activatingAnotherVersionRetiresThePreviousOne() {
        givenReady("v1", "v2");
        adapters.modelVersions().activate("v1");

        adapters.modelVersions().activate("v2");

        assertThat(adapters.modelVersions().active()).map(ModelVersion::version).contains("v2");
        assertThat(version("v1").status()).isEqualTo(Status.RETIRED);
        assertThat(version("v2").status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void aRetiredVersionCanServeAgain() {
        givenReady("v1", "v2");
        adapters.modelVersions().activate("v1");
        adapters.modelVersions().activate("v2");

        adapters.modelVersions().activate("v1");

        assertThat(adapters.modelVersions().active()).map(ModelVersion::version).contains("v1");
        assertThat(version("v2").status()).isEqualTo(Status.RETIRED);
    }

    @Test
    void activatingAnUnknownVersionFailsAndChangesNothing() {
        givenReady("v1");
        adapters.modelVersions().activate("v1");

        assertThatThrownBy(() -> adapters.modelVersions().activate("v9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown model version v9");
        assertThat(adapters.modelVersions().active()).map(ModelVersion::version).contains("v1");
        assertThat(version("v1").status()).isEqualTo(Status.ACTIVE);
    }

    @Test
    void activatingAVersionThatIsNotReadyFailsAndChangesNothing() {
        givenReady("v1");
        adapters.modelVersions().activate("v1");
        adapters.modelVersions().register("v2");

        assertThatThrownBy(() -> adapters.modelVersions().activate("v2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v2 is TRAINING");
        assertThat(adapters.modelVersions().active()).map(ModelVersion::version).contains("v1");
        assertThat(version("v2").status()).isEqualTo(Status.TRAINING);
    }

    @Test
    void recentListsTheNewestVersionsFirst() {
        givenReady("v1", "v2", "v3");

        assertThat(adapters.modelVersions().recent(2)).extracting(ModelVersion::version).containsExactly("v3", "v2");
    }

    @Test
    void deleteForgetsAVersionWithItsEncodersButRefusesTheActiveOne() {
        givenReady("v1", "v2");
        adapters.modelVersions().activate("v2");
        EncoderSet encoders = new EncoderSet(IdEncoder.fit(List.of("u1")), IdEncoder.fit(List.of("p1")), List.of());
        adapters.encoderStore().save("v1", encoders);
        adapters.encoderStore().save("v2", encoders);

        adapters.modelVersions().delete("v1");

        assertThat(adapters.modelVersions().find("v1")).isEmpty();
        assertThat(adapters.encoderStore().load("v1")).isEmpty();
        assertThatThrownBy(() -> adapters.modelVersions().delete("v2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v2 is ACTIVE");
        assertThat(adapters.encoderStore().load("v2")).contains(encoders);
    }
}
