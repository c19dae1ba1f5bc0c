package io.ctxrec.routes.scoring;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.domain.port.VersionDamage;
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
 * fails to load (damaged beyond serving) is logged and not retried before the next check; the held version
 * keeps serving, or, when none is held (a start after the damage), the newest other READY or RETIRED
 * version that loads, an intact one first. {@link #status()} tells health checks what serves and why.
 */
public final class ServingModels {
    private static final Logger LOG = LoggerFactory.getLogger(ServingModels.class);

    /** Versions looked at, newest first, for one to serve in place of an active one that cannot. */
    static final int STAND_IN_CANDIDATES = 20;

    /**
     * The last check: the active version (null: none), the version loaded, which may be an older one, and
     * why the active one does not serve (null when it does).
     */
    private record Check(String active, ServingVersion loaded, String activeFailure) {
    }

    /**
     * What serves, for health checks: the active version (null: none), the one serving (null: none loaded),
     * why the active one cannot serve (null when it does) and what was damaged in the one serving.
     */
    public record Status(String active, String serving, String activeFailure, VersionDamage damage) {
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

    /** What serves now, as last checked; never loads. */
    public Status status() {
        Check held = check.held();
        if (held == null) {
            return new Status(null, null, null, VersionDamage.NONE);
        }
        ServingVersion loaded = held.loaded();
        return new Status(held.active(), loaded == null ? null : loaded.version(), held.activeFailure(),
                loaded == null ? VersionDamage.NONE : loaded.loaded().damage());
    }

    /** The version to serve a request with, or null while no version is active or loadable. */
    public ServingVersion current() {
        Check now = check.get();
        return now.active() == null ? null : now.loaded();
    }

    private Check check(Check held) {
        ServingVersion current = held == null ? null : held.loaded();
        String wanted;
        try {
            wanted = versions.active().map(ModelVersion::version).orElse(null);
        } catch (RuntimeException e) {
            if (held == null) {
                throw e;
            }
            return held; // the database is down: what was active still serves
        }
        if (wanted == null || (current != null && current.version().equals(wanted))) {
            return new Check(wanted, current, null);
        }
        try {
            ServingVersion loaded = loader.apply(wanted);
            VersionDamage damage = loaded.loaded().damage();
            if (damage.intact()) {
                LOG.info("now serving model version {} ({})", wanted, loaded.models().keySet());
            } else {
                LOG.warn("now serving model version {} ({}), damaged: {}", wanted, loaded.models().keySet(),
                        damage.reasons());
            }
            return new Check(wanted, loaded, null);
        } catch (RuntimeException e) {
            ServingVersion standIn = current != null ? current : standIn(wanted);
            LOG.warn("cannot load model version {}; serving {}: {}", wanted,
                    standIn == null ? "none" : standIn.version(), e.getMessage());
            return new Check(wanted, standIn, e.getMessage());
        }
    }

    /** The newest other complete version that loads, an intact one before a damaged one; null if none. */
    private ServingVersion standIn(String active) {
        ServingVersion damaged = null;
        for (ModelVersion v : versions.recent(STAND_IN_CANDIDATES)) {
            if (v.version().equals(active)
                    || (v.status() != ModelVersion.Status.READY && v.status() != ModelVersion.Status.RETIRED)) {
                continue;
            }
            try {
                ServingVersion loaded = loader.apply(v.version());
                if (loaded.loaded().damage().intact()) {
                    return loaded;
                }
                damaged = damaged == null ? loaded : damaged;
            } catch (RuntimeException e) {
                LOG.warn("cannot load model version {} either: {}", v.version(), e.getMessage());
            }
        }
        return damaged;
    }
}
