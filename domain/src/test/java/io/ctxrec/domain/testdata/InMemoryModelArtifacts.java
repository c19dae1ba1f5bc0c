package io.ctxrec.domain.testdata;

import io.ctxrec.domain.port.LoadedVersion;
import io.ctxrec.domain.port.ModelArtifacts;
import io.ctxrec.domain.port.OfflineResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link ModelArtifacts} in maps. Like the files, an unknown version cannot be loaded and describes no result. */
public final class InMemoryModelArtifacts implements ModelArtifacts {
    private final Map<String, LoadedVersion> loaded = new HashMap<>();
    private final Map<String, List<OfflineResult>> results = new HashMap<>();

    /** Saves a version as a training run would. */
    public InMemoryModelArtifacts save(LoadedVersion version, List<OfflineResult> offline) {
        loaded.put(version.version(), version);
        results.put(version.version(), List.copyOf(offline));
        return this;
    }

    @Override
    public LoadedVersion load(String version) {
        LoadedVersion v = loaded.get(version);
        if (v == null) {
            throw new IllegalArgumentException("version " + version + " has no saved model");
        }
        return v;
    }

    @Override
    public List<OfflineResult> offlineResults(String version) {
        return results.getOrDefault(version, List.of());
    }
}
