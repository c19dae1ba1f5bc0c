package io.ctxrec.training.pipeline;

import io.ctxrec.adapters.artifacts.VersionFolders;
import io.ctxrec.domain.port.ModelVersion;
import io.ctxrec.domain.port.ModelVersions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the newest {@code keep} version folders and the active one, wherever it stands; deletes the
 * other folders and forgets their versions.
 */
final class VersionPruner {
    private final VersionFolders folders;
    private final ModelVersions versions;

    VersionPruner(VersionFolders folders, ModelVersions versions) {
        this.folders = folders;
        this.versions = versions;
    }

    /** The versions removed, oldest first. */
    List<String> prune(int keep) {
        Optional<String> active = versions.active().map(ModelVersion::version);
        List<String> all = folders.versions();
        List<String> removed = new ArrayList<>();
        for (String version : all.subList(0, Math.max(0, all.size() - keep))) {
            if (active.isPresent() && active.get().equals(version)) {
                continue;
            }
            folders.delete(version);
            if (versions.find(version).isPresent()) {
                versions.delete(version);
            }
            removed.add(version);
        }
        return removed;
    }
}
