package io.ctxrec.routes.scoring;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import io.ctxrec.domain.port.VersionDamage;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The version that serves. {@link #poll} (the {@code model-version-poll} timer route, every
 * {@code ctxrec.models.poll-seconds}) asks {@link ModelVersions#active()}; a newly activated version, by this
 * instance or another on the same database, is loaded in full on the poller's thread and then swapped in
 * with one atomic write, while requests go on with the version held until then (a request keeps the
 * version it started with). Only the first request, before anything is held, loads on its own thread; with
 * a zero interval every request asks (one at a time; the others take the held version meanwhile). A version
 * that fails to load (damaged beyond serving) is logged and not switched to, nor retried before the next
 * poll; the held version keeps serving, or, when none is held (a start after the damage), the newest other
 * READY or RETIRED version that loads, an intact one first. {@link #status()} tells health checks what serves
 * and why.
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
    private final boolean everyRequest;
    private final AtomicReference<Check> held = new AtomicReference<>();
    private final ReentrantLock checking = new ReentrantLock();

    /** {@code pollEvery}: how often the poller runs; zero makes every request ask instead. */
    public ServingModels(ModelVersions versions, Function<String, ServingVersion> loader, Duration pollEvery) {
        this.versions = Objects.requireNonNull(versions, "versions");
        this.loader = Objects.requireNonNull(loader, "loader");
        this.everyRequest = Objects.requireNonNull(pollEvery, "pollEvery").isZero();
    }

    /** What serves now, as last checked; never loads. */
    public Status status() {
        Check now = held.get();
        if (now == null) {
            return new Status(null, null, null, VersionDamage.NONE);
        }
        ServingVersion loaded = now.loaded();
        return new Status(now.active(), loaded == null ? null : loaded.version(), now.activeFailure(),
                loaded == null ? VersionDamage.NONE : loaded.loaded().damage());
    }

    /** The version to serve a request with, or null while no version is active or loadable. */
    public ServingVersion current() {
        Check now = held.get();
        if (now == null) {
            now = refresh(true);
        } else if (everyRequest) {
            now = refresh(false);
        }
        return now.active() == null ? null : now.loaded();
    }

    /**
     * Switches to the active version when it is another one than held, once it is loaded in full. Never
     * throws: with the database unreachable the held version keeps serving, and the next poll asks again.
     */
    public void poll() {
        try {
            refresh(true);
        } catch (RuntimeException e) {
            LOG.warn("cannot ask which model version is active; serving {}: {}", status().serving(), e.getMessage());
        }
    }

    /** A new check swapped in; without {@code wait}, the held one while another thread checks. */
    private Check refresh(boolean wait) {
        if (!wait && !checking.tryLock()) {
            return held.get();
        }
        if (wait) {
            checking.lock();
        }
        try {
            Check next = check(held.get());
            held.set(next);
            return next;
        } finally {
            checking.unlock();
        }
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
            // Tried again at every poll; logged once per failure, not every few seconds.
            boolean again = held != null && wanted.equals(held.active())
                    && Objects.equals(e.getMessage(), held.activeFailure());
            String line = "cannot load model version {}; serving {}: {}";
            Object serving = standIn == null ? "none" : standIn.version();
            if (again) {
                LOG.debug(line, wanted, serving, e.getMessage());
            } else {
                LOG.warn(line, wanted, serving, e.getMessage());
            }
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
