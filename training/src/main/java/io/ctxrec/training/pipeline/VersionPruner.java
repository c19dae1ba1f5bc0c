package io.ctxrec.training.pipeline;

import io.ctxrec.domain.port.ModelStore;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the newest {@code keep} stored versions and the active one, wherever it stands; deletes the
 * others' files from the model store (its rows too, in the database) and forgets their versions.
 */
final class VersionPruner {
    private final ModelStore store;
    private final ModelVersions versions;

    VersionPruner(ModelStore store, ModelVersions versions) {
        this.store = store;
        this.versions = versions;
    }

    /** The versions removed, oldest first. */
    List<String> prune(int keep) {
        Optional<String> active = versions.active().map(ModelVersion::version);
        List<String> all = store.versions();
        List<String> removed = new ArrayList<>();
        for (String version : all.subList(0, Math.max(0, all.size() - keep))) {
            if (active.isPresent() && active.get().equals(version)) {
                continue;
            }
            store.delete(version);
            if (versions.find(version).isPresent()) {
                versions.delete(version);
            }
            removed.add(version);
        }
        return removed;
    }
}
