package io.ctxrec.routes.scoring;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.routes.Caches;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version that serves. Asks {@link ModelVersions#active()} at most once per {@code checkEvery}; a
 * newly activated version is loaded by the first request that sees it, while concurrent requests go on
 * with the version held until then (Caffeine's refresh, run on that request's thread). A version that
 * fails to load is logged and not retried before the next check; the held version (if any) keeps serving.
 */
public final class ServingModels {
    private static final Logger LOG = LoggerFactory.getLogger(ServingModels.class);

    /** The last check: the active version (null: none) and the version loaded, which may be an older one. */
    private record Check(String active, ServingVersion loaded) {
    }

    private final ModelVersions versions;
    private final Function<String, ServingVersion> loader;
    private final Caches.One<Check> check;

    public ServingModels(ModelVersions versions, Function<String, ServingVersion> loader, Duration checkEvery,
                         Clock clock) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.check = Caches.refreshAhead(Objects.requireNonNull(checkEvery, "checkEvery"),
                Objects.requireNonNull(clock, "clock"), Runnable::run, Caches.reading(this::check));
    }

    /** The version held now, or null: never loads one (for health checks). */
    public String loadedVersion() {
        Check held = check.held();
        return held == null || held.loaded() == null ? null : held.loaded().version();
    }

    /** The version to serve a request with, or null while no version is active or loadable. */
    public ServingVersion current() {
        Check now = check.get();
        return now.active() == null ? null : now.loaded();
    }

    private Check check(Check held) {
        ServingVersion current = held == null ? null : held.loaded();
        String wanted = versions.active().map(ModelVersion::version).orElse(null);
        if (wanted == null || (current != null && current.version().equals(wanted))) {
            return new Check(wanted, current);
        }
        try {
            ServingVersion loaded = loader.apply(wanted);
            LOG.info("now serving model version {} ({})", wanted, loaded.models().keySet());
            return new Check(wanted, loaded);
        } catch (RuntimeException e) {
            LOG.warn("cannot load model version {}; still serving {}: {}", wanted,
                    current == null ? "none" : current.version(), e.getMessage());
            return new Check(wanted, current);
        }
    }
}
