package io.ctxrec.routes.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.VersionDamage;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.testdata.InMemoryModelVersions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServingModelsTest {
    private final InMemoryModelVersions versions = new InMemoryModelVersions();
    private final List<String> loads = new ArrayList<>();
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final ServingModels serving = new ServingModels(versions, this::load, Duration.ofSeconds(10), clock);

    @Test
    void servesNothingBeforeTheFirstActivation() {
        assertThat(serving.current()).isNull();
    }

    @Test
    void loadsTheActiveVersionOnce_andPicksUpANewOneAtTheNextCheck() {
        activate("v1");
        ServingVersion first = serving.current();
        assertThat(first.version()).isEqualTo("v1");
        assertThat(serving.current()).isSameAs(first);

        activate("v2");
        assertThat(serving.current()).as("not looked up again within 10 s").isSameAs(first);
        now = now.plusSeconds(10);
        assertThat(serving.current().version()).isEqualTo("v2");
        assertThat(loads).containsExactly("v1", "v2");
        assertThat(first.version()).as("a request keeps the version it started with").isEqualTo("v1");
    }

    @Test
    void aVersionThatFailsToLoadLeavesTheHeldOneServing_andIsRetriedOnlyAtTheNextCheck() {
        activate("v1");
        ServingVersion held = serving.current();
        activate("broken");
        now = now.plusSeconds(10);

        assertThat(serving.current()).isSameAs(held);
        assertThat(serving.current()).isSameAs(held);
        assertThat(loads).containsExactly("v1", "broken");
        now = now.plusSeconds(10);
        assertThat(serving.current()).isSameAs(held);
        assertThat(loads).containsExactly("v1", "broken", "broken");
    }

    @Test
    void givenNothingHeld_whenTheActiveVersionCannotServe_thenTheNewestIntactReadyVersionServes() {
        activate("v1");
        versions.register("v2");
        versions.mark("v2", ModelVersion.Status.READY, "");
        versions.register("damaged");
        versions.mark("damaged", ModelVersion.Status.READY, "");
        versions.register("rejected");
        versions.mark("rejected", ModelVersion.Status.REJECTED, "");
        activate("broken");

        assertThat(serving.current().version()).isEqualTo("v2");
        assertThat(loads).containsExactly("broken", "damaged", "v2");
        ServingModels.Status status = serving.status();
        assertThat(status.active()).isEqualTo("broken");
        assertThat(status.serving()).isEqualTo("v2");
        assertThat(status.activeFailure()).contains("no saved model");
    }

    @Test
    void aDamagedVersionServesWhatItCan_andSaysWhat() {
        activate("damaged");

        assertThat(serving.current().version()).isEqualTo("damaged");
        assertThat(serving.status().activeFailure()).isNull();
        assertThat(serving.status().damage().reasons()).containsExactly("BMF left out: BMF_model.zip missing");
    }

    private void activate(String version) {
        versions.register(version);
        versions.mark(version, ModelVersion.Status.READY, "");
        versions.activate(version);
    }

    private ServingVersion load(String version) {
        loads.add(version);
        if (version.equals("broken")) {
            throw new IllegalArgumentException("version broken has no saved model");
        }
        EncoderSet encoders = new EncoderSet(IdEncoder.fit(List.of("u1")), IdEncoder.fit(List.of("p1")), List.of());
        VersionDamage damage = version.equals("damaged")
                ? new VersionDamage(true, Map.of("BMF_model.zip", "missing"), Map.of(ModelName.BMF, "BMF_model.zip missing"))
                : VersionDamage.NONE;
        return new ServingVersion(new LoadedVersion(version, Map.of(), encoders, Map.of(), damage), Map.of());
    }
}
