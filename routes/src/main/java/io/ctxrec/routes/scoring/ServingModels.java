package io.ctxrec.routes.scoring;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version that serves. Asks {@link ModelVersions#active()} at most once per {@code checkEvery}; a
 * newly activated version is loaded by the first request that sees it, while concurrent requests go on
 * with the version held until then, and swapped in atomically. A version that fails to load is logged
 * and not retried before the next check; the held version (if any) keeps serving.
 */
public final class ServingModels {
    private static final Logger LOG = LoggerFactory.getLogger(ServingModels.class);

    private final ModelVersions versions;
    private final Function<String, ServingVersion> loader;
    private final Duration checkEvery;
    private final Clock clock;
    private final AtomicReference<ServingVersion> held = new AtomicReference<>();
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Instant checkedAt = Instant.MIN;
    private volatile String active;
    private volatile String failed;

    public ServingModels(ModelVersions versions, Function<String, ServingVersion> loader, Duration checkEvery,
                         Clock clock) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.checkEvery = Objects.requireNonNull(checkEvery, "checkEvery");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The version held now, or null: never loads one (for health checks). */
    public String loadedVersion() {
        ServingVersion current = held.get();
        return current == null ? null : current.version();
    }

    /** The version to serve a request with, or null while no version is active or loadable. */
    public ServingVersion current() {
        Instant now = clock.instant();
        if (!now.isBefore(checkedAt.plus(checkEvery))) {
            active = versions.active().map(ModelVersion::version).orElse(null);
            failed = null;
            checkedAt = now;
        }
        String wanted = active;
        ServingVersion current = held.get();
        if (wanted == null || (current != null && current.version().equals(wanted)) || wanted.equals(failed)) {
            return wanted == null ? null : current;
        }
        if (current != null && !loading.tryLock()) {
            return current;
        }
        if (current == null) {
            loading.lock();
        }
        try {
            return swapTo(wanted);
        } finally {
            loading.unlock();
        }
    }

    private ServingVersion swapTo(String wanted) {
        ServingVersion current = held.get();
        if (current != null && current.version().equals(wanted)) {
            return current;
        }
        try {
            ServingVersion loaded = loader.apply(wanted);
            held.set(loaded);
            LOG.info("now serving model version {} ({})", wanted, loaded.models().keySet());
            return loaded;
        } catch (RuntimeException e) {
            failed = wanted;
            LOG.warn("cannot load model version {}; still serving {}: {}", wanted,
                    current == null ? "none" : current.version(), e.getMessage());
            return current;
        }
    }
}
