package io.ctxrec.domain.testdata;

import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersion.Status;
import io.ctxrec.domain.port.ModelVersions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ModelVersions} in a map. Like the database it refuses an unknown or duplicate version,
 * activating a version that is not READY or RETIRED, and deleting the active one. "Newest" is the
 * order of registration.
 */
public final class InMemoryModelVersions implements ModelVersions {
    private final Map<String, ModelVersion> versions = new LinkedHashMap<>();
    private final Clock clock;

    public InMemoryModelVersions() {
        this(Clock.systemUTC());
    }

    public InMemoryModelVersions(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void register(String version) {
        if (versions.containsKey(version)) {
            throw new IllegalArgumentException("version " + version + " already exists");
        }
        versions.put(version, new ModelVersion(version, Status.TRAINING, clock.instant(), null, ""));
    }

    @Override
    public synchronized void mark(String version, Status status, String note) {
        ModelVersion v = existing(version);
        versions.put(version, new ModelVersion(version, status, v.createdAt(), v.activatedAt(), note));
    }

    @Override
    public synchronized void activate(String version) {
        ModelVersion v = existing(version);
        if (v.status() != Status.READY && v.status() != Status.RETIRED) {
            throw new IllegalStateException("version " + version + " is " + v.status() + ", not READY or RETIRED");
        }
        active().ifPresent(a -> versions.put(a.version(),
                new ModelVersion(a.version(), Status.RETIRED, a.createdAt(), a.activatedAt(), a.note())));
        Instant now = clock.instant();
        versions.put(version, new ModelVersion(version, Status.ACTIVE, v.createdAt(), now, v.note()));
    }

    @Override
    public synchronized Optional<ModelVersion> active() {
        return versions.values().stream().filter(v -> v.status() == Status.ACTIVE).findFirst();
    }

    @Override
    public synchronized Optional<ModelVersion> find(String version) {
        return Optional.ofNullable(versions.get(version));
    }

    @Override
    public synchronized List<ModelVersion> recent(int limit) {
        List<ModelVersion> newestFirst = new ArrayList<>(versions.values());
        java.util.Collections.reverse(newestFirst);
        return newestFirst.stream().limit(limit).toList();
    }

    @Override
    public synchronized void delete(String version) {
        if (existing(version).status() == Status.ACTIVE) {
            throw new IllegalStateException("version " + version + " is active and cannot be deleted");
        }
        versions.remove(version);
    }

    /** Every version, oldest first. */
    public synchronized List<ModelVersion> all() {
        return List.copyOf(versions.values());
    }

    private ModelVersion existing(String version) {
        ModelVersion v = versions.get(version);
        if (v == null) {
            throw new IllegalArgumentException("unknown version " + version);
        }
        return v;
    }
}
