package io.ctxrec.routes.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.ctxrec.domain.encoding.EncoderSet;
import io.ctxrec.domain.encoding.IdEncoder;
import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.VersionDamage;
import io.ctxrec.domain.scoring.ModelName;
import io.ctxrec.domain.testdata.InMemoryModelVersions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ServingModelsTest {
    private final InMemoryModelVersions versions = new InMemoryModelVersions();
    private final List<String> loads = new CopyOnWriteArrayList<>();
    /** Loads of these wait for the test's word: a load that takes its time. */
    private final Map<String, CountDownLatch> slow = new ConcurrentHashMap<>();
    private final CountDownLatch slowLoadStarted = new CountDownLatch(1);
    private final ServingModels serving = new ServingModels(versions, this::load, Duration.ofSeconds(10));

    @Test
    void servesNothingBeforeTheFirstActivation() {
        assertThat(serving.current()).isNull();
    }

    @Test
    void theFirstRequestLoadsTheActiveVersion_andANewOneIsPickedUpByThePollOnly() {
        activate("v1");
        ServingVersion first = serving.current();
        assertThat(first.version()).isEqualTo("v1");
        assertThat(serving.current()).isSameAs(first);

        activate("v2");
        assertThat(serving.current()).as("requests do not ask between polls").isSameAs(first);
        serving.poll();
        assertThat(serving.current().version()).isEqualTo("v2");
        serving.poll();
        assertThat(loads).containsExactly("v1", "v2");
        assertThat(first.version()).as("a request keeps the version it started with").isEqualTo("v1");
    }

    @Test
    void thePollLoadsANewVersionInFullWhileRequestsGoOnWithTheHeldOne() throws Exception {
        activate("v1");
        ServingVersion held = serving.current();
        activate("v2");
        CountDownLatch release = new CountDownLatch(1);
        slow.put("v2", release);

        CompletableFuture<Void> poll = CompletableFuture.runAsync(serving::poll);
        assertThat(slowLoadStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(serving.current()).as("served while v2 loads").isSameAs(held);
        assertThat(serving.status().serving()).isEqualTo("v1");
        release.countDown();
        poll.get(10, TimeUnit.SECONDS);

        assertThat(serving.current().version()).isEqualTo("v2");
    }

    @Test
    void givenEveryRequestAsks_aRequestWhileAnotherLoadsTakesTheHeldVersion() throws Exception {
        ServingModels asking = new ServingModels(versions, this::load, Duration.ZERO);
        activate("v1");
        ServingVersion held = asking.current();
        activate("v2");
        CountDownLatch release = new CountDownLatch(1);
        slow.put("v2", release);

        CompletableFuture<ServingVersion> loading = CompletableFuture.supplyAsync(asking::current);
        assertThat(slowLoadStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(asking.current()).isSameAs(held);
        release.countDown();

        assertThat(loading.get(10, TimeUnit.SECONDS).version()).isEqualTo("v2");
        assertThat(asking.current().version()).isEqualTo("v2");
    }

    @Test
    void aVersionThatFailsToLoadLeavesTheHeldOneServing_andIsRetriedOnlyAtTheNextPoll() {
        activate("v1");
        ServingVersion held = serving.current();
        activate("broken");
        serving.poll();

        assertThat(serving.current()).isSameAs(held);
        assertThat(serving.current()).isSameAs(held);
        assertThat(loads).containsExactly("v1", "broken");
        assertThat(serving.status().active()).isEqualTo("broken");
        assertThat(serving.status().serving()).isEqualTo("v1");
        assertThat(serving.status().activeFailure()).contains("no saved model");
        serving.poll();
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
        CountDownLatch release = slow.get(version);
        if (release != null) {
            slowLoadStarted.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
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
